import { useEffect, useRef } from 'react';
import type { Manifest } from '../data/schema';
import { formatEventTime } from '../timeline/time-format';
import { useUiStore } from '../state/ui-store';
import type { IndexedEvent } from './event-index';

interface EventListProps {
  manifest: Manifest;
  events: readonly IndexedEvent[];
  total: number;
}

/** All events in time order; the selected one is marked and scrolled into view. */
export function EventList({ manifest, events, total }: EventListProps) {
  const selectedId = useUiStore((s) => s.selectedId);
  const time = useUiStore((s) => s.time);
  const select = useUiStore((s) => s.select);
  const listRef = useRef<HTMLUListElement>(null);
  const colors = new Map(manifest.categories.map((c) => [c.id, c.color]));
  const labels = new Map(manifest.categories.map((c) => [c.id, c.label]));

  useEffect(() => {
    if (!selectedId) return;
    const item = listRef.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(selectedId)}"]`,
    );
    item?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <div className="event-list">
      <p className="event-list-count">
        {events.length === total ? `${total} events` : `${events.length} of ${total} events`}
      </p>
      <ul aria-label="Events" ref={listRef}>
        {events.map((e) => {
          const p = e.event.properties;
          const selected = e.id === selectedId;
          return (
            <li key={e.id} data-event-id={e.id} className={e.startMs > time ? 'future' : undefined}>
              <button
                type="button"
                aria-current={selected ? 'true' : undefined}
                className={selected ? 'selected' : undefined}
                onClick={() => select(e.id, e.startMs)}
              >
                <span
                  className="swatch swatch-dot"
                  style={{ background: colors.get(e.category) }}
                  aria-hidden="true"
                />
                <span className="event-list-text">
                  <span className="event-list-title">{p.title}</span>
                  <span className="event-list-meta">
                    {formatEventTime(p.start, p.timePrecision, manifest.timeZone.offsetMinutes)} ·{' '}
                    {labels.get(e.category)}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
