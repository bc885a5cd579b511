// The app's icons, rendered from public/icon.svg: `npm run build-icons` rewrites the PNGs in
// public/ (committed, so that a build needs no image tooling).
import { defineConfig, type Preset } from '@vite-pwa/assets-generator/config';

const TILE = '#f3f0e8';

const preset: Preset = {
  transparent: { sizes: [64, 192, 512], padding: 0, favicons: [] },
  // Maskable icons are cropped to a circle or squircle by the launcher: keep the line inside
  // the safe zone and fill the rest with the tile's colour.
  maskable: { sizes: [512], padding: 0.2, resizeOptions: { background: TILE } },
  apple: { sizes: [180], padding: 0.1, resizeOptions: { background: TILE } },
};

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset,
  images: ['public/icon.svg'],
});
