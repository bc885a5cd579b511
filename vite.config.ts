import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/csp';
import { eventsShapeCheck } from './scripts/events-shape-check';
import { progressiveWebApp } from './scripts/pwa';
import { sharePages } from './scripts/share-pages';

// BASE_PATH lets the same build be served from a sub-path (e.g. /line-of-contact/); SITE_URL
// (optional, absolute) adds og:url to the per-event share pages.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    contentSecurityPolicy(),
    eventsShapeCheck(),
    sharePages({
      dataDir: 'public/data',
      siteName: 'Line of Contact',
      siteUrl: process.env.SITE_URL,
    }),
    progressiveWebApp({ publicDir: 'public' }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit-results.json' },
  },
});
