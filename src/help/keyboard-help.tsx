import './help.css';
import { lazy, Suspense, useEffect } from 'react';
import { create } from 'zustand';
import { ModalDialog } from '../app/modal-dialog';
import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';
import { isTextEntry } from './shortcuts';

const ShortcutList = lazy(() =>
  import('./shortcut-list').then((m) => ({ default: m.ShortcutList })),
);

const useHelpStore = create<{ open: boolean; setOpen: (open: boolean) => void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

/** The small "?" button that opens the list of shortcuts. */
export function KeyboardHelpButton() {
  const t = useMessages(messages);
  const setOpen = useHelpStore((s) => s.setOpen);
  return (
    <button
      type="button"
      className="help-button"
      aria-label={t('title')}
      title={t('title')}
      aria-haspopup="dialog"
      aria-keyshortcuts="?"
      onClick={() => setOpen(true)}
    >
      <span aria-hidden="true">?</span>
    </button>
  );
}

/** The list of keyboard shortcuts: "?" anywhere outside a text field opens it. */
export function KeyboardHelp() {
  const t = useMessages(messages);
  const open = useHelpStore((s) => s.open);
  const setOpen = useHelpStore((s) => s.setOpen);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (e.target instanceof HTMLElement && isTextEntry(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setOpen]);

  return (
    <ModalDialog
      open={open}
      onClose={() => setOpen(false)}
      title={t('title')}
      closeLabel={t('close')}
      className="help-dialog"
    >
      <Suspense fallback={null}>
        <ShortcutList />
      </Suspense>
    </ModalDialog>
  );
}
