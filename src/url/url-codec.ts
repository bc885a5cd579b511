import { CATEGORIES } from '../data/categories';
import type { Category } from '../data/schema';
import { LOCALES, isLocale, type Locale } from '../i18n/locales';

/**
 * The URL contract, version 1: the state a link carries. Each field declares how it is read
 * from and written to the query string (the TimeMap idea of a per-field URL schema), so that
 * parse(serialize(state)) gives the state back by construction.
 */
export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  /** Another dataset to open: the URL of its dataset.json (or of its folder). */
  data?: string;
  event?: string;
  /** The time cursor, ms since the epoch, whole minutes. */
  t?: number;
  layers?: string[];
  map?: MapView;
  cat?: Category[];
  actor?: string;
  q?: string;
  /** The interface language, when the reader chose one. */
  lang?: Locale;
  /** A guided story of the dataset, and its step (from 1). */
  story?: string;
  step?: number;
  /** Embed mode: the compact view for an iframe (embed=1). */
  embed?: boolean;
}

/** Why a parameter could not be read (a key of the url messages, said in the reader's language). */
export type UrlProblemReason =
  | 'problemEmpty'
  | 'problemEventId'
  | 'problemTime'
  | 'problemTimeInvalid'
  | 'problemLayers'
  | 'problemMap'
  | 'problemMapRange'
  | 'problemCategories'
  | 'problemLang'
  | 'problemQuery'
  | 'problemStory'
  | 'problemStep';

export interface UrlProblem {
  param: string;
  value: string;
  reason: UrlProblemReason;
  /** The values allowed, where the reason lists them. */
  allowed?: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: UrlProblemReason; allowed?: string };

interface Field<K extends keyof UrlState> {
  key: K;
  parse: (raw: string) => Parsed<NonNullable<UrlState[K]>>;
  serialize: (value: NonNullable<UrlState[K]>) => string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EVENT_ID = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO 8601 date-time with a zone: Z or ±hh:mm (or ±hhmm), minutes, optional seconds. */
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const MINUTE = 60_000;

const list = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** "2016-04-02T03:00Z": UTC, to the minute. */
export function formatUrlTime(ms: number): string {
  return new Date(Math.round(ms / MINUTE) * MINUTE).toISOString().slice(0, 16) + 'Z';
}

const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

const fields: { [K in keyof UrlState]-?: Field<K> } = {
  data: {
    key: 'data',
    parse: (raw) =>
      raw.trim() ? { ok: true, value: raw.trim() } : { ok: false, reason: 'problemEmpty' },
    serialize: (url) => url,
  },
  event: {
    key: 'event',
    parse: (raw) =>
      EVENT_ID.test(raw) ? { ok: true, value: raw } : { ok: false, reason: 'problemEventId' },
    serialize: (id) => id,
  },
  t: {
    key: 't',
    parse: (input) => {
      // An unescaped '+' in a query string reads as a space: "07:00+04:00" arrives as "07:00 04:00".
      const raw = input.trim().replace(/ (\d{2}:?\d{2})$/, '+$1');
      if (!ISO_INSTANT.test(raw)) return { ok: false, reason: 'problemTime' };
      const ms = Date.parse(raw.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
      if (Number.isNaN(ms)) return { ok: false, reason: 'problemTimeInvalid' };
      return { ok: true, value: Math.round(ms / MINUTE) * MINUTE };
    },
    serialize: formatUrlTime,
  },
  layers: {
    key: 'layers',
    parse: (raw) => {
      const ids = list(raw);
      return ids.every((id) => SLUG.test(id))
        ? { ok: true, value: [...new Set(ids)] }
        : { ok: false, reason: 'problemLayers' };
    },
    serialize: (ids) => ids.join(','),
  },
  map: {
    key: 'map',
    parse: (raw) => {
      const parts = raw.split('/');
      const [zoom, lat, lon] = parts.map(Number);
      if (
        parts.length !== 3 ||
        parts.some((p) => p.trim() === '') ||
        zoom === undefined ||
        lat === undefined ||
        lon === undefined ||
        ![zoom, lat, lon].every(Number.isFinite)
      ) {
        return { ok: false, reason: 'problemMap' };
      }
      if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) {
        return { ok: false, reason: 'problemMapRange' };
      }
      return { ok: true, value: { zoom: round(zoom, 2), lat: round(lat, 4), lon: round(lon, 4) } };
    },
    serialize: ({ zoom, lat, lon }) => `${round(zoom, 2)}/${round(lat, 4)}/${round(lon, 4)}`,
  },
  cat: {
    key: 'cat',
    parse: (raw) => {
      const cats = list(raw);
      const known = cats.filter((c): c is Category =>
        (CATEGORIES as readonly string[]).includes(c),
      );
      return known.length === cats.length && known.length > 0
        ? { ok: true, value: CATEGORIES.filter((c) => known.includes(c)) }
        : { ok: false, reason: 'problemCategories', allowed: CATEGORIES.join(', ') };
    },
    serialize: (cats) => cats.join(','),
  },
  actor: {
    key: 'actor',
    parse: (raw) => (raw ? { ok: true, value: raw } : { ok: false, reason: 'problemEmpty' }),
    serialize: (actor) => actor,
  },
  q: {
    key: 'q',
    parse: (raw) => (raw ? { ok: true, value: raw } : { ok: false, reason: 'problemEmpty' }),
    serialize: (q) => q,
  },
  lang: {
    key: 'lang',
    parse: (raw) =>
      isLocale(raw)
        ? { ok: true, value: raw }
        : { ok: false, reason: 'problemLang', allowed: LOCALES.join(', ') },
    serialize: (lang) => lang,
  },
  story: {
    key: 'story',
    parse: (raw) =>
      SLUG.test(raw) ? { ok: true, value: raw } : { ok: false, reason: 'problemStory' },
    serialize: (id) => id,
  },
  step: {
    key: 'step',
    parse: (raw) =>
      /^[1-9]\d{0,5}$/.test(raw.trim())
        ? { ok: true, value: Number(raw.trim()) }
        : { ok: false, reason: 'problemStep' },
    serialize: (n) => String(n),
  },
  embed: {
    key: 'embed',
    // Lenient: "?embed", "embed=1" or "embed=yes" all mean an embed; only 0 and false do not.
    parse: (raw) => ({ ok: true, value: !['0', 'false'].includes(raw.trim().toLowerCase()) }),
    serialize: (embed) => (embed ? '1' : '0'),
  },
};

/** The order parameters are written in, so that the same state always gives the same URL. */
const ORDER: (keyof UrlState)[] = [
  'data',
  'story',
  'step',
  'event',
  't',
  'layers',
  'map',
  'cat',
  'actor',
  'q',
  'lang',
  'embed',
];

/**
 * Reads the URL's query string. Never throws: what cannot be read is reported as a problem
 * and left out; unknown parameters are ignored.
 */
export function parseUrl(search: string): { state: UrlState; problems: UrlProblem[] } {
  const state: UrlState = {};
  const problems: UrlProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, problems: [{ param: '', value: search, reason: 'problemQuery' }] };
  }
  for (const key of ORDER) {
    const raw = params.get(key);
    if (raw === null) continue;
    const parsed = fields[key].parse(raw) as Parsed<never>;
    if (parsed.ok) (state as Record<string, unknown>)[key] = parsed.value;
    else problems.push({ param: key, value: raw, reason: parsed.reason, allowed: parsed.allowed });
  }
  return { state, problems };
}

/** Writes the state as a query string (with its leading '?', or '' for an empty state). */
export function serializeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = state[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    params.set(key, (fields[key].serialize as (v: typeof value) => string)(value));
  }
  const text = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
