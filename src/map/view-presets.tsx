import type { ViewPreset } from '../data/schema';
import { useUiStore } from '../state/ui-store';

export function ViewPresets({ views }: { views: readonly ViewPreset[] }) {
  const requestView = useUiStore((s) => s.requestView);
  const current = useUiStore((s) => s.viewRequest?.viewId);
  return (
    <nav className="view-presets" aria-label="Map views">
      {views.map((view) => (
        <button
          key={view.id}
          type="button"
          aria-pressed={current === view.id}
          onClick={() => requestView(view.id)}
        >
          {view.label}
        </button>
      ))}
    </nav>
  );
}
