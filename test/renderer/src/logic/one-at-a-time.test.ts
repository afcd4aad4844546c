import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../../../src/renderer/src/logic/one-at-a-time.ts';

/** A task whose runs finish only when the test says so. */
function controlledTask() {
  const started: number[] = [];
  const finishers: (() => void)[] = [];
  const task = () =>
    new Promise<void>((resolve) => {
      started.push(started.length + 1);
      finishers.push(resolve);
    });
  const finishNext = async (): Promise<void> => {
    finishers.shift()?.();
    // Let the finally handler run.
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };
  return { task, started, finishNext };
}

describe('oneAtATime', () => {
  it('runs at once when idle, and turns every call made during a run into one more run', async () => {
    const { task, started, finishNext } = controlledTask();
    const run = oneAtATime(task);
    run();
    expect(started).toEqual([1]);
    run();
    run();
    run();
    expect(started).toEqual([1]);
    await finishNext();
    expect(started).toEqual([1, 2]);
    await finishNext();
    expect(started).toEqual([1, 2]);
    run();
    expect(started).toEqual([1, 2, 3]);
  });

  it('forgets a run asked for during another once cancelled', async () => {
    const { task, started, finishNext } = controlledTask();
    const run = oneAtATime(task);
    run();
    run();
    run.cancel();
    await finishNext();
    expect(started).toEqual([1]);
  });

  it('keeps going after a run that failed', async () => {
    let calls = 0;
    const run = oneAtATime(async () => {
      calls += 1;
      if (calls === 1) throw new Error('search failed');
    });
    run();
    run();
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
    expect(calls).toBe(2);
  });
});
