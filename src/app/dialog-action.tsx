import { Suspense, useState, type ReactNode } from 'react';
import { ModalDialog } from './modal-dialog';

interface DialogActionProps {
  /** The button's text. */
  label: string;
  title: string;
  closeLabel: string;
  className?: string;
  /** The dialog's content: typically a lazy component, so its code loads on first open. */
  children: ReactNode;
}

/** A header action: a button that opens a modal dialog. */
export function DialogAction({ label, title, closeLabel, className, children }: DialogActionProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        closeLabel={closeLabel}
        className={className}
      >
        <Suspense fallback={null}>{children}</Suspense>
      </ModalDialog>
    </>
  );
}
