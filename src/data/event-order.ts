/**
 * The dataset's time order: start, then id. Ids are compared by code unit, not by locale, so
 * that the order is the same in every browser and language (and no collator runs on each tie).
 */
export function byStartThenId(
  a: { startMs: number; id: string },
  b: { startMs: number; id: string },
): number {
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether a list is in that order already (checking is cheaper than sorting again). */
export function inStartOrder(items: readonly { startMs: number; id: string }[]): boolean {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a && b && byStartThenId(a, b) > 0) return false;
  }
  return true;
}
