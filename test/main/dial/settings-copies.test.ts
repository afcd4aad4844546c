import { describe, expect, it } from 'vitest';
import { createLastRead } from '../../../src/main/dial/last-read.ts';
import { createSettingsCopies } from '../../../src/main/dial/settings-copies.ts';

/** A setting in "the database": each read counted. */
function setting(initial: string) {
  const state = { value: initial, reads: 0 };
  return { state, read: async () => (state.reads += 1, state.value) };
}

describe('settings copies', () => {
  it('read each time while no notices arrive', async () => {
    const copies = createSettingsCopies(createLastRead());
    const schemes = setting('sip,tel');
    expect(await copies.read('schemes', schemes.read)).toBe('sip,tel');
    schemes.state.value = 'sip';
    expect(await copies.read('schemes', schemes.read)).toBe('sip');
    expect(schemes.state.reads).toBe(2);
  });

  it('serve the copy while listening, until a change clears it', async () => {
    const copies = createSettingsCopies(createLastRead());
    copies.setListening(true);
    const schemes = setting('sip,tel');
    expect(await copies.read('schemes', schemes.read)).toBe('sip,tel');
    schemes.state.value = 'sip';
    expect(await copies.read('schemes', schemes.read)).toBe('sip,tel');
    expect(schemes.state.reads).toBe(1);
    copies.clear();
    expect(await copies.read('schemes', schemes.read)).toBe('sip');
    expect(schemes.state.reads).toBe(2);
  });

  it('read again when listening stops or starts again (notices meanwhile are lost)', async () => {
    const copies = createSettingsCopies(createLastRead());
    copies.setListening(true);
    const plan = setting('v1');
    await copies.read('plan', plan.read);
    copies.setListening(false);
    plan.state.value = 'v2';
    expect(await copies.read('plan', plan.read)).toBe('v2');
    copies.setListening(true);
    plan.state.value = 'v3';
    expect(await copies.read('plan', plan.read)).toBe('v3');
    expect(await copies.read('plan', plan.read)).toBe('v3');
    expect(plan.state.reads).toBe(3);
  });

  it('never keep a value read before a clear: it may be the old one', async () => {
    const copies = createSettingsCopies(createLastRead());
    copies.setListening(true);
    let answer: (value: string) => void = () => undefined;
    const slow = copies.read('operator', () => new Promise<string>((resolve) => (answer = resolve)));
    copies.clear();
    answer('old note 2');
    expect(await slow).toBe('old note 2');
    const fresh = setting('new note 2');
    expect(await copies.read('operator', fresh.read)).toBe('new note 2');
    expect(fresh.state.reads).toBe(1);
  });

  it('serve an old copy at once and read it again behind it, so a lost notice costs at most maxAge', async () => {
    let now = 0;
    const copies = createSettingsCopies(createLastRead(), 10_000, () => now);
    copies.setListening(true);
    const operator = setting('ext 109');
    await copies.read('operator', operator.read);
    operator.state.value = 'ext 777';
    now = 9_000;
    expect(await copies.read('operator', operator.read)).toBe('ext 109');
    now = 10_500;
    expect(await copies.read('operator', operator.read)).toBe('ext 109');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await copies.read('operator', operator.read)).toBe('ext 777');
    expect(operator.state.reads).toBe(2);
  });

  it('answer with the last copy when the database fails and nothing is cached', async () => {
    const copies = createSettingsCopies(createLastRead(60_000));
    await copies.read('policy', async () => 'warn');
    expect(await copies.read('policy', () => Promise.reject(new Error('connect ECONNREFUSED')))).toBe('warn');
  });
});
