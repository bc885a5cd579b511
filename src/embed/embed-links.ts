import { parseUrl, serializeUrl, type UrlState } from '../url/url-codec';

/** True when the page was opened as an embed (embed=1). */
export function isEmbedded(search: string): boolean {
  return parseUrl(search).state.embed === true;
}

/**
 * The query string for a view, with or without embed=1. The dataset (?data=) never changes
 * while a page is open, so it is taken from the page's own address.
 */
export function viewSearch(view: UrlState, pageSearch: string, embed: boolean): string {
  const { data } = parseUrl(pageSearch).state;
  return serializeUrl({ data, ...view, embed: embed || undefined });
}

/** Text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export const EMBED_WIDTH = 600;
export const EMBED_HEIGHT = 400;

/** The HTML a publisher pastes into an article. */
export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${escapeAttribute(src)}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" title="${escapeAttribute(title)}" loading="lazy" style="border:0"></iframe>`;
}
