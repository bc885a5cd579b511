import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  DARK_SURFACE,
  ensureContrast,
  luminance,
  themedColor,
  tint,
} from './contrast';

describe('contrast', () => {
  it('measures WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // A known pair: #767676 on white is the lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(luminance('#ffffff')).toBe(1);
  });

  it('tints towards white and shades towards black', () => {
    expect(tint('#000000', 0.5)).toBe('#808080');
    expect(tint('#ffffff', -1)).toBe('#000000');
    expect(tint('#123456', 0)).toBe('#123456');
  });

  it('keeps a colour that already contrasts enough', () => {
    expect(ensureContrast('#F0E68C', '#15181c', 3)).toBe('#f0e68c');
  });

  it('lightens on a dark ground and darkens on a light one, just to the ratio asked', () => {
    const lifted = ensureContrast('#5b3f8f', '#15181c', 4.5);
    expect(contrastRatio(lifted, '#15181c')).toBeGreaterThanOrEqual(4.5);
    expect(luminance(lifted)).toBeGreaterThan(luminance('#5b3f8f'));
    // Not all the way to white: the hue is kept (blue still above green).
    expect(lifted).not.toBe('#ffffff');
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(lifted.slice(i, i + 2), 16));
    expect(b).toBeGreaterThan(g ?? 0);
    expect(r).toBeGreaterThan(g ?? 0);

    const shaded = ensureContrast('#f0c000', '#ffffff', 4.5);
    expect(contrastRatio(shaded, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(luminance(shaded)).toBeLessThan(luminance('#f0c000'));
  });

  it('leaves dataset colours alone in the light theme and lifts dark ones in the dark theme', () => {
    expect(themedColor('#5b3f8f', 'light')).toBe('#5b3f8f');
    const dark = themedColor('#5b3f8f', 'dark');
    expect(dark).not.toBe('#5b3f8f');
    expect(contrastRatio(dark, DARK_SURFACE)).toBeGreaterThanOrEqual(3);
  });
});
