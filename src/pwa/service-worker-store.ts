import { registerSW } from 'virtual:pwa-register';
import { create } from 'zustand';

interface ServiceWorkerState {
  /** A new version is installed and waits for the reader's Reload. */
  needRefresh: boolean;
  /** The first install finished: the app now opens without the network. */
  offlineReady: boolean;
  dismissUpdate: () => void;
  dismissOfflineReady: () => void;
}

export const useServiceWorkerStore = create<ServiceWorkerState>()((set) => ({
  needRefresh: false,
  offlineReady: false,
  dismissUpdate: () => set({ needRefresh: false }),
  dismissOfflineReady: () => set({ offlineReady: false }),
}));

let activateWaiting: ((reloadPage?: boolean) => Promise<void>) | undefined;

/**
 * Registers the service worker, once per page, however often it is called.
 *
 * Not vite-plugin-pwa's `useRegisterSW`: that registers inside a state initializer, which React
 * may run again for a render it throws away. Each run made a new Workbox, and the one whose state
 * React kept often registered after the browser had reported the install it watches for, so the
 * "works offline" notice never came (3 of 4 runs of the e2e deployment test here).
 */
export function startServiceWorker(
  onRegistered?: (registration: ServiceWorkerRegistration) => void,
): void {
  if (activateWaiting) return;
  activateWaiting = registerSW({
    immediate: false,
    onNeedRefresh: () => useServiceWorkerStore.setState({ needRefresh: true }),
    onOfflineReady: () => useServiceWorkerStore.setState({ offlineReady: true }),
    onRegisteredSW: (_url, registration) => {
      if (registration) onRegistered?.(registration);
    },
  });
}

/** Tells the waiting version to take over (resolves once the message is sent). */
export function activateWaitingVersion(): Promise<void> {
  return activateWaiting?.() ?? Promise.resolve();
}
