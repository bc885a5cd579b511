import { useUiStore } from '../state/ui-store';
import { messages } from './messages';
import { useMessages } from '../i18n/use-messages';

/** What a link asked for and could not be shown, and what is shown instead. */
export function LinkNotices() {
  const t = useMessages(messages);
  const notices = useUiStore((s) => s.notices);
  const setNotices = useUiStore((s) => s.setNotices);
  if (notices.length === 0) return null;
  return (
    <div className="link-notices" role="status">
      <p>{t('partsUnused')}</p>
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setNotices([])}>
        {t('dismiss')}
      </button>
    </div>
  );
}
