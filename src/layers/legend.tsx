import { useId, useState } from 'react';
import type { LayerInfo } from '../data/schema';
import { palette } from '../map/style/palette';

interface LegendProps {
  layers: readonly LayerInfo[];
  /** Open on wide screens, closed on phones where the map needs the room. */
  initiallyOpen: boolean;
}

export function Legend({ layers, initiallyOpen }: LegendProps) {
  return (
    <details className="legend" open={initiallyOpen}>
      <summary>Legend</summary>
      <ul>
        {layers.map((layer) => (
          <LayerEntry key={layer.id} layer={layer} />
        ))}
        <li>
          <span
            className="swatch swatch-area"
            style={{ background: palette.karabakhArea, borderColor: palette.karabakhAreaOutline }}
            aria-hidden="true"
          />
          <span>Area held by Armenian forces, 1994–2020</span>
        </li>
        <li>
          <span
            className="swatch swatch-dashed"
            style={{ borderColor: palette.otherDisputedOutline }}
            aria-hidden="true"
          />
          <span>Other breakaway or disputed area</span>
        </li>
        <li>
          <span
            className="swatch swatch-line"
            style={{ background: palette.border }}
            aria-hidden="true"
          />
          <span>International border</span>
        </li>
        <li>
          <span
            className="swatch swatch-dot"
            style={{ background: palette.capital }}
            aria-hidden="true"
          />
          <span>Capital</span>
        </li>
        <li>
          <span
            className="swatch swatch-dot"
            style={{ background: palette.venue }}
            aria-hidden="true"
          />
          <span>Venue of the diplomacy</span>
        </li>
      </ul>
    </details>
  );
}

function LayerEntry({ layer }: { layer: LayerInfo }) {
  const [showAbout, setShowAbout] = useState(false);
  const aboutId = useId();
  return (
    <li className="legend-layer">
      <span
        className="swatch swatch-line swatch-strong"
        style={{ background: layer.color }}
        aria-hidden="true"
      />
      <span>{layer.label}</span>
      <button
        type="button"
        className="about-toggle"
        aria-expanded={showAbout}
        aria-controls={aboutId}
        onClick={() => setShowAbout((v) => !v)}
      >
        About<span className="visually-hidden"> the {layer.label}</span>
      </button>
      <p id={aboutId} className="legend-about" hidden={!showAbout}>
        {layer.about}
      </p>
    </li>
  );
}
