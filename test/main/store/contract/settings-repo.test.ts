import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_SCHEMES } from '../../../../src/shared/schemes.ts';
import { BACKENDS } from './backends.ts';

describe.each(BACKENDS)('allowed schemes setting ($name)', (backend) => {
  it('is the default list until one is stored', async () => {
    expect(await (await backend.fresh()).settings.allowedSchemes()).toEqual(['sip', 'sips', 'tel', 'callto']);
    expect(await (await backend.fresh()).settings.allowedSchemes()).toEqual([...DEFAULT_ALLOWED_SCHEMES]);
  });

  it('stores a list, lower-cased, without colons or repeats, and keeps it across restarts', async () => {
    const first = await backend.fresh();
    await first.settings.setAllowedSchemes(['sip', 'TEL:', ' zoiper ', 'sip']);
    expect(await first.settings.allowedSchemes()).toEqual(['sip', 'tel', 'zoiper']);
    const restarted = await backend.reopen(first);
    expect(await restarted.settings.allowedSchemes()).toEqual(['sip', 'tel', 'zoiper']);
  });

  it('can be emptied, which allows no scheme at all', async () => {
    const store = await backend.fresh();
    await store.settings.setAllowedSchemes([]);
    expect(await store.settings.allowedSchemes()).toEqual([]);
  });

  it('refuses a scheme that can never be allowed, and keeps the previous list', async () => {
    const store = await backend.fresh();
    await store.settings.setAllowedSchemes(['sip']);
    await expect(store.settings.setAllowedSchemes(['tel', 'https'])).rejects.toThrow(
      'The "https:" scheme opens files, web pages, scripts or network connections and can never be used for dialing.',
    );
    await expect(store.settings.setAllowedSchemes(['9x'])).rejects.toThrow('"9x" is not a scheme name');
    await expect(store.settings.setAllowedSchemes(['tel', 'ms-msdt'])).rejects.toThrow(
      'The "ms-msdt:" scheme hands the link\'s text to a program of the operating system that acts on it (a known way to run commands on this computer) and can never be used for dialing.',
    );
    expect(await store.settings.allowedSchemes()).toEqual(['sip']);
  });
});

describe.each(BACKENDS)("an operator's own dial plan ($name)", (backend) => {
  it('is none until set, is kept across restarts, refuses a bad plan and goes back to the floor\'s with null', async () => {
    let store = await backend.fresh();
    expect(await store.settings.operatorNumberPlan(3)).toBeNull();
    await store.settings.setOperatorNumberPlan(3, { outsideLine: ' 9 ', homeCountry: '1' });
    await expect(store.settings.setOperatorNumberPlan(3, { intlPrefix: '011' })).rejects.toThrow('An international access code needs a home country');
    store = await backend.reopen(store);
    expect(await store.settings.operatorNumberPlan(3)).toEqual({ outsideLine: '9', homeCountry: '1' });
    expect(await store.settings.operatorNumberPlan(4)).toBeNull();
    expect(await store.settings.numberPlan()).toEqual({});
    await store.settings.setOperatorNumberPlan(3, null);
    expect(await store.settings.operatorNumberPlan(3)).toBeNull();
    await store.close();
  });
});
