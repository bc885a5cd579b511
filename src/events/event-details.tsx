import { useEffect, useRef } from 'react';
import type { Manifest, Place, Side, StoryEvent } from '../data/schema';
import { formatInstant, offsetOf } from '../timeline/time-format';
import { useUiStore } from '../state/ui-store';
import { themedColor } from '../theme/contrast';
import { useTheme } from '../theme/theme-store';
import type { IndexedEvent } from './event-index';

const SIDE_LABELS: Record<Side, string> = {
  armenian: 'Armenian side',
  azerbaijani: 'Azerbaijani side',
  russian: 'Russian side',
  international: 'International',
};
const SIDES: Side[] = ['armenian', 'azerbaijani', 'russian', 'international'];

const TIME_PRECISION: Record<string, string> = {
  minute: 'to the minute',
  hour: 'to the hour',
  'part-of-day': 'part of the day',
  day: 'the day only',
  days: 'a range of days',
  month: 'the month only',
};

interface EventDetailsProps {
  manifest: Manifest;
  event: IndexedEvent;
  previous?: IndexedEvent;
  next?: IndexedEvent;
  places: readonly Place[];
  onClose: () => void;
}

/** Everything known about one event, with the sides' claims kept apart and every source linked. */
export function EventDetails({
  manifest,
  event,
  previous,
  next,
  places,
  onClose,
}: EventDetailsProps) {
  const select = useUiStore((s) => s.select);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const p = event.event.properties;
  const offset = manifest.timeZone.offsetMinutes;
  const precise = ['minute', 'hour', 'part-of-day'].includes(p.timePrecision);
  const placeById = new Map(places.map((pl) => [pl.id, pl]));
  const category = manifest.categories.find((c) => c.id === p.category);
  const theme = useTheme();

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [event.id]);

  return (
    <section className="event-details" aria-label="Event details">
      <div className="event-details-bar">
        <span
          className="category-tag"
          style={{ borderColor: category && themedColor(category.color, theme) }}
        >
          {category?.label}
        </span>
        <button type="button" className="close-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </div>
      <h2 ref={headingRef} tabIndex={-1}>
        {p.title}
      </h2>
      <dl className="event-facts">
        <dt>When</dt>
        <dd>
          <TimeRange
            start={event.startMs}
            end={p.end ? event.endMs : undefined}
            offset={precise ? offset : offsetOf(p.start)}
            precision={p.timePrecision}
          />
          <span className="precision">
            Precision: {TIME_PRECISION[p.timePrecision]}
            {p.timePrecisionNote ? `. ${p.timePrecisionNote}` : ''}
          </span>
        </dd>
        <dt>Where</dt>
        <dd>
          <PlaceNames ids={p.places} placeById={placeById} />
          <span className="precision">
            Location precision: {p.geoPrecision}
            {p.geoPrecisionNote ? `. ${p.geoPrecisionNote}` : ''}
          </span>
        </dd>
        <dt>Who</dt>
        <dd>{p.actors.join('; ')}</dd>
      </dl>
      <p className="summary">{p.summary}</p>
      {p.open && (
        <p className="open-question">
          <strong>Open question:</strong> {p.open}
        </p>
      )}
      <Claims event={event.event} />
      <Casualties event={event.event} />
      <h3>Sources</h3>
      <ol className="sources">
        {p.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>{' '}
            <span className="source-meta">
              {s.publisher}
              {s.date ? `, ${s.date}` : ''}
            </span>
          </li>
        ))}
      </ol>
      <nav className="prev-next" aria-label="Other events">
        <button
          type="button"
          disabled={!previous}
          onClick={() => previous && select(previous.id, previous.startMs)}
        >
          ← Previous event
        </button>
        <button
          type="button"
          disabled={!next}
          onClick={() => next && select(next.id, next.startMs)}
        >
          Next event →
        </button>
      </nav>
    </section>
  );
}

function TimeRange({
  start,
  end,
  offset,
  precision,
}: {
  start: number;
  end?: number;
  offset: number;
  precision: StoryEvent['properties']['timePrecision'];
}) {
  const local = `${formatInstant(start, offset, precision)}${end !== undefined ? ` – ${formatInstant(end, offset, precision)}` : ''}`;
  const utc = `${formatInstant(start, 0, precision)}${end !== undefined ? ` – ${formatInstant(end, 0, precision)}` : ''}`;
  return (
    <span className="time-range">
      <span>{local}</span>
      {/* A date alone has no UTC equivalent worth showing: its midnight is not a moment. */}
      {precision !== 'day' && precision !== 'days' && precision !== 'month' && (
        <span className="utc">{utc}</span>
      )}
    </span>
  );
}

function PlaceNames({
  ids,
  placeById,
}: {
  ids: readonly string[];
  placeById: ReadonlyMap<string, Place>;
}) {
  if (ids.length === 0) return null;
  return (
    <ul className="place-names">
      {ids.map((id) => {
        const place = placeById.get(id);
        if (!place) return null;
        const { names } = place.properties;
        const others = [names.hy, names.az, names.ru].filter(Boolean).join(' · ');
        return (
          <li key={id}>
            {names.en}
            {others && <span className="local-names"> ({others})</span>}
          </li>
        );
      })}
    </ul>
  );
}

function Claims({ event }: { event: StoryEvent }) {
  const claims = event.properties.claims;
  if (claims.length === 0) return null;
  const bySide = SIDES.map((side) => [side, claims.filter((c) => c.side === side)] as const).filter(
    ([, list]) => list.length > 0,
  );
  return (
    <>
      <h3>Claims</h3>
      <div className="claims">
        {bySide.map(([side, list]) => (
          <section
            key={side}
            className={`claim-column side-${side}`}
            aria-label={SIDE_LABELS[side]}
          >
            <h4>{SIDE_LABELS[side]}</h4>
            {list.map((c, i) => (
              <blockquote key={i}>
                <p>{c.text}</p>
                <footer>
                  <a href={c.source} target="_blank" rel="noopener noreferrer">
                    {c.claimant}
                  </a>
                </footer>
              </blockquote>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}

function Casualties({ event }: { event: StoryEvent }) {
  const rows = event.properties.casualties;
  if (rows.length === 0) return null;
  const n = (v?: number) => (v === undefined ? '–' : v.toLocaleString('en-GB'));
  return (
    <>
      <h3>Casualty figures, by who gave them</h3>
      <div className="table-scroll">
        <table className="casualties">
          <thead>
            <tr>
              <th scope="col">Claimant</th>
              <th scope="col">About</th>
              <th scope="col">Killed</th>
              <th scope="col">Wounded</th>
              <th scope="col">Missing</th>
              <th scope="col">As of</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c, i) => (
              <tr key={i}>
                <th scope="row">
                  <a href={c.source} target="_blank" rel="noopener noreferrer">
                    {c.claimant}
                  </a>{' '}
                  <span className="side-tag">({SIDE_LABELS[c.side]})</span>
                </th>
                <td>{c.about}</td>
                <td>{n(c.killed)}</td>
                <td>{n(c.wounded)}</td>
                <td>{n(c.missing)}</td>
                <td>{c.asOf ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
