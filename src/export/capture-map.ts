import type { Map as MapLibreMap } from 'maplibre-gl';

const idle = (map: MapLibreMap) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

/**
 * A copy of the map's pixels at `pixelRatio`. The WebGL drawing buffer is only whole right
 * after a frame is drawn, so the copy is made in the 'render' event of a repaint (normal
 * rendering keeps preserveDrawingBuffer off). For another ratio the map is redrawn at that
 * ratio and set back afterwards.
 */
export async function captureMap(map: MapLibreMap, pixelRatio: number): Promise<HTMLCanvasElement> {
  const change = pixelRatio !== map.getPixelRatio();
  try {
    if (change) map.setPixelRatio(pixelRatio);
    if (change || !map.loaded()) await idle(map);
    return await new Promise<HTMLCanvasElement>((resolve, reject) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        const ctx = copy.getContext('2d');
        if (!ctx) return reject(new Error('no 2D canvas'));
        ctx.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    // The app never overrides the ratio: null gives the map back to the device's ratio.
    if (change) map.setPixelRatio(null as unknown as number);
  }
}
