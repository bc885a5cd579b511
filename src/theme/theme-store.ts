import { create } from 'zustand';
import {
  readPreference,
  resolveTheme,
  SYSTEM_DARK_QUERY,
  writePreference,
  type Theme,
  type ThemePreference,
} from './theme';

interface ThemeState {
  preference: ThemePreference;
  /** Whether the system asks for dark (prefers-color-scheme), followed live. */
  systemDark: boolean;
  setPreference: (preference: ThemePreference) => void;
}

const browser = typeof window !== 'undefined';
const storage = () => (browser ? window.localStorage : undefined);
const systemQuery = browser && window.matchMedia ? window.matchMedia(SYSTEM_DARK_QUERY) : null;

export const useThemeStore = create<ThemeState>()((set) => ({
  preference: readPreference(storage),
  systemDark: systemQuery?.matches ?? false,
  setPreference: (preference) => {
    writePreference(storage, preference);
    set({ preference });
  },
}));

/** The theme in effect (light or dark); components re-render when it changes. */
export function useTheme(): Theme {
  return useThemeStore((s) => resolveTheme(s.preference, s.systemDark));
}

function applyTheme({ preference, systemDark }: ThemeState) {
  // CSS reads data-theme (through color-scheme and light-dark()); before this runs it follows
  // prefers-color-scheme, and public/theme-init.js has already applied a stored choice.
  document.documentElement.dataset.theme = resolveTheme(preference, systemDark);
}

if (browser) {
  systemQuery?.addEventListener('change', (e) => useThemeStore.setState({ systemDark: e.matches }));
  applyTheme(useThemeStore.getState());
  useThemeStore.subscribe(applyTheme);
}
