import { formatUrlTime } from '../url/url-codec';

/** Width of a text in a font, in CSS pixels (a canvas's measureText in the app, a stub in tests). */
export type Measure = (text: string, font: string) => number;

const FAMILY = "system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Armenian', sans-serif";
export const FONTS = {
  time: `600 15px ${FAMILY}`,
  title: `600 14px ${FAMILY}`,
  legend: `12px ${FAMILY}`,
  attribution: `10px ${FAMILY}`,
} as const;
const LINE = { time: 20, title: 18, legend: 17, attribution: 13 } as const;

/** Outer margin of the boxes, their padding, the legend's swatch and column gap (CSS px). */
const MARGIN = 10;
const PAD = 8;
export const SWATCH = 18;
const SWATCH_GAP = 6;
const COLUMN_GAP = 14;
const HEADER_MAX_WIDTH = 440;
const TITLE_MAX_LINES = 3;

/** "line-of-contact-2016-04-02T0300Z.png": the cursor time in UTC, safe in any file system. */
export function exportFileName(ms: number): string {
  return `line-of-contact-${formatUrlTime(ms).replace(':', '')}.png`;
}

/**
 * Breaks a text into lines no wider than maxWidth, at spaces, or inside a word that is too long
 * by itself. Past maxLines the last line ends with "…".
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    while (measure(word) > maxWidth && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && measure(word.slice(0, cut)) > maxWidth) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (measure(last) > maxWidth && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

export interface LegendEntry {
  label: string;
  color: string;
  kind: 'dot' | 'line' | 'area' | 'axis';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line of text, drawn with textBaseline 'top'. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  font: string;
}

export interface OverlayLayout {
  header: Box & { texts: TextRun[] };
  legend: (Box & { entries: { entry: LegendEntry; swatch: Box; text: TextRun }[] }) | null;
  attribution: Box & { texts: TextRun[] };
}

export interface OverlayInput {
  /** The map's size in CSS pixels. */
  width: number;
  height: number;
  /** The cursor time as the timeline shows it, with its zone. */
  time: string;
  title?: string;
  legend: readonly LegendEntry[];
  attribution: readonly string[];
  measure: Measure;
}

/**
 * Where the burned-in texts go, in CSS pixels of the map: time and title in a box at the top
 * left, the legend in a box at the bottom left (in as many columns as it needs to fit), and the
 * credits in a strip along the bottom edge, as on the map.
 */
export function layoutOverlay(input: OverlayInput): OverlayLayout {
  const { width, height, measure } = input;

  const creditLines = wrapText(input.attribution.join(' | '), width - 2 * PAD, (s) =>
    measure(s, FONTS.attribution),
  );
  const creditHeight = creditLines.length * LINE.attribution + PAD;
  const attribution = {
    x: 0,
    y: height - creditHeight,
    width,
    height: creditHeight,
    texts: creditLines.map((text, i) => ({
      text,
      x: PAD,
      y: height - creditHeight + PAD / 2 + i * LINE.attribution,
      font: FONTS.attribution,
    })),
  };

  const headerMax = Math.min(width - 2 * MARGIN, HEADER_MAX_WIDTH) - 2 * PAD;
  const titleLines = input.title
    ? wrapText(input.title, headerMax, (s) => measure(s, FONTS.title), TITLE_MAX_LINES)
    : [];
  const headerTexts: TextRun[] = [
    { text: input.time, x: MARGIN + PAD, y: MARGIN + PAD, font: FONTS.time },
    ...titleLines.map((text, i) => ({
      text,
      x: MARGIN + PAD,
      y: MARGIN + PAD + LINE.time + i * LINE.title,
      font: FONTS.title,
    })),
  ];
  const headerWidth =
    Math.min(headerMax, Math.max(...headerTexts.map((t) => measure(t.text, t.font)))) + 2 * PAD;
  const header = {
    x: MARGIN,
    y: MARGIN,
    width: headerWidth,
    height: LINE.time + titleLines.length * LINE.title + 2 * PAD,
    texts: headerTexts,
  };

  return {
    header,
    legend: layoutLegend(input, header.y + header.height + MARGIN, attribution.y - MARGIN),
    attribution,
  };
}

/** The legend box between top and bottom, with the fewest columns that fit. */
function layoutLegend(input: OverlayInput, top: number, bottom: number) {
  const { legend, measure, width } = input;
  if (legend.length === 0) return null;
  const maxWidth = width - 2 * MARGIN;
  const itemWidths = legend.map((e) => SWATCH + SWATCH_GAP + measure(e.label, FONTS.legend));
  const sizeFor = (columns: number) => {
    const rows = Math.ceil(legend.length / columns);
    const columnWidths = Array.from({ length: columns }, (_, c) =>
      Math.max(0, ...itemWidths.slice(c * rows, (c + 1) * rows)),
    );
    return {
      rows,
      columnWidths,
      width: columnWidths.reduce((a, b) => a + b, 0) + (columns - 1) * COLUMN_GAP + 2 * PAD,
      height: rows * LINE.legend + 2 * PAD,
    };
  };
  let columns = 1;
  let size = sizeFor(1);
  while (size.height > bottom - top && columns < legend.length) {
    const wider = sizeFor(columns + 1);
    if (wider.width > maxWidth) break;
    columns += 1;
    size = wider;
  }
  const boxWidth = Math.min(size.width, maxWidth);
  const box = { x: MARGIN, y: bottom - size.height, width: boxWidth, height: size.height };
  const entries = legend.map((entry, i) => {
    const column = Math.floor(i / size.rows);
    const row = i % size.rows;
    const x =
      box.x + PAD + size.columnWidths.slice(0, column).reduce((a, b) => a + b + COLUMN_GAP, 0);
    const y = box.y + PAD + row * LINE.legend;
    return {
      entry,
      swatch: { x, y: y + 2, width: SWATCH, height: LINE.legend - 6 },
      text: { text: entry.label, x: x + SWATCH + SWATCH_GAP, y: y + 1, font: FONTS.legend },
    };
  });
  return { ...box, entries };
}
