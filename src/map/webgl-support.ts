/** True when the browser can give MapLibre a WebGL context (WebGL2, or WebGL1 as a fallback). */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
