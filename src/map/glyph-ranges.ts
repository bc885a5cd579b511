/**
 * MapLibre loads glyphs in files of 256 code points, each named by its first and last code point
 * ("0-255", "1280-1535"). These name the files that texts need.
 */

/** The glyph files the characters of these texts fall in, in code point order, once each. */
export function glyphRanges(texts: Iterable<string>): string[] {
  const starts = new Set<number>();
  for (const text of texts) {
    for (const char of text) starts.add(Math.floor((char.codePointAt(0) ?? 0) / 256) * 256);
  }
  return [...starts].sort((a, b) => a - b).map((start) => `${start}-${start + 255}`);
}

/** The URLs of glyph files, filled into a style's `glyphs` template as MapLibre fills it. */
export function glyphUrls(
  template: string,
  rangesByFont: Readonly<Record<string, readonly string[]>>,
): string[] {
  return Object.entries(rangesByFont).flatMap(([font, ranges]) =>
    ranges.map((range) => template.replace('{fontstack}', font).replace('{range}', range)),
  );
}
