import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';
import { THEME_PREFERENCES, type ThemePreference } from './theme';
import { useThemeStore } from './theme-store';

const ICONS: Record<ThemePreference, ReactNode> = {
  // A half-filled disc: light or dark, as the system says.
  system: (
    <>
      <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M10 3.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" />
    </>
  ),
  light: (
    <>
      <circle cx="10" cy="10" r="3.6" fill="currentColor" />
      <path
        d="M10 1.8v2.4M10 15.8v2.4M1.8 10h2.4M15.8 10h2.4M4.2 4.2l1.7 1.7M14.1 14.1l1.7 1.7M4.2 15.8l1.7-1.7M14.1 5.9l1.7-1.7"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </>
  ),
  dark: <path d="M15.5 12.6A6.6 6.6 0 0 1 7.4 4.5a6.6 6.6 0 1 0 8.1 8.1z" fill="currentColor" />,
};

function ThemeIcon({ which }: { which: ThemePreference }) {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      {ICONS[which]}
    </svg>
  );
}

/**
 * A small button in the header (its icon shows the current choice) that opens System / Light /
 * Dark as pressed-or-not buttons in a popover (which the browser closes on Escape or a click
 * elsewhere). The choice is remembered.
 */
export function ThemeToggle() {
  const t = useMessages(messages);
  const menuId = useId();
  const preference = useThemeStore((s) => s.preference);
  const setPreference = useThemeStore((s) => s.setPreference);
  const menuRef = useRef<HTMLDivElement>(null);
  // Escape closes the open menu (the browser does that) and nothing else: the app's own Escape
  // (which clears the selected event) must not see it.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && menuRef.current?.matches(':popover-open')) e.stopPropagation();
  };
  return (
    <div className="theme-switch" onKeyDown={onKeyDown}>
      <button
        type="button"
        className="theme-button"
        popoverTarget={menuId}
        aria-label={t('theme')}
        title={t('theme')}
      >
        <ThemeIcon which={preference} />
      </button>
      <div
        ref={menuRef}
        id={menuId}
        popover="auto"
        className="theme-menu"
        role="group"
        aria-label={t('theme')}
      >
        {THEME_PREFERENCES.map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={preference === p}
            onClick={() => setPreference(p)}
          >
            <ThemeIcon which={p} />
            {t(p)}
          </button>
        ))}
      </div>
    </div>
  );
}
