import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type WheelEvent,
} from 'react';
import type { Manifest } from '../data/schema';
import {
  countBetween,
  nextEventStart,
  previousEventStart,
  type IndexedEvent,
} from '../events/event-index';
import { SPEEDS, useUiStore, type Speed } from '../state/ui-store';
import { useTimeSubscription } from '../state/use-time-subscription';
import { drawDetail, drawOverview, layoutDetail, MARK_SIZE, type MarkHit } from './draw-timeline';
import { messages } from './messages';
import { useMessages } from '../i18n/use-messages';
import { useLocaleStore } from '../i18n/locale-store';
import { cursorValueText, floorHour, formatInstant } from './time-format';
import {
  clamp,
  DAY,
  HOUR,
  panWindow,
  timeToX,
  windowShowing,
  xToTime,
  zoomWindow,
  type TimeWindow,
} from './time-scale';
import { useCanvas } from './use-canvas';
import { TIMELINE_PALETTES } from './timeline-palette';
import { themedColor } from '../theme/contrast';
import { useTheme } from '../theme/theme-store';
import { recordPerf } from '../map/test-handle';
import { usePlayback } from './use-playback';

interface TimelineProps {
  manifest: Manifest;
  /** Events in time order, after the list filters. */
  events: readonly IndexedEvent[];
  compact: boolean;
}

const SPEED_LABELS = {
  1: 'speed1',
  3: 'speed3',
  6: 'speed6',
  12: 'speed12',
  24: 'speed24',
} as const satisfies Record<Speed, string>;

/** A drag shorter than this (px) is a click. */
const CLICK_SLOP = 4;

export function Timeline({ manifest, events, compact }: TimelineProps) {
  usePlayback();
  const span = useUiStore((s) => s.span);
  const win = useUiStore((s) => s.window);
  const selectedId = useUiStore((s) => s.selectedId);
  const playing = useUiStore((s) => s.playing);
  const speed = useUiStore((s) => s.speed);
  const showUtc = useUiStore((s) => s.showUtc);
  const t = useMessages(messages);
  const locale = useLocaleStore((s) => s.locale);
  const { setTime, setWindow, select, setPlaying, setSpeed, setShowUtc } = useUiStore.getState();

  const offset = manifest.timeZone.offsetMinutes;
  const theme = useTheme();
  const palette = TIMELINE_PALETTES[theme];
  const colors = useMemo(
    () => new Map(manifest.categories.map((c) => [c.id, themedColor(c.color, theme)])),
    [manifest.categories, theme],
  );
  const detailWindow: TimeWindow = manifest.detail
    ? { start: Date.parse(manifest.detail.start), end: Date.parse(manifest.detail.end) }
    : span;

  const [detailRef, detailSize, detailContext] = useCanvas();
  const [overviewRef, overviewSize, overviewContext] = useCanvas();
  const hits = useRef<MarkHit[]>([]);

  // The detail view is laid out when its window, size or events change, and repainted after
  // every render and on every time step straight from the store: scrubbing neither re-renders
  // this component nor lays the view out again.
  const layoutInput = useMemo(
    () => ({
      events,
      window: win,
      width: detailSize.width,
      height: detailSize.height,
      offsetMinutes: offset,
      locale,
    }),
    [events, win, detailSize.width, detailSize.height, offset, locale],
  );
  const detailLayout = useMemo(() => layoutDetail(layoutInput), [layoutInput]);
  const drawDetailView = useRef(() => {});
  useEffect(() => {
    drawDetailView.current = () => {
      const ctx = detailContext();
      if (!ctx) return;
      const started = performance.now();
      hits.current = drawDetail(
        ctx,
        { ...layoutInput, time: useUiStore.getState().time, selectedId, colors, palette },
        detailLayout,
      );
      const now = performance.now();
      recordPerf({ timelineDrawnAt: now, timelineDrawMs: now - started });
    };
    drawDetailView.current();
  });
  useEffect(
    () =>
      useUiStore.subscribe((s, previous) => {
        if (s.time !== previous.time) drawDetailView.current();
      }),
    [],
  );

  useEffect(() => {
    const ctx = overviewContext();
    if (!ctx) return;
    drawOverview(ctx, {
      events,
      span,
      width: overviewSize.width,
      height: overviewSize.height,
      offsetMinutes: offset,
      locale,
      colors,
      palette,
    });
  }, [events, span, overviewSize, offset, colors, locale, palette]); // eslint-disable-line react-hooks/exhaustive-deps

  /** Moves the cursor and keeps it in view. */
  const moveTo = (t: number) => {
    const next = clamp(t, span.start, span.end);
    setTime(next);
    const shown = windowShowing(useUiStore.getState().window, next, span);
    setWindow(shown);
  };

  const onSliderKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const { time } = useUiStore.getState();
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = e.shiftKey ? floorHour(time) + HOUR : nextEventStart(events, time);
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = e.shiftKey ? Math.ceil(time / HOUR) * HOUR - HOUR : previousEventStart(events, time);
        break;
      case 'PageUp':
        next = time + DAY;
        break;
      case 'PageDown':
        next = time - DAY;
        break;
      case 'Home':
        next = span.start;
        break;
      case 'End':
        next = span.end;
        break;
      default:
        return;
    }
    e.preventDefault();
    if (next !== undefined) moveTo(next);
  };

  // Pointer gestures on the detail view: drag pans, a click sets the time or selects a mark,
  // the cursor handle scrubs, two fingers pinch-zoom.
  const gesture = useRef<{
    mode: 'pan' | 'scrub';
    startX: number;
    startWindow: TimeWindow;
    moved: boolean;
  } | null>(null);
  const pointers = useRef(new Map<number, number>());
  const pinch = useRef<{ distance: number; window: TimeWindow } | null>(null);

  const localX = (e: PointerEvent | WheelEvent) => {
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return e.clientX - rect.left;
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    pointers.current.set(e.pointerId, e.clientX);
    if (pointers.current.size === 2) {
      const [a = 0, b = 0] = [...pointers.current.values()];
      pinch.current = { distance: Math.abs(a - b), window: useUiStore.getState().window };
      gesture.current = null;
      return;
    }
    const onHandle = (e.target as HTMLElement).closest('[role="slider"]') !== null;
    gesture.current = {
      mode: onHandle ? 'scrub' : 'pan',
      startX: localX(e),
      startWindow: useUiStore.getState().window,
      moved: false,
    };
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!pointers.current.has(e.pointerId)) return;
    pointers.current.set(e.pointerId, e.clientX);
    const width = detailSize.width;
    if (pinch.current && pointers.current.size === 2) {
      const [a = 0, b = 0] = [...pointers.current.values()];
      const distance = Math.max(1, Math.abs(a - b));
      const factor = pinch.current.distance / distance;
      const w = pinch.current.window;
      setWindow(zoomWindow(w, factor, (w.start + w.end) / 2, span));
      return;
    }
    const g = gesture.current;
    if (!g) return;
    const x = localX(e);
    if (Math.abs(x - g.startX) > CLICK_SLOP) g.moved = true;
    if (!g.moved) return;
    if (g.mode === 'scrub') {
      setTime(clamp(xToTime(x, useUiStore.getState().window, width), span.start, span.end));
    } else {
      const delta = ((g.startX - x) / width) * (g.startWindow.end - g.startWindow.start);
      setWindow(panWindow(g.startWindow, delta, span));
    }
  };

  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    pointers.current.delete(e.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
    const g = gesture.current;
    gesture.current = null;
    if (!g || g.moved) return;
    const x = localX(e);
    const y = e.clientY - (e.currentTarget as HTMLElement).getBoundingClientRect().top;
    const hit = hits.current.find(
      (h) => Math.abs(h.x - x) <= MARK_SIZE / 2 + 2 && Math.abs(h.y - y) <= MARK_SIZE / 2 + 2,
    );
    if (hit) {
      const event = events.find((ev) => ev.id === hit.id);
      if (event) select(event.id, event.startMs);
    } else if (g.mode === 'pan') {
      setTime(clamp(xToTime(x, win, detailSize.width), span.start, span.end));
    }
  };

  const onWheel = (e: WheelEvent<HTMLDivElement>) => {
    const width = detailSize.width;
    if (!width) return;
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey) {
      const delta = ((e.shiftKey ? e.deltaY : e.deltaX) / width) * (win.end - win.start);
      setWindow(panWindow(win, delta, span));
    } else {
      const anchor = xToTime(localX(e), win, width);
      setWindow(zoomWindow(win, Math.exp(e.deltaY * 0.002), anchor, span));
    }
  };

  // The overview: click or drag to move the detail window there.
  const onOverviewPointer = (e: PointerEvent<HTMLDivElement>) => {
    if (e.type === 'pointerdown') (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    else if (!(e.currentTarget as HTMLElement).hasPointerCapture(e.pointerId)) return;
    const t = xToTime(localX(e), span, overviewSize.width);
    const half = (win.end - win.start) / 2;
    setWindow(panWindow({ start: t - half, end: t + half }, 0, span));
  };

  const zoomBy = (factor: number) =>
    setWindow(zoomWindow(win, factor, useUiStore.getState().time, span));
  const inView = countBetween(events, win.start, win.end);
  const brushLeft = timeToX(win.start, span, overviewSize.width);
  const brushWidth = Math.max(2, timeToX(win.end, span, overviewSize.width) - brushLeft);

  return (
    <section className={`timeline${compact ? ' timeline-compact' : ''}`} aria-label={t('time')}>
      <div className="timeline-toolbar">
        <button
          type="button"
          className="play-button"
          onClick={() => {
            if (!playing && useUiStore.getState().time >= span.end) moveTo(detailWindow.start);
            setPlaying(!playing);
          }}
        >
          {playing ? t('pause') : t('play')}
        </button>
        <label className="speed">
          <span className="visually-hidden">{t('playbackSpeed')}</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t(SPEED_LABELS[s])}
              </option>
            ))}
          </select>
        </label>
        <TimelineNow offsetMinutes={offset} showUtc={showUtc} />
        <label className="utc-toggle">
          <input type="checkbox" checked={showUtc} onChange={(e) => setShowUtc(e.target.checked)} />
          UTC
        </label>
        <span className="timeline-count" aria-live="polite">
          {inView === 1 ? t('inViewOne') : t('inView', { n: inView })}
        </span>
        <span className="timeline-zoom">
          <button type="button" onClick={() => zoomBy(0.5)} aria-label={t('zoomIn')}>
            +
          </button>
          <button type="button" onClick={() => zoomBy(2)} aria-label={t('zoomOut')}>
            −
          </button>
          <button type="button" onClick={() => setWindow(detailWindow)}>
            {t('fourDays')}
          </button>
          <button type="button" onClick={() => setWindow(span)}>
            {t('wholeStory')}
          </button>
        </span>
      </div>
      {!compact && (
        <div
          className="timeline-overview"
          onPointerDown={onOverviewPointer}
          onPointerMove={onOverviewPointer}
          aria-hidden="true"
        >
          <canvas ref={overviewRef} />
          <div className="timeline-brush" style={{ left: brushLeft, width: brushWidth }} />
        </div>
      )}
      <div
        className="timeline-detail"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={onWheel}
      >
        <canvas ref={detailRef} aria-hidden="true" />
        <TimelineCursor
          span={span}
          window={win}
          width={detailSize.width}
          offsetMinutes={offset}
          label={t('timeline')}
          onKeyDown={onSliderKey}
        />
      </div>
    </section>
  );
}

/** The cursor time as text, written on each time step without a React render. */
function TimelineNow({ offsetMinutes, showUtc }: { offsetMinutes: number; showUtc: boolean }) {
  const locale = useLocaleStore((s) => s.locale);
  const localRef = useRef<HTMLSpanElement>(null);
  const utcRef = useRef<HTMLSpanElement>(null);
  const show = useCallback(
    (time: number) => {
      if (localRef.current)
        localRef.current.textContent = formatInstant(time, offsetMinutes, 'minute', locale);
      if (utcRef.current) utcRef.current.textContent = formatInstant(time, 0, 'minute', locale);
    },
    // showUtc adds or removes the UTC span: write it when it appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [offsetMinutes, locale, showUtc],
  );
  useTimeSubscription(show);
  return (
    <p className="timeline-now">
      <span className="now-local" ref={localRef} />
      {showUtc && <span className="now-utc" ref={utcRef} />}
    </p>
  );
}

interface TimelineCursorProps {
  span: TimeWindow;
  window: TimeWindow;
  width: number;
  offsetMinutes: number;
  label: string;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}

/**
 * The time cursor: the slider that keyboard and screen-reader users move time with. Its position
 * and value follow each time step without a React render (see useTimeSubscription).
 */
function TimelineCursor({
  span,
  window: win,
  width,
  offsetMinutes,
  label,
  onKeyDown,
}: TimelineCursorProps) {
  const locale = useLocaleStore((s) => s.locale);
  const ref = useRef<HTMLDivElement>(null);
  const show = useCallback(
    (time: number) => {
      const el = ref.current;
      if (!el) return;
      // Outside the detail window the cursor waits at the nearer edge (still focusable).
      el.style.left = `${clamp(timeToX(time, win, width), 0, width)}px`;
      el.classList.toggle('offscreen', time < win.start || time > win.end);
      el.setAttribute('aria-valuenow', String(Math.round(time)));
      el.setAttribute('aria-valuetext', cursorValueText(time, offsetMinutes, locale));
    },
    [win, width, offsetMinutes, locale],
  );
  useTimeSubscription(show);
  return (
    <div
      ref={ref}
      className="timeline-cursor"
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={span.start}
      aria-valuemax={span.end}
      aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight PageUp PageDown Home End"
      onKeyDown={onKeyDown}
    >
      <span className="cursor-handle" />
    </div>
  );
}
