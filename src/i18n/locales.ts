/** The interface languages. Event text stays as written in the dataset. */
export const LOCALES = ['en', 'ru', 'hy', 'az'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the picker. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  hy: 'Հայերեն',
  az: 'Azərbaycanca',
};

/** BCP 47 tags for Intl (dates and numbers). */
export const INTL_TAGS: Record<Locale, string> = {
  en: 'en-GB',
  ru: 'ru-RU',
  hy: 'hy-AM',
  az: 'az-Latn-AZ',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that the interface has, else English. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
