/** What the reader chose: follow the system, or always light, or always dark. */
export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** The theme in effect. */
export type Theme = 'light' | 'dark';

/** The localStorage key; public/theme-init.js reads the same key before the app starts. */
export const THEME_STORAGE_KEY = 'line-of-contact-theme';

export const SYSTEM_DARK_QUERY = '(prefers-color-scheme: dark)';

export function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === 'string' && (THEME_PREFERENCES as readonly string[]).includes(value);
}

export function resolveTheme(preference: ThemePreference, systemDark: boolean): Theme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** The stored preference, or 'system' when there is none or storage cannot be read. */
export function readPreference(storage: () => Storage | undefined): ThemePreference {
  try {
    const value = storage()?.getItem(THEME_STORAGE_KEY);
    return isThemePreference(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the preference ('system' forgets it); fails quietly when storage is unavailable. */
export function writePreference(storage: () => Storage | undefined, value: ThemePreference): void {
  try {
    const s = storage();
    if (value === 'system') s?.removeItem(THEME_STORAGE_KEY);
    else s?.setItem(THEME_STORAGE_KEY, value);
  } catch {
    // Private modes and blocked storage: the choice lasts for this page only.
  }
}
