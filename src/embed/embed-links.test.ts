import { describe, expect, it } from 'vitest';
import { parseUrl } from '../url/url-codec';
import { escapeAttribute, iframeSnippet, isEmbedded, viewSearch } from './embed-links';

const view = {
  event: '2016-04-02-talysh-attack',
  t: Date.parse('2016-04-02T03:00Z'),
  layers: ['line-of-contact'],
  map: { zoom: 8, lat: 40.1, lon: 46.6 },
  lang: 'hy' as const,
};

describe('embed links', () => {
  it('knows an embed from its address', () => {
    expect(isEmbedded('?event=2016-04-02-x&embed=1')).toBe(true);
    expect(isEmbedded('?embed=0')).toBe(false);
    expect(isEmbedded('')).toBe(false);
  });

  it('writes the same view with and without embed=1, keeping the dataset', () => {
    const page = '?data=https://example.org/d/dataset.json&embed=1';
    const embedded = parseUrl(viewSearch(view, page, true)).state;
    const full = parseUrl(viewSearch(view, page, false)).state;
    expect(embedded).toEqual({ data: 'https://example.org/d/dataset.json', ...view, embed: true });
    expect(full).toEqual({ data: 'https://example.org/d/dataset.json', ...view });
    expect(viewSearch(view, page, false)).not.toContain('embed');
  });

  it('makes an iframe snippet whose attributes cannot be broken out of', () => {
    expect(escapeAttribute('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
    const snippet = iframeSnippet('https://x.org/?event=e&embed=1', 'Map: "April"');
    expect(snippet).toBe(
      '<iframe src="https://x.org/?event=e&amp;embed=1" width="600" height="400" title="Map: &quot;April&quot;" loading="lazy" style="border:0"></iframe>',
    );
  });
});
