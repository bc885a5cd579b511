import type { messages } from './messages';

type HelpKey = keyof (typeof messages)['en'];

/**
 * Every keyboard shortcut of the app, by where it works. Keys are keycap labels; alternatives
 * are separate entries, a combination is written "Shift + ←". "{space}" is the space bar.
 */
export interface ShortcutGroup {
  title: HelpKey;
  shortcuts: { keys: string[]; action: HelpKey }[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'groupGeneral',
    shortcuts: [
      { keys: ['?'], action: 'showHelp' },
      { keys: ['Esc'], action: 'escape' },
      { keys: ['Tab', 'Shift + Tab'], action: 'tab' },
    ],
  },
  {
    title: 'groupTimeline',
    shortcuts: [
      { keys: ['← / →', '↓ / ↑'], action: 'prevNextEvent' },
      { keys: ['Shift + ← / →'], action: 'hour' },
      { keys: ['Page Up / Page Down'], action: 'day' },
      { keys: ['Home / End'], action: 'startEnd' },
    ],
  },
  {
    title: 'groupList',
    shortcuts: [{ keys: ['Enter', '{space}'], action: 'selectEvent' }],
  },
  {
    title: 'groupMap',
    shortcuts: [
      { keys: ['← ↑ → ↓'], action: 'pan' },
      { keys: ['+ / −'], action: 'zoom' },
    ],
  },
  {
    title: 'groupStory',
    shortcuts: [
      { keys: ['← / →'], action: 'storyStep' },
      { keys: ['Esc'], action: 'storyLeave' },
    ],
  },
];

/** Whether a key press belongs to a text field (where "?" is typed, not a command). */
export function isTextEntry(target: {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}): boolean {
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const nonText = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'];
  return !nonText.includes((target.type ?? 'text').toLowerCase());
}
