import { describe, expect, it } from 'vitest';
import { byStartThenId, inStartOrder } from './event-order';

describe('the dataset time order', () => {
  it('orders by start, then by id by code unit (hyphen, digits, letters), not by locale', () => {
    const events = [
      { startMs: 2, id: '2016-04-02-b' },
      { startMs: 1, id: '2016-04-02-z' },
      { startMs: 2, id: '2016-04-02-a-b' },
      { startMs: 2, id: '2016-04-02-ab' },
      { startMs: 2, id: '2016-04-02-a' },
    ];
    expect([...events].sort(byStartThenId).map((e) => e.id)).toEqual([
      '2016-04-02-z',
      '2016-04-02-a',
      '2016-04-02-a-b',
      '2016-04-02-ab',
      '2016-04-02-b',
    ]);
  });

  it('tells a sorted list from an unsorted one', () => {
    const a = { startMs: 1, id: 'a' };
    const b = { startMs: 1, id: 'b' };
    const c = { startMs: 2, id: 'a' };
    expect(inStartOrder([a, b, c])).toBe(true);
    expect(inStartOrder([a, c, b])).toBe(false);
    expect(inStartOrder([b, a])).toBe(false);
    expect(inStartOrder([])).toBe(true);
  });
});
