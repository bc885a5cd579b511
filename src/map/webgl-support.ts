/** True when the browser can give MapLibre a WebGL context (WebGL2, or WebGL1 as a fallback). */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // The probe's context is given back at once: the browser keeps only a few alive, and in
    // software rendering each holds its own buffers.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}
