/** The map's two font stacks; their glyph files are bundled under public/glyphs/. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
