import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal-dialog.css';

interface ModalDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  closeLabel: string;
  className?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the page behind is inert, Escape closes it, and focus goes back to
 * the control that opened it.
 */
export function ModalDialog({
  open,
  onClose,
  title,
  closeLabel,
  className,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`modal${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
      // Escape belongs to the dialog: it must not also close the event or leave a story.
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
    >
      <div className="modal-head">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="close-button"
          aria-label={closeLabel}
          onClick={() => ref.current?.close()}
        >
          ×
        </button>
      </div>
      {open && children}
    </dialog>
  );
}
