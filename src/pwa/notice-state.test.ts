import { describe, expect, it } from 'vitest';
import { UPDATE_CHECK_INTERVAL_MS, updateCheckDue, visibleNotice } from './notice-state';

describe('updateCheckDue', () => {
  const last = Date.parse('2026-01-01T10:00:00Z');

  it('checks once the interval has passed, and only online', () => {
    expect(updateCheckDue(last, last + UPDATE_CHECK_INTERVAL_MS, true)).toBe(true);
    expect(updateCheckDue(last, last + UPDATE_CHECK_INTERVAL_MS - 1, true)).toBe(false);
    expect(updateCheckDue(last, last + 10 * UPDATE_CHECK_INTERVAL_MS, false)).toBe(false);
  });

  it('takes another interval', () => {
    expect(updateCheckDue(last, last + 5_000, true, 5_000)).toBe(true);
    expect(updateCheckDue(last, last + 4_999, true, 5_000)).toBe(false);
  });
});

describe('visibleNotice', () => {
  it('shows a waiting update before "works offline", and nothing when neither', () => {
    expect(visibleNotice({ needRefresh: true, offlineReady: true })).toBe('update');
    expect(visibleNotice({ needRefresh: false, offlineReady: true })).toBe('offline-ready');
    expect(visibleNotice({ needRefresh: false, offlineReady: false })).toBeNull();
  });
});
