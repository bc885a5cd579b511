import { useEffect, useRef } from 'react';
import type { Manifest, Place, Side, StoryEvent } from '../data/schema';
import { formatInstant, offsetOf } from '../timeline/time-format';
import { useUiStore } from '../state/ui-store';
import { themedColor } from '../theme/contrast';
import { useTheme } from '../theme/theme-store';
import type { IndexedEvent } from './event-index';
import { messages } from './messages';
import { useMessages } from '../i18n/use-messages';
import { useLocaleStore } from '../i18n/locale-store';
import { formatNumber } from '../i18n/date-formats';
import { otherPlaceNames, placeName } from '../i18n/place-names';
import type { Locale } from '../i18n/locales';

type Key = keyof (typeof messages)['en'];

const SIDE_LABELS: Record<Side, Key> = {
  armenian: 'sideArmenian',
  azerbaijani: 'sideAzerbaijani',
  russian: 'sideRussian',
  international: 'sideInternational',
};
const SIDES: Side[] = ['armenian', 'azerbaijani', 'russian', 'international'];

const TIME_PRECISION: Record<StoryEvent['properties']['timePrecision'], Key> = {
  minute: 'precMinute',
  hour: 'precHour',
  'part-of-day': 'precPartOfDay',
  day: 'precDay',
  days: 'precDays',
  month: 'precMonth',
};

const GEO_PRECISION: Record<StoryEvent['properties']['geoPrecision'], Key> = {
  exact: 'geoExact',
  settlement: 'geoSettlement',
  district: 'geoDistrict',
  region: 'geoRegion',
  approximate: 'geoApproximate',
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
  const t = useMessages(messages);
  const locale = useLocaleStore((s) => s.locale);
  const select = useUiStore((s) => s.select);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const p = event.event.properties;
  const offset = manifest.timeZone.offsetMinutes;
  const precise = ['minute', 'hour', 'part-of-day'].includes(p.timePrecision);
  const placeById = new Map(places.map((pl) => [pl.id, pl]));
  const category = manifest.categories.find((c) => c.id === p.category);
  const theme = useTheme();

  useEffect(() => {
    // During a guided story the focus stays on the story's buttons; the step is announced.
    if (useUiStore.getState().activeStory) return;
    headingRef.current?.focus({ preventScroll: true });
  }, [event.id]);

  return (
    <section className="event-details" aria-label={t('eventDetails')}>
      <div className="event-details-bar">
        <span
          className="category-tag"
          lang={manifest.language}
          style={{ borderColor: category && themedColor(category.color, theme) }}
        >
          {category?.label}
        </span>
        <button
          type="button"
          className="close-button"
          onClick={onClose}
          aria-label={t('closeDetails')}
        >
          ×
        </button>
      </div>
      <h2 ref={headingRef} tabIndex={-1} lang={manifest.language}>
        {p.title}
      </h2>
      <dl className="event-facts">
        <dt>{t('when')}</dt>
        <dd>
          <TimeRange
            start={event.startMs}
            end={p.end ? event.endMs : undefined}
            offset={precise ? offset : offsetOf(p.start)}
            precision={p.timePrecision}
            locale={locale}
          />
          <span className="precision">
            {t('precisionLabel')}: {t(TIME_PRECISION[p.timePrecision])}
            {p.timePrecisionNote ? `. ${p.timePrecisionNote}` : ''}
          </span>
        </dd>
        <dt>{t('where')}</dt>
        <dd>
          <PlaceNames ids={p.places} placeById={placeById} locale={locale} />
          <span className="precision">
            {t('locationPrecision')}: {t(GEO_PRECISION[p.geoPrecision])}
            {p.geoPrecisionNote ? `. ${p.geoPrecisionNote}` : ''}
          </span>
        </dd>
        <dt>{t('who')}</dt>
        <dd>{p.actors.join('; ')}</dd>
      </dl>
      <p className="summary" lang={manifest.language}>
        {p.summary}
      </p>
      {p.open && (
        <p className="open-question">
          <strong>{t('openQuestion')}</strong> <span lang={manifest.language}>{p.open}</span>
        </p>
      )}
      <Claims event={event.event} />
      <Casualties event={event.event} locale={locale} />
      <h3>{t('sources')}</h3>
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
      <nav className="prev-next" aria-label={t('otherEvents')}>
        <button
          type="button"
          disabled={!previous}
          onClick={() => previous && select(previous.id, previous.startMs)}
        >
          {t('previousEvent')}
        </button>
        <button
          type="button"
          disabled={!next}
          onClick={() => next && select(next.id, next.startMs)}
        >
          {t('nextEvent')}
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
  locale,
}: {
  start: number;
  end?: number;
  offset: number;
  precision: StoryEvent['properties']['timePrecision'];
  locale: Locale;
}) {
  const range = (zone: number) =>
    `${formatInstant(start, zone, precision, locale)}${end !== undefined ? ` – ${formatInstant(end, zone, precision, locale)}` : ''}`;
  const local = range(offset);
  const utc = range(0);
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
  locale,
}: {
  ids: readonly string[];
  placeById: ReadonlyMap<string, Place>;
  locale: Locale;
}) {
  if (ids.length === 0) return null;
  return (
    <ul className="place-names">
      {ids.map((id) => {
        const place = placeById.get(id);
        if (!place) return null;
        const { names } = place.properties;
        const others = otherPlaceNames(names, locale).join(' · ');
        return (
          <li key={id}>
            {placeName(names, locale)}
            {others && <span className="local-names"> ({others})</span>}
          </li>
        );
      })}
    </ul>
  );
}

function Claims({ event }: { event: StoryEvent }) {
  const t = useMessages(messages);
  const claims = event.properties.claims;
  if (claims.length === 0) return null;
  const bySide = SIDES.map((side) => [side, claims.filter((c) => c.side === side)] as const).filter(
    ([, list]) => list.length > 0,
  );
  return (
    <>
      <h3>{t('claims')}</h3>
      <div className="claims">
        {bySide.map(([side, list]) => (
          <section
            key={side}
            className={`claim-column side-${side}`}
            aria-label={t(SIDE_LABELS[side])}
          >
            <h4>{t(SIDE_LABELS[side])}</h4>
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

function Casualties({ event, locale }: { event: StoryEvent; locale: Locale }) {
  const t = useMessages(messages);
  const rows = event.properties.casualties;
  if (rows.length === 0) return null;
  const n = (v?: number) => (v === undefined ? '–' : formatNumber(v, locale));
  return (
    <>
      <h3>{t('casualtiesHeading')}</h3>
      <div className="table-scroll">
        <table className="casualties">
          <thead>
            <tr>
              <th scope="col">{t('claimant')}</th>
              <th scope="col">{t('about')}</th>
              <th scope="col">{t('killed')}</th>
              <th scope="col">{t('wounded')}</th>
              <th scope="col">{t('missing')}</th>
              <th scope="col">{t('asOf')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c, i) => (
              <tr key={i}>
                <th scope="row">
                  <a href={c.source} target="_blank" rel="noopener noreferrer">
                    {c.claimant}
                  </a>{' '}
                  <span className="side-tag">({t(SIDE_LABELS[c.side])})</span>
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
