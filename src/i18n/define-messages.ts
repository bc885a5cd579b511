import type { Locale } from './locales';

/**
 * A feature's interface strings in every language. English defines the keys; the type makes a
 * missing key in another language a compile error, and i18n.test.ts checks the same at run time
 * (empty strings and placeholders too). Placeholders are written {name}.
 */
export type Messages<K extends string> = { en: Record<K, string> } & Record<
  Exclude<Locale, 'en'>,
  Record<K, string>
>;

const bundles: Messages<string>[] = [];

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  bundles.push(messages);
  return messages;
}

/** Every bundle defined so far (for the completeness test). */
export function definedBundles(): readonly Messages<string>[] {
  return bundles;
}

export type Params = Record<string, string | number>;

/** Fills {name} placeholders; an unknown placeholder is left as written, so it shows in review. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate<K extends string>(
  messages: Messages<K>,
  locale: Locale,
  key: K,
  params?: Params,
): string {
  return interpolate(messages[locale][key] ?? messages.en[key], params);
}
