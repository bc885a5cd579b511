import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readPreference,
  resolveTheme,
  THEME_PREFERENCES,
  THEME_STORAGE_KEY,
  writePreference,
  type ThemePreference,
} from './theme';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  } as unknown as Storage & { data: Map<string, string> };
}

const broken = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
} as unknown as Storage;

describe('theme preference', () => {
  it('follows the system unless the reader chose', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('is remembered, and "system" forgets the choice', () => {
    const storage = memoryStorage();
    expect(readPreference(() => storage)).toBe('system');
    writePreference(() => storage, 'dark');
    expect(readPreference(() => storage)).toBe('dark');
    writePreference(() => storage, 'system');
    expect(storage.data.has(THEME_STORAGE_KEY)).toBe(false);
    expect(readPreference(() => storage)).toBe('system');
  });

  it('ignores a stored value it does not know', () => {
    expect(readPreference(() => memoryStorage({ [THEME_STORAGE_KEY]: 'sepia' }))).toBe('system');
  });

  it('survives storage that throws or does not exist', () => {
    expect(readPreference(() => broken)).toBe('system');
    expect(() => writePreference(() => broken, 'dark')).not.toThrow();
    expect(readPreference(() => undefined)).toBe('system');
    expect(
      readPreference(() => {
        throw new Error('localStorage is not available');
      }),
    ).toBe('system');
  });
});

describe('public/theme-init.js (runs before the app, without the bundle)', () => {
  const source = readFileSync(join(import.meta.dirname, '../../public/theme-init.js'), 'utf8');
  const run = (storage: Storage) => {
    const documentElement = { dataset: {} as Record<string, string> };
    new Function('window', 'document', source)({ localStorage: storage }, { documentElement });
    return documentElement.dataset.theme;
  };

  it('applies what the app stored, with the same key and values', () => {
    for (const preference of THEME_PREFERENCES) {
      const storage = memoryStorage();
      writePreference(() => storage, preference);
      const expected: Record<ThemePreference, string | undefined> = {
        system: undefined,
        light: 'light',
        dark: 'dark',
      };
      expect(run(storage)).toBe(expected[preference]);
    }
  });

  it('does nothing when storage throws', () => {
    expect(run(broken)).toBeUndefined();
  });
});
