import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';
import { SHORTCUTS } from './shortcuts';

/** The shortcuts, grouped by the part of the app they act on. */
export function ShortcutList() {
  const t = useMessages(messages);
  return (
    <>
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
    </>
  );
}
