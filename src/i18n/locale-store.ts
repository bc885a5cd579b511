import { create } from 'zustand';
import { isLocale, preferredLocale, type Locale } from './locales';

interface LocaleState {
  locale: Locale;
  /** True when the reader picked the language (or a link did): it is then kept in links. */
  chosen: boolean;
  setLocale: (locale: Locale) => void;
}

/** The language a page opens in: lang= from the link, else the browser's preference. */
export function initialLocale(search: string, languages: readonly string[]) {
  const lang = new URLSearchParams(search).get('lang');
  return isLocale(lang)
    ? { locale: lang, chosen: true }
    : { locale: preferredLocale(languages), chosen: false };
}

export const useLocaleStore = create<LocaleState>()((set) => ({
  ...initialLocale(
    typeof location === 'undefined' ? '' : location.search,
    typeof navigator === 'undefined' ? [] : navigator.languages,
  ),
  setLocale: (locale) => set({ locale, chosen: true }),
}));
