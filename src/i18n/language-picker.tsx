import { useEffect } from 'react';
import { useLocaleStore } from './locale-store';
import { INTL_TAGS, LOCALES, LOCALE_NAMES, isLocale } from './locales';
import { messages } from './messages';
import { useMessages } from './use-messages';

/** Picks the interface language; the page's lang attribute follows, for screen readers. */
export function LanguagePicker() {
  const t = useMessages(messages);
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);

  useEffect(() => {
    document.documentElement.lang = INTL_TAGS[locale];
  }, [locale]);

  return (
    <label className="language-picker">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={locale}
        onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={INTL_TAGS[l]}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
