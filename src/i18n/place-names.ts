import type { Locale } from './locales';

export type PlaceNames = Partial<Record<Locale, string>> & { en: string };

/** A place's name in the interface language where the gazetteer has it, else in English. */
export function placeName(names: PlaceNames, locale: Locale): string {
  return names[locale] || names.en;
}

/** The place's other names (English and the region's languages), without repeats. */
export function otherPlaceNames(names: PlaceNames, locale: Locale): string[] {
  const shown = placeName(names, locale);
  const order: Locale[] = ['en', 'hy', 'az', 'ru'];
  return [...new Set(order.map((l) => names[l]).filter((n): n is string => !!n && n !== shown))];
}
