/** Where the dataset comes from: the bundled one, or another one named by ?data=<url>. */
export type DataSource =
  | { kind: 'bundled'; manifestUrl: string }
  | { kind: 'remote'; manifestUrl: string; param: string }
  | { kind: 'refused'; manifestUrl: string; param: string; reason: 'not-a-url' | 'not-https' };

/**
 * Reads ?data=<url>. A dataset may come from the app's own origin or over https from
 * elsewhere; anything else (http from another origin, javascript:, file:…) is refused and the
 * bundled dataset is shown instead.
 */
export function dataSourceFrom(search: string, pageHref: string, bundledBase: string): DataSource {
  const bundled = new URL('dataset.json', bundledBase).href;
  let param: string | null;
  try {
    param = new URLSearchParams(search).get('data');
  } catch {
    param = null;
  }
  if (!param) return { kind: 'bundled', manifestUrl: bundled };
  let url: URL;
  try {
    url = new URL(param, pageHref);
  } catch {
    return { kind: 'refused', manifestUrl: bundled, param, reason: 'not-a-url' };
  }
  const sameOrigin = url.origin === new URL(pageHref).origin;
  if (!sameOrigin && url.protocol !== 'https:') {
    return {
      kind: 'refused',
      manifestUrl: bundled,
      param,
      reason: 'not-https',
    };
  }
  if (!url.pathname.endsWith('.json')) {
    url.pathname = url.pathname.endsWith('/')
      ? `${url.pathname}dataset.json`
      : `${url.pathname}/dataset.json`;
  }
  return { kind: 'remote', manifestUrl: url.href, param };
}
