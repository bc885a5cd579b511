/**
 * Absolute URL of the app's root (Vite's `base`, resolved against the page), ending in '/'.
 * MapLibre needs absolute URLs for sources and glyphs; everything hangs off this one root so
 * that the app works under any sub-path.
 */
export function appRoot(
  base: string = import.meta.env.BASE_URL,
  page: string = location.href,
): string {
  const url = new URL(base, page);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export function dataRoot(root: string = appRoot()): string {
  return new URL('data/', root).href;
}
