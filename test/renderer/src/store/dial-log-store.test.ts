import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppState, DialLogEntry, DialLogPage } from '../../../../src/shared/ipc-contract.ts';

type Module = typeof import('../../../../src/renderer/src/store/dial-log-store.ts');
let dialLog: Module;

const entry = (id: number): DialLogEntry =>
  ({ id, key: `k-${id}`, at: '2026-12-02T10:00:00.000Z', operatorName: 'Cara', number: `555000${id}`, result: 'sent' }) as DialLogEntry;

/** main's dial log: `count` rows, newest (highest id) first; each request is recorded. */
function installLog(count: number) {
  const rows = Array.from({ length: count }, (_, i) => entry(count - i));
  const requests: { operatorId: number | null; offset: number }[] = [];
  const dialLogList = async (operatorId: number | null, offset: number, limit: number): Promise<DialLogPage> => {
    requests.push({ operatorId, offset });
    return { rows: rows.slice(offset, offset + limit), total: rows.length };
  };
  const store = { rows, requests };
  Object.assign(globalThis, { window: { softphone: { dialLog: dialLogList } } });
  return store;
}

async function signedInAs(operatorId: number, role: 'admin' | 'operator') {
  const { useAppStore } = await import('../../../../src/renderer/src/store/app-store.ts');
  useAppStore.setState({ app: { session: { operatorId, role } } as unknown as AppState });
}

const shownKeys = (count: number) => {
  const state = dialLog.useDialLogStore.getState();
  return Array.from({ length: count }, (_, i) => dialLog.dialLogRowAt(state, i)?.key ?? null);
};

describe('the dial log as main stores rows', () => {
  beforeEach(async () => {
    vi.resetModules();
    dialLog = await import('../../../../src/renderer/src/store/dial-log-store.ts');
  });

  it('puts a row main stored on top without asking main again', async () => {
    const main = installLog(3);
    await signedInAs(5, 'operator');
    await dialLog.useDialLogStore.getState().load();
    const asked = main.requests.length;

    dialLog.useDialLogStore.getState().add({ operatorId: 5, entry: entry(4) });

    expect(main.requests.length).toBe(asked);
    expect(dialLog.useDialLogStore.getState().total).toBe(4);
    expect(shownKeys(4)).toEqual(['k-4', 'k-3', 'k-2', 'k-1']);
  });

  it("leaves out another operator's dial while showing Mine, and shows it for Everyone", async () => {
    installLog(1);
    await signedInAs(1, 'admin');
    await dialLog.useDialLogStore.getState().load();
    await dialLog.useDialLogStore.getState().setFilter({ kind: 'mine' });
    dialLog.useDialLogStore.getState().add({ operatorId: 2, entry: entry(2) });
    expect(shownKeys(2)).toEqual(['k-1', null]);

    await dialLog.useDialLogStore.getState().setFilter({ kind: 'everyone' });
    dialLog.useDialLogStore.getState().add({ operatorId: 2, entry: entry(3) });
    expect(shownKeys(2)).toEqual(['k-3', 'k-1']);
  });

  it('shows a row reported twice once', async () => {
    installLog(2);
    await signedInAs(5, 'operator');
    await dialLog.useDialLogStore.getState().load();
    dialLog.useDialLogStore.getState().add({ operatorId: 5, entry: entry(3) });
    dialLog.useDialLogStore.getState().add({ operatorId: 5, entry: entry(3) });
    dialLog.useDialLogStore.getState().add({ operatorId: 5, entry: entry(2) });
    expect(dialLog.useDialLogStore.getState().total).toBe(3);
    expect(shownKeys(3)).toEqual(['k-3', 'k-2', 'k-1']);
  });

  it('fetches later pages from below the rows added since the load, so none is shown twice or skipped', async () => {
    const main = installLog(250);
    await signedInAs(5, 'operator');
    await dialLog.useDialLogStore.getState().load();
    // main's list now holds two more rows on top, which the window was told of.
    main.rows.unshift(entry(252), entry(251));
    dialLog.useDialLogStore.getState().add({ operatorId: 5, entry: entry(251) });
    dialLog.useDialLogStore.getState().add({ operatorId: 5, entry: entry(252) });

    dialLog.useDialLogStore.getState().ensureRows(150, 160);
    await vi.waitFor(() => expect(main.requests.at(-1)).toEqual({ operatorId: 5, offset: 102 }));
    await vi.waitFor(() => expect(dialLog.dialLogRowAt(dialLog.useDialLogStore.getState(), 150)).toBeDefined());
    const state = dialLog.useDialLogStore.getState();
    expect(dialLog.dialLogRowAt(state, 150)?.id).toBe(252 - 150);
    expect(dialLog.dialLogRowAt(state, 102)?.id).toBe(252 - 102);
  });
});
