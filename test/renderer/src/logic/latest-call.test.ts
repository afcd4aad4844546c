import { expect, it } from 'vitest';
import { latestCall } from '../../../../src/renderer/src/logic/latest-call.ts';

it('only the newest call is current; invalidate makes every call under way stale', () => {
  const calls = latestCall();
  const first = calls.begin();
  expect(first()).toBe(true);
  const second = calls.begin();
  expect(first()).toBe(false);
  expect(second()).toBe(true);
  calls.invalidate();
  expect(second()).toBe(false);
  expect(calls.begin()()).toBe(true);
});
