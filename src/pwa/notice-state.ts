/** How often an open app asks the server whether a new version was deployed. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Whether to check for a new service worker now: not while offline (the check would only
 * fail) and not more often than the interval (returning to the tab also asks for a check).
 */
export function updateCheckDue(
  lastCheckMs: number,
  nowMs: number,
  online: boolean,
  intervalMs: number = UPDATE_CHECK_INTERVAL_MS,
): boolean {
  return online && nowMs - lastCheckMs >= intervalMs;
}

export type PwaNotice = 'update' | 'offline-ready' | null;

/** One notice at a time: a waiting new version matters more than "works offline". */
export function visibleNotice(state: { needRefresh: boolean; offlineReady: boolean }): PwaNotice {
  if (state.needRefresh) return 'update';
  if (state.offlineReady) return 'offline-ready';
  return null;
}

/** The "works offline" notice goes away by itself; the update notice waits for the reader. */
export const OFFLINE_READY_VISIBLE_MS = 8000;

/** After Reload, how long to wait for the new version to take over before reloading anyway. */
export const SWITCH_FALLBACK_MS = 10_000;
