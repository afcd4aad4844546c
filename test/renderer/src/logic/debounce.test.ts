import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { debounce } from '../../../../src/renderer/src/logic/debounce.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('runs only the last call of a burst, once the burst is over', () => {
  const calls: string[] = [];
  const search = debounce((query: string) => calls.push(query), 150);
  search('a');
  search('an');
  search('ann');
  vi.advanceTimersByTime(149);
  expect(calls).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(calls).toEqual(['ann']);
});

it('drops a pending call on cancel', () => {
  const calls: string[] = [];
  const search = debounce((query: string) => calls.push(query), 150);
  search('ann');
  search.cancel();
  vi.runAllTimers();
  expect(calls).toEqual([]);
});
