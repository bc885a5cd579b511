import type { Theme } from './theme';

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes a colour towards white (`amount` 0 to 1) or, with a negative amount, towards black. */
export function tint(hex: string, amount: number): string {
  const target = amount >= 0 ? 255 : 0;
  const t = Math.abs(amount);
  return toHex(parseHex(hex).map((c) => c + (target - c) * t) as unknown as Rgb);
}

/**
 * The colour moved just enough to reach `minRatio` against `background`: lightened on a dark
 * background, darkened on a light one. The hue stays recognisable, and a colour that already
 * contrasts enough is returned as it is.
 */
export function ensureContrast(hex: string, background: string, minRatio: number): string {
  if (contrastRatio(hex, background) >= minRatio) return hex.toLowerCase();
  const direction = luminance(background) < 0.18 ? 1 : -1;
  for (let step = 1; step <= 20; step++) {
    const moved = tint(hex, (direction * step) / 20);
    if (contrastRatio(moved, background) >= minRatio) return moved;
  }
  return direction > 0 ? '#ffffff' : '#000000';
}

/** The darkest surface dataset colours are drawn on in the dark theme (map land, panels). */
export const DARK_SURFACE = '#2b2e33';

/**
 * A dataset colour (event category, layer) as drawn in a theme: unchanged in the light theme, in
 * the dark one lifted to 3:1 against the dark surfaces (WCAG's minimum for graphics).
 */
export function themedColor(hex: string, theme: Theme): string {
  return theme === 'dark' ? ensureContrast(hex, DARK_SURFACE, 3) : hex;
}
