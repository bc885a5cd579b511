import './embed.css';
import type { ReactNode } from 'react';
import type { Manifest } from '../data/schema';
import type { IndexedEvent } from '../events/event-index';
import { useLocaleStore } from '../i18n/locale-store';
import { useMessages } from '../i18n/use-messages';
import { formatEventTime } from '../timeline/time-format';
import { messages } from './messages';
import { useViewUrl } from './use-view-url';

interface EmbedViewProps {
  manifest: Manifest;
  selected?: IndexedEvent;
  map: ReactNode;
  timeline: ReactNode;
}

/**
 * The compact view for an iframe: the map, one line about the selected event, the timeline and
 * a link to the same view as a full page.
 */
export function EmbedView({ manifest, selected, map, timeline }: EmbedViewProps) {
  const t = useMessages(messages);
  const locale = useLocaleStore((s) => s.locale);
  const fullMapUrl = useViewUrl(false);
  const p = selected?.event.properties;
  const category = p && manifest.categories.find((c) => c.id === p.category);

  return (
    <div className="embed">
      {map}
      <section className="embed-bar" aria-label={t('selectedEvent')}>
        <div className="embed-event">
          {p ? (
            <>
              <span
                className="swatch swatch-dot"
                style={{ background: category?.color }}
                aria-hidden="true"
              />
              <span className="embed-event-text">
                <strong className="embed-title">{p.title}</strong>
                <span className="embed-time">
                  {formatEventTime(
                    p.start,
                    p.timePrecision,
                    manifest.timeZone.offsetMinutes,
                    locale,
                  )}
                  {category && ` · ${category.label}`}
                </span>
              </span>
            </>
          ) : (
            <strong className="embed-title">{manifest.title}</strong>
          )}
        </div>
        <a className="embed-open" href={fullMapUrl} target="_blank" rel="noopener">
          {t('openFullMap')}
          <span aria-hidden="true"> ↗</span>
          <span className="visually-hidden"> {t('opensInNewTab')}</span>
        </a>
      </section>
      {timeline}
    </div>
  );
}
