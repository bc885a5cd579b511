// One static page per event (/e/<id>/index.html) with the event's title and summary in <title>
// and in Open Graph / Twitter meta tags, so that a link pasted into a messenger shows the
// event. The page sends the reader on to the app at ?event=<id> (no script: a meta refresh
// and a plain link), relative to itself so that it works under any sub-path.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface ShareEvent {
  id: string;
  title: string;
  summary: string;
  start: string;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function excerpt(text: string, max = 280): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** The share page of one event. `siteUrl` (absolute, optional) adds og:url and og:image-free canonical. */
export function sharePageHtml(event: ShareEvent, siteName: string, siteUrl?: string): string {
  const target = `../../?event=${encodeURIComponent(event.id)}`;
  const title = escapeHtml(`${event.title} · ${siteName}`);
  const description = escapeHtml(excerpt(event.summary));
  const absolute = siteUrl
    ? new URL(`?event=${encodeURIComponent(event.id)}`, siteUrl).href
    : undefined;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <meta name="description" content="${description}" />
    <meta property="og:type" content="article" />
    <meta property="og:site_name" content="${escapeHtml(siteName)}" />
    <meta property="og:title" content="${escapeHtml(event.title)}" />
    <meta property="og:description" content="${description}" />
    ${absolute ? `<meta property="og:url" content="${escapeHtml(absolute)}" />\n    <link rel="canonical" href="${escapeHtml(absolute)}" />` : ''}
    <meta name="twitter:card" content="summary" />
    <meta name="twitter:title" content="${escapeHtml(event.title)}" />
    <meta name="twitter:description" content="${description}" />
    <meta http-equiv="refresh" content="0; url=${escapeHtml(target)}" />
    <link rel="icon" href="data:," />
  </head>
  <body>
    <h1>${escapeHtml(event.title)}</h1>
    <p>${description}</p>
    <p><a href="${escapeHtml(target)}">Open this event on the map</a></p>
  </body>
</html>
`;
}

/** Vite plugin: writes the share pages into the build's output folder. */
export function sharePages(options: {
  dataDir: string;
  siteName: string;
  siteUrl?: string;
}): Plugin {
  let outDir = 'dist';
  return {
    name: 'line-of-contact-share-pages',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      const events = JSON.parse(readFileSync(join(options.dataDir, 'events.geojson'), 'utf8')) as {
        features: { id: string; properties: { title: string; summary: string; start: string } }[];
      };
      for (const f of events.features) {
        const dir = join(outDir, 'e', f.id);
        mkdirSync(dir, { recursive: true });
        writeFileSync(
          join(dir, 'index.html'),
          sharePageHtml({ id: f.id, ...f.properties }, options.siteName, options.siteUrl),
        );
      }
    },
  };
}
