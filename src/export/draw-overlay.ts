import type { LegendEntry, OverlayLayout, TextRun } from './export-layout';

const INK = '#1f2933';
const MUTED = '#3e4c59';
const PANEL = 'rgba(255, 255, 255, 0.92)';
const STRIP = 'rgba(255, 255, 255, 0.8)';

/** Draws the laid-out boxes onto the image; `scale` turns CSS pixels into image pixels. */
export function drawOverlay(ctx: CanvasRenderingContext2D, layout: OverlayLayout, scale: number) {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.textBaseline = 'top';

  const panel = (b: { x: number; y: number; width: number; height: number }, fill = PANEL) => {
    ctx.fillStyle = fill;
    ctx.beginPath();
    ctx.roundRect(b.x, b.y, b.width, b.height, fill === PANEL ? 6 : 0);
    ctx.fill();
    if (fill === PANEL) {
      ctx.strokeStyle = 'rgba(31, 41, 51, 0.25)';
      ctx.lineWidth = 1;
      ctx.stroke();
    }
  };
  const text = (t: TextRun, color: string) => {
    ctx.font = t.font;
    ctx.fillStyle = color;
    ctx.fillText(t.text, t.x, t.y);
  };

  panel(layout.header);
  layout.header.texts.forEach((t, i) => text(t, i === 0 ? '#8a1020' : INK));

  if (layout.legend) {
    panel(layout.legend);
    for (const { entry, swatch, text: label } of layout.legend.entries) {
      drawSwatch(ctx, entry, swatch);
      text(label, INK);
    }
  }

  panel(layout.attribution, STRIP);
  for (const t of layout.attribution.texts) text(t, MUTED);
  ctx.restore();
}

/** The same marks as the on-screen legend: a dot, a line, a dashed area or a faint axis. */
function drawSwatch(
  ctx: CanvasRenderingContext2D,
  entry: LegendEntry,
  b: { x: number; y: number; width: number; height: number },
) {
  const midY = b.y + b.height / 2;
  ctx.save();
  switch (entry.kind) {
    case 'dot':
      ctx.fillStyle = entry.color;
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.arc(b.x + b.width / 2, midY, 5, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
      break;
    case 'area':
      ctx.fillStyle = `${entry.color}59`;
      ctx.fillRect(b.x, b.y, b.width, b.height);
      ctx.strokeStyle = entry.color;
      ctx.setLineDash([3, 2]);
      ctx.lineWidth = 1.5;
      ctx.strokeRect(b.x, b.y, b.width, b.height);
      break;
    case 'line':
    case 'axis':
      ctx.globalAlpha = entry.kind === 'axis' ? 0.55 : 1;
      ctx.fillStyle = entry.color;
      ctx.fillRect(b.x, midY - 2, b.width, 4);
      break;
  }
  ctx.restore();
}
