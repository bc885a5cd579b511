import { describe, expect, it } from 'vitest';
import { definedBundles, interpolate } from './define-messages';
import { initialLocale } from './locale-store';
import { LOCALES, preferredLocale } from './locales';

// Load every feature's strings, wherever they live.
import.meta.glob('../**/messages.ts', { eager: true });

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  const bundles = definedBundles();

  it('are found', () => {
    expect(bundles.length).toBeGreaterThan(0);
  });

  it('exist in every language, non-empty, with the same placeholders as the English', () => {
    const problems: string[] = [];
    for (const bundle of bundles) {
      for (const [key, english] of Object.entries(bundle.en)) {
        for (const locale of LOCALES) {
          const text = (bundle[locale] as Record<string, string | undefined>)[key];
          if (!text?.trim()) problems.push(`${locale}: missing “${key}” (${english})`);
          else if (placeholders(text).join() !== placeholders(english).join())
            problems.push(`${locale}: “${key}” has placeholders ${placeholders(text).join()}`);
        }
      }
      for (const locale of LOCALES) {
        for (const key of Object.keys(bundle[locale])) {
          if (!(key in bundle.en)) problems.push(`${locale}: “${key}” is not an English key`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('locale choice', () => {
  it('takes the first browser language the interface has', () => {
    expect(preferredLocale(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(preferredLocale(['hy'])).toBe('hy');
    expect(preferredLocale(['az-Latn-AZ'])).toBe('az');
    expect(preferredLocale(['fr', 'de'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });

  it('prefers lang= from the link, and ignores an unknown one', () => {
    expect(initialLocale('?lang=hy', ['ru'])).toEqual({ locale: 'hy', chosen: true });
    expect(initialLocale('?lang=xx', ['ru'])).toEqual({ locale: 'ru', chosen: false });
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{n} of {total}', { n: 2, total: 5 })).toBe('2 of 5');
    expect(interpolate('{n} of {total}', { n: 2 })).toBe('2 of {total}');
  });
});
