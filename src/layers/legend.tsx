import { useId, useState } from 'react';
import { useUiStore } from '../state/ui-store';
import { defaultVisibleLayers, visibleLayerSet } from '../state/selectors';
import type { LayerInfo, Manifest } from '../data/schema';
import { MAP_PALETTES } from '../map/style/palette';
import { AGE_BANDS } from '../map/style/time-expressions';
import { themedColor } from '../theme/contrast';
import { useTheme } from '../theme/theme-store';
import { messages } from './messages';
import { useMessages } from '../i18n/use-messages';

interface LegendProps {
  manifest: Manifest;
  /** Open on wide screens, closed on phones where the map needs the room. */
  initiallyOpen: boolean;
}

export function Legend({ manifest, initiallyOpen }: LegendProps) {
  const t = useMessages(messages);
  const storeOpen = useUiStore((s) => s.legendOpen);
  const setLegendOpen = useUiStore((s) => s.setLegendOpen);
  const [touched, setTouched] = useState(false);
  const open = touched ? storeOpen : initiallyOpen && storeOpen;
  const theme = useTheme();
  const palette = MAP_PALETTES[theme];
  return (
    <details
      className="legend"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) {
          setTouched(true);
          setLegendOpen(now);
        }
      }}
    >
      <summary>{t('legend')}</summary>
      <h2 className="legend-heading">{t('events')}</h2>
      <ul aria-label={t('eventCategories')} className="legend-categories">
        {manifest.categories.map((c) => (
          <li key={c.id}>
            <span
              className="swatch swatch-dot"
              style={{ background: themedColor(c.color, theme) }}
              aria-hidden="true"
            />
            <span lang={manifest.language}>{c.label}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note">
        {t('ageNote', { hours: AGE_BANDS[0].toHours, days: AGE_BANDS[2].fromHours / 24 })}
      </p>
      <h2 className="legend-heading">{t('layers')}</h2>
      <ul>
        {manifest.layers.map((layer) => (
          <LayerEntry
            key={layer.id}
            layer={layer}
            layers={manifest.layers}
            lang={manifest.language}
          />
        ))}
        <li>
          <span
            className="swatch swatch-area"
            style={{ background: palette.karabakhArea, borderColor: palette.karabakhAreaOutline }}
            aria-hidden="true"
          />
          <span>{t('heldArea')}</span>
        </li>
        <li>
          <span
            className="swatch swatch-dashed"
            style={{ borderColor: palette.otherDisputedOutline }}
            aria-hidden="true"
          />
          <span>{t('otherDisputed')}</span>
        </li>
        <li>
          <span
            className="swatch swatch-line"
            style={{ background: palette.border }}
            aria-hidden="true"
          />
          <span>{t('border')}</span>
        </li>
        <li>
          <span
            className="swatch swatch-dot"
            style={{ background: palette.capital }}
            aria-hidden="true"
          />
          <span>{t('capital')}</span>
        </li>
        <li>
          <span
            className="swatch swatch-dot"
            style={{
              background: palette.labelHalo,
              boxShadow: `inset 0 0 0 2px ${palette.venue}`,
            }}
            aria-hidden="true"
          />
          <span>{t('venue')}</span>
        </li>
      </ul>
    </details>
  );
}

/** A layer's switch (a checkbox named after the layer), its swatch and its provenance. */
function LayerEntry({
  layer,
  layers,
  lang,
}: {
  layer: LayerInfo;
  layers: readonly LayerInfo[];
  /** The dataset's language: the layer's label and note are its text. */
  lang: string;
}) {
  const t = useMessages(messages);
  const [showAbout, setShowAbout] = useState(false);
  const aboutId = useId();
  const chosen = useUiStore((s) => s.visibleLayers);
  const setLayerVisible = useUiStore((s) => s.setLayerVisible);
  const visible = visibleLayerSet(chosen, layers).has(layer.id);
  const color = themedColor(layer.color, useTheme());
  return (
    <li className="legend-layer">
      <span
        className={`swatch ${layer.kind === 'area' ? 'swatch-area' : 'swatch-line swatch-strong'}`}
        style={
          layer.kind === 'area'
            ? { background: `${color}59`, borderColor: color }
            : { background: color, opacity: layer.kind === 'axis' ? 0.55 : 1 }
        }
        aria-hidden="true"
      />
      <label className="layer-toggle" lang={lang}>
        <input
          type="checkbox"
          checked={visible}
          onChange={(e) =>
            setLayerVisible(layer.id, e.target.checked, defaultVisibleLayers(layers))
          }
        />
        {layer.label}
      </label>
      <button
        type="button"
        className="about-toggle"
        aria-expanded={showAbout}
        aria-controls={aboutId}
        onClick={() => setShowAbout((v) => !v)}
      >
        <span aria-hidden="true">i</span>
        <span className="visually-hidden">{t('aboutLayer', { layer: layer.label })}</span>
      </button>
      <p id={aboutId} className="legend-about" hidden={!showAbout} lang={lang}>
        {layer.about}
      </p>
    </li>
  );
}
