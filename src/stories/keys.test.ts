import { describe, expect, it } from 'vitest';
import { usesArrowKeys, type KeyTarget } from './keys';

const el = (
  tagName: string,
  attrs: Record<string, string> = {},
  extra: Partial<KeyTarget> = {},
): KeyTarget => ({
  tagName,
  getAttribute: (name) => attrs[name] ?? null,
  closest: () => null,
  ...extra,
});

describe('which focused elements keep the arrow keys for themselves', () => {
  it('text fields, selects and the timeline slider do', () => {
    expect(usesArrowKeys(el('INPUT'))).toBe(true);
    expect(usesArrowKeys(el('INPUT', { type: 'search' }))).toBe(true);
    expect(usesArrowKeys(el('TEXTAREA'))).toBe(true);
    expect(usesArrowKeys(el('SELECT'))).toBe(true);
    expect(usesArrowKeys(el('DIV', { role: 'slider' }))).toBe(true);
    expect(usesArrowKeys(el('DIV', {}, { isContentEditable: true }))).toBe(true);
  });

  it('the map canvas does (it pans with them)', () => {
    expect(usesArrowKeys(el('CANVAS', {}, { closest: () => ({}) }))).toBe(true);
  });

  it('buttons, checkboxes, headings and the page do not', () => {
    expect(usesArrowKeys(el('BUTTON'))).toBe(false);
    expect(usesArrowKeys(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(usesArrowKeys(el('H2'))).toBe(false);
    expect(usesArrowKeys(el('BODY'))).toBe(false);
    expect(usesArrowKeys(null)).toBe(false);
  });
});
