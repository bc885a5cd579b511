import './export.css';
import { useId, useState } from 'react';
import type { Manifest, StoryEvent } from '../data/schema';
import { useLocaleStore } from '../i18n/locale-store';
import { useMessages } from '../i18n/use-messages';
import { currentMap } from '../map/current-map';
import { useUiStore } from '../state/ui-store';
import { formatInstant } from '../timeline/time-format';
import { captureMap } from './capture-map';
import { drawOverlay } from './draw-overlay';
import { exportFileName, layoutOverlay } from './export-layout';
import { attributionLines, legendEntries } from './legend-entries';
import { messages } from './messages';

export interface ExportFormProps {
  manifest: Manifest;
  events: readonly StoryEvent[];
}

/** The export dialog's content: the resolution, and the button that makes and saves the PNG. */
export function ExportForm({ manifest, events }: ExportFormProps) {
  const t = useMessages(messages);
  const name = useId();
  const [scale, setScale] = useState<1 | 2>(1);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [map] = useState(currentMap);

  const size = (s: number) => {
    const ratio = (map?.getPixelRatio() ?? 1) * s;
    const container = map?.getContainer();
    return {
      w: Math.round((container?.clientWidth ?? 0) * ratio),
      h: Math.round((container?.clientHeight ?? 0) * ratio),
    };
  };

  const save = async () => {
    if (!map) return;
    setBusy(true);
    setStatus(t('working'));
    try {
      const blob = await renderImage(map, map.getPixelRatio() * scale, manifest, events);
      const fileName = exportFileName(useUiStore.getState().time);
      downloadBlob(blob, fileName);
      setStatus(t('saved', { name: fileName }));
    } catch (e) {
      setStatus(t('failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <fieldset className="export-sizes" disabled={!map}>
        <legend>{t('resolution')}</legend>
        {([1, 2] as const).map((s) => (
          <label key={s}>
            <input type="radio" name={name} checked={scale === s} onChange={() => setScale(s)} />
            {t(s === 1 ? 'screen' : 'double', size(s))}
          </label>
        ))}
      </fieldset>
      <p className="modal-actions">
        {/* Not disabled while busy: a disabled button would drop the focus out of the dialog. */}
        <button
          type="button"
          disabled={!map}
          aria-disabled={busy}
          onClick={() => !busy && void save()}
        >
          {t('save')}
        </button>
        <span role="status" className="share-status">
          {map ? status : t('noMap')}
        </span>
      </p>
      <p className="modal-note">{t('note')}</p>
    </>
  );
}

type MapLibreMap = NonNullable<ReturnType<typeof currentMap>>;

async function renderImage(
  map: MapLibreMap,
  pixelRatio: number,
  manifest: Manifest,
  events: readonly StoryEvent[],
): Promise<Blob> {
  const canvas = await captureMap(map, pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const container = map.getContainer();
  const width = Math.floor(container.clientWidth);
  const height = Math.floor(container.clientHeight);
  const s = useUiStore.getState();
  const selected = s.selectedId ? events.find((e) => e.id === s.selectedId) : undefined;
  const layout = layoutOverlay({
    width,
    height,
    time: formatInstant(
      s.time,
      manifest.timeZone.offsetMinutes,
      'minute',
      useLocaleStore.getState().locale,
    ),
    title: selected?.properties.title,
    legend: legendEntries(manifest, s.visibleLayers, s.filters.categories),
    attribution: attributionLines(
      container.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent,
      manifest.attribution,
    ),
    measure: (text, font) => {
      ctx.font = font;
      return ctx.measureText(text).width;
    },
  });
  drawOverlay(ctx, layout, canvas.width / width);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** Saves through a same-document object URL (allowed by the app's CSP, nothing leaves the page). */
function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
