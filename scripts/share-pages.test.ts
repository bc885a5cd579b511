import { describe, expect, it } from 'vitest';
import { escapeHtml, sharePageHtml } from './share-pages';

const event = {
  id: '2016-05-16-vienna-summit',
  title: 'Vienna summit: presidents recommit to ceasefire',
  summary: 'The presidents met in Vienna <b>with</b> the co-chairs & agreed "steps".',
  start: '2016-05-16T00:00:00+02:00',
};

describe('sharePageHtml', () => {
  const html = sharePageHtml(event, 'Line of Contact');

  it('puts the title and summary in <title> and the Open Graph and Twitter tags', () => {
    expect(html).toContain(
      '<title>Vienna summit: presidents recommit to ceasefire · Line of Contact</title>',
    );
    expect(html).toContain(
      '<meta property="og:title" content="Vienna summit: presidents recommit to ceasefire" />',
    );
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).toMatch(
      /<meta property="og:description" content="The presidents met in Vienna &lt;b&gt;with/,
    );
  });

  it('sends the reader to the app at ?event=<id>, relative to the page', () => {
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=../../?event=2016-05-16-vienna-summit" />',
    );
    expect(html).toContain('<a href="../../?event=2016-05-16-vienna-summit">');
  });

  it('adds og:url only when the site address is known', () => {
    expect(html).not.toContain('og:url');
    expect(sharePageHtml(event, 'Line of Contact', 'https://example.org/loc/')).toContain(
      '<meta property="og:url" content="https://example.org/loc/?event=2016-05-16-vienna-summit" />',
    );
  });

  it('escapes text so that data never becomes markup', () => {
    expect(escapeHtml(`<script>alert("x")</script>'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;',
    );
    expect(html).not.toContain('<b>');
  });
});
