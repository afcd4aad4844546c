import { describe, expect, it } from 'vitest';
import { createLastRead } from '../../../src/main/dial/last-read.ts';

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
const down = (): Promise<string> => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));

describe('the copy last read', () => {
  it('is read fresh while the database answers, and used when it fails', async () => {
    const lastRead = createLastRead(60_000);
    await expect(lastRead('k', down)).rejects.toThrow('ECONNREFUSED');
    expect(await lastRead('k', async () => 'v1')).toBe('v1');
    expect(await lastRead('k', async () => 'v2')).toBe('v2');
    expect(await lastRead('k', down)).toBe('v2');
  });

  it('answers at once while the database is suspect, for every key with a copy, until a read is on time again', async () => {
    let now = 0;
    // A deadline longer than the test's own time limit: a read that waited for it would fail the test.
    const lastRead = createLastRead(60_000, 2000, () => now);
    expect(await lastRead('operator', async () => 'cara v1')).toBe('cara v1');
    expect(await lastRead('schemes', async () => 'sip,tel')).toBe('sip,tel');
    expect(await lastRead('operator', down)).toBe('cara v1');
    // A host that swallows packets: no answer at all, and none is waited for.
    expect(await lastRead('schemes', never)).toBe('sip,tel');
    expect(await lastRead('operator', never)).toBe('cara v1');
    now = 2500;
    expect(await lastRead('operator', async () => 'cara v2')).toBe('cara v2');
  });

  it('uses the copy when a read runs past the deadline, and the late answer refreshes it', async () => {
    let answer: (value: string) => void = () => undefined;
    const lastRead = createLastRead(20);
    expect(await lastRead('k', async () => 'old')).toBe('old');
    expect(await lastRead('k', () => new Promise<string>((resolve) => (answer = resolve)))).toBe('old');
    answer('late');
    await Promise.resolve();
    expect(await lastRead('k', never)).toBe('late');
  });
});
