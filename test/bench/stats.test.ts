import { describe, expect, it } from 'vitest';
import { median, percentile, round } from '../../bench/stats.ts';

describe('bench/stats', () => {
  it('takes the nearest-rank percentile, whatever the order of the values', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(median([3, 1, 2])).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });

  it('rounds small figures to 3 decimals and larger ones to 1', () => {
    expect(round(0.0312345)).toBe(0.031);
    expect(round(64.6666)).toBe(64.7);
  });
});
