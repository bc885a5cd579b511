import './help.css';
import { useEffect } from 'react';
import { create } from 'zustand';
import { ModalDialog } from '../app/modal-dialog';
import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';
import { isTextEntry, SHORTCUTS } from './shortcuts';

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
      {SHORTCUTS.map((group) => (
        <section key={group.title} className="shortcut-group">
          <h3>{t(group.title)}</h3>
          <dl>
            {group.shortcuts.map((s) => (
              <div key={`${group.title}-${s.action}`} className="shortcut">
                <dt>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ', '}
                      <kbd>{k === '{space}' ? t('keySpace') : k}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{t(s.action)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </ModalDialog>
  );
}
