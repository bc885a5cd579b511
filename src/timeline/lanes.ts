/**
 * Stacks marks into lanes so that none overlaps another: each mark (sorted by x) goes into the
 * first lane whose last mark ends at least `gap` pixels before it. Marks that would need more
 * than `maxLanes` lanes share the last one; the caller shows them as a count instead.
 */
export function assignLanes(xs: readonly number[], gap: number, maxLanes: number): number[] {
  const laneEnds: number[] = [];
  return xs.map((x) => {
    let lane = laneEnds.findIndex((end) => x - end >= gap);
    if (lane === -1) {
      lane = laneEnds.length < maxLanes ? laneEnds.length : maxLanes - 1;
    }
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, x);
    return lane;
  });
}
