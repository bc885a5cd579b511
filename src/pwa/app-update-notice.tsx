import { useEffect } from 'react';
import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';
import {
  OFFLINE_READY_VISIBLE_MS,
  SWITCH_FALLBACK_MS,
  UPDATE_CHECK_INTERVAL_MS,
  updateCheckDue,
  visibleNotice,
} from './notice-state';
import {
  activateWaitingVersion,
  startServiceWorker,
  useServiceWorkerStore,
} from './service-worker-store';
import './app-update-notice.css';

/** Asks the server for a new version now and then while the app stays open. */
function checkForUpdatesNowAndThen(registration: ServiceWorkerRegistration) {
  let lastCheck = Date.now();
  const check = () => {
    if (!updateCheckDue(lastCheck, Date.now(), navigator.onLine)) return;
    lastCheck = Date.now();
    registration.update().catch(() => undefined);
  };
  setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

/**
 * Reload button: tells the waiting version to take over and reloads once it has. The reload is
 * not left to Workbox's 'controlling' event alone, which does not always fire (for instance when
 * the new version was already waiting before this page opened); a late fallback reloads anyway.
 */
async function switchToNewVersion(activateWaiting: () => Promise<void>) {
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) {
    reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
  waiting.addEventListener('statechange', () => {
    if (waiting.state === 'activated') reload();
  });
  // Workbox's helper only messages a worker that this page saw install; one that was already
  // waiting when the page opened must be told directly (the generated worker listens for this).
  waiting.postMessage({ type: 'SKIP_WAITING' });
  await activateWaiting();
  setTimeout(reload, SWITCH_FALLBACK_MS);
}

/**
 * Registers the service worker (after the page has loaded) and says, politely, when a new
 * version is waiting ("Reload" switches to it) or when the app has become usable offline.
 */
export function AppUpdateNotice() {
  const t = useMessages(messages);
  const needRefresh = useServiceWorkerStore((s) => s.needRefresh);
  const offlineReady = useServiceWorkerStore((s) => s.offlineReady);
  const dismissUpdate = useServiceWorkerStore((s) => s.dismissUpdate);
  const dismissOfflineReady = useServiceWorkerStore((s) => s.dismissOfflineReady);
  const notice = visibleNotice({ needRefresh, offlineReady });

  useEffect(() => startServiceWorker(checkForUpdatesNowAndThen), []);

  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(dismissOfflineReady, OFFLINE_READY_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, dismissOfflineReady]);

  return (
    <div className="pwa-notices" role="status" aria-label={t('notices')}>
      {notice === 'update' && (
        <div className="pwa-notice">
          <p>{t('updateAvailable')}</p>
          <div className="pwa-notice-actions">
            <button
              type="button"
              className="pwa-reload"
              onClick={() => void switchToNewVersion(activateWaitingVersion)}
            >
              {t('reload')}
            </button>
            <button type="button" onClick={dismissUpdate}>
              {t('dismiss')}
            </button>
          </div>
        </div>
      )}
      {notice === 'offline-ready' && (
        <div className="pwa-notice pwa-notice-quiet">
          <p>{t('offlineReady')}</p>
          <div className="pwa-notice-actions">
            <button type="button" onClick={dismissOfflineReady}>
              {t('dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
