import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Manifest } from '../data/schema';
import { formatEventTime } from '../timeline/time-format';
import { useUiStore } from '../state/ui-store';
import { themedColor } from '../theme/contrast';
import { useTheme } from '../theme/theme-store';
import { lowerBound, type IndexedEvent } from './event-index';
import type { CSSProperties } from 'react';
import { messages } from './messages';
import { useMessages } from '../i18n/use-messages';
import { useLocaleStore } from '../i18n/locale-store';

interface EventListProps {
  manifest: Manifest;
  events: readonly IndexedEvent[];
  total: number;
}

/** Above this many events the list renders only the rows in view. */
const VIRTUAL_FROM = 500;
const ROW_HEIGHT = 58;

/** All events in time order; the selected one is marked and scrolled into view. */
export function EventList({ manifest, events, total }: EventListProps) {
  const t = useMessages(messages);
  const locale = useLocaleStore((s) => s.locale);
  const selectedId = useUiStore((s) => s.selectedId);
  const select = useUiStore((s) => s.select);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = events.length > VIRTUAL_FROM;
  // The virtualizer hands back functions the React compiler cannot memoize; it re-renders anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? events.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const theme = useTheme();
  const colors = new Map(manifest.categories.map((c) => [c.id, themedColor(c.color, theme)]));
  const labels = new Map(manifest.categories.map((c) => [c.id, c.label]));

  // Rows after the cursor are dimmed. That boundary moves on nearly every scrub step of a large
  // dataset, so it is drawn from a store subscription, as the map and the timeline are, and the
  // list does not re-render per step. Runs after every render too, to mark rows just rendered.
  useLayoutEffect(() => {
    const list = scrollRef.current;
    if (!list) return;
    const mark = () =>
      markFutureRows(list, lowerBound(events, Math.floor(useUiStore.getState().time) + 1));
    mark();
    return useUiStore.subscribe((s, previous) => {
      if (s.time !== previous.time) mark();
    });
  });

  useEffect(() => {
    if (!selectedId) return;
    if (virtual) {
      const index = events.findIndex((e) => e.id === selectedId);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
      return;
    }
    const item = scrollRef.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(selectedId)}"]`,
    );
    item?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, virtual, events, virtualizer]);

  const row = (e: IndexedEvent, index: number, style?: CSSProperties) => {
    const p = e.event.properties;
    const selected = e.id === selectedId;
    return (
      <li
        key={e.id}
        data-event-id={e.id}
        data-index={index}
        style={style}
        aria-setsize={events.length}
        aria-posinset={index + 1}
      >
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
          <span className="event-list-text" lang={manifest.language}>
            <span className="event-list-title">{p.title}</span>
            <span className="event-list-meta">
              {formatEventTime(p.start, p.timePrecision, manifest.timeZone.offsetMinutes, locale)} ·{' '}
              {labels.get(e.category)}
            </span>
          </span>
        </button>
      </li>
    );
  };

  return (
    <div className="event-list" ref={scrollRef}>
      <p className="event-list-count">
        {events.length === total
          ? t('eventsTotal', { total })
          : t('eventsShown', { n: events.length, total })}
      </p>
      {virtual ? (
        <ul
          aria-label={t('events')}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((v) => {
            const e = events[v.index];
            return e
              ? row(e, v.index, {
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: v.size,
                  transform: `translateY(${v.start}px)`,
                })
              : null;
          })}
        </ul>
      ) : (
        <ul aria-label={t('events')}>{events.map((e, i) => row(e, i))}</ul>
      )}
    </div>
  );
}

/** Marks the rendered rows at or after `firstFuture` (an index into the list) as not yet happened. */
function markFutureRows(list: HTMLElement, firstFuture: number): void {
  for (const row of list.querySelectorAll<HTMLElement>('li[data-index]')) {
    row.classList.toggle('future', Number(row.dataset.index) >= firstFuture);
  }
}
