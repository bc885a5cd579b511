import { describe, expect, it } from 'vitest';
import { assignLanes } from './lanes';

describe('assignLanes', () => {
  it('keeps marks that are far apart in the first lane', () => {
    expect(assignLanes([0, 20, 40], 10, 4)).toEqual([0, 0, 0]);
  });

  it('stacks marks that would overlap', () => {
    expect(assignLanes([0, 2, 4, 30], 10, 4)).toEqual([0, 1, 2, 0]);
  });

  it('never overlaps two marks in the same lane', () => {
    const xs = Array.from({ length: 200 }, (_, i) => Math.floor(i / 3) * 4);
    const lanes = assignLanes(xs, 10, 50);
    const last = new Map<number, number>();
    xs.forEach((x, i) => {
      const lane = lanes[i] ?? -1;
      const prev = last.get(lane);
      if (prev !== undefined) expect(x - prev).toBeGreaterThanOrEqual(10);
      last.set(lane, x);
    });
  });

  it('piles the overflow into the last lane', () => {
    expect(assignLanes([0, 0, 0, 0], 10, 2)).toEqual([0, 1, 1, 1]);
  });
});
