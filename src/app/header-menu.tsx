import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';
import { useMediaQuery } from './use-media-query';

/**
 * The header's actions: in a row on wide screens; on phones behind a Menu button, so that the
 * map keeps the height. The panel stays mounted (hidden) so that its dialogs keep their state.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const t = useMessages(messages);
  const narrow = useMediaQuery('(max-width: 699px)');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (!narrow) return <div className="header-actions">{children}</div>;
  return (
    <>
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        <span aria-hidden="true">☰ </span>
        {t('menu')}
      </button>
      <div id={panelId} className="header-actions header-actions-menu" hidden={!open}>
        {children}
      </div>
    </>
  );
}
