import { useUiStore } from '../state/ui-store';

/** What a link asked for and could not be shown, and what is shown instead. */
export function LinkNotices() {
  const notices = useUiStore((s) => s.notices);
  const setNotices = useUiStore((s) => s.setNotices);
  if (notices.length === 0) return null;
  return (
    <div className="link-notices" role="status">
      <p>Parts of this link could not be used:</p>
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setNotices([])}>
        Dismiss
      </button>
    </div>
  );
}
