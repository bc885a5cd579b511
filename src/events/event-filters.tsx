import { useId } from 'react';
import type { Category, Manifest } from '../data/schema';
import { useUiStore } from '../state/ui-store';
import { themedColor } from '../theme/contrast';
import { useTheme } from '../theme/theme-store';
import { messages } from './messages';
import { useMessages } from '../i18n/use-messages';

interface EventFiltersProps {
  manifest: Manifest;
  actors: readonly string[];
}

/** Filters of the event list and timeline: text search, categories, actor. */
export function EventFilters({ manifest, actors }: EventFiltersProps) {
  const t = useMessages(messages);
  const filters = useUiStore((s) => s.filters);
  const theme = useTheme();
  const { setQuery, setCategories, setActor } = useUiStore.getState();
  const searchId = useId();
  const actorId = useId();
  const all = manifest.categories.map((c) => c.id);
  const chosen = new Set<Category>(filters.categories ?? all);

  const toggle = (category: Category, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(category);
    else next.delete(category);
    setCategories(next.size === all.length ? null : all.filter((c) => next.has(c)));
  };

  return (
    <div className="event-filters">
      <label htmlFor={searchId} className="visually-hidden">
        {t('searchEvents')}
      </label>
      <input
        id={searchId}
        type="search"
        placeholder={t('searchEvents')}
        value={filters.query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <fieldset className="category-filter">
        <legend className="visually-hidden">{t('categories')}</legend>
        {manifest.categories.map((c) => (
          <label key={c.id} className="chip" lang={manifest.language}>
            <input
              type="checkbox"
              checked={chosen.has(c.id)}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />
            <span
              className="swatch swatch-dot"
              style={{ background: themedColor(c.color, theme) }}
              aria-hidden="true"
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={actorId} className="visually-hidden">
        {t('actor')}
      </label>
      <select
        id={actorId}
        value={filters.actor ?? ''}
        onChange={(e) => setActor(e.target.value || null)}
      >
        <option value="">{t('allActors')}</option>
        {actors.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
    </div>
  );
}
