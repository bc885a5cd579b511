import type { ViewPreset } from '../data/schema';
import { useUiStore } from '../state/ui-store';
import { messages } from './messages';
import { useMessages } from '../i18n/use-messages';

export function ViewPresets({ views, lang }: { views: readonly ViewPreset[]; lang: string }) {
  const t = useMessages(messages);
  const requestView = useUiStore((s) => s.requestView);
  const current = useUiStore((s) => s.viewRequest?.viewId);
  return (
    <nav className="view-presets" aria-label={t('mapViews')}>
      {views.map((view) => (
        <button
          key={view.id}
          type="button"
          aria-pressed={current === view.id}
          onClick={() => requestView(view.id)}
          lang={lang}
        >
          {view.label}
        </button>
      ))}
    </nav>
  );
}
