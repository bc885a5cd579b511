import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { isTextEntry, SHORTCUTS } from './shortcuts';

describe('keyboard help', () => {
  it('lists the timeline keys the slider handles, and the story keys', () => {
    const all = SHORTCUTS.flatMap((g) => g.shortcuts.map((s) => s.action));
    for (const action of ['prevNextEvent', 'hour', 'day', 'startEnd', 'storyStep', 'storyLeave'])
      expect(all).toContain(action);
    for (const key of all) expect(messages.en[key]).toBeTruthy();
  });

  it('leaves "?" to text fields', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT' })).toBe(true);
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry({ tagName: 'DIV' })).toBe(false);
  });
});
