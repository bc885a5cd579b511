import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { AfterLoad } from './app/after-load';
import { startLoadingDataset } from './data/start-loading';
import './app/app.css';

startLoadingDataset();

// The service worker is registered once the page has loaded, so that it does not compete with
// the first paint (as Workbox advises).
const AppUpdateNotice = lazy(() =>
  import('./pwa/app-update-notice').then((m) => ({ default: m.AppUpdateNotice })),
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <Providers>
      <App />
      <AfterLoad>
        <Suspense fallback={null}>
          <AppUpdateNotice />
        </Suspense>
      </AfterLoad>
    </Providers>
  </StrictMode>,
);
