import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices, type AppServicesOptions } from '../../../src/main/app-services.ts';
import { DATA_LOCATION_ADMIN_ONLY } from '../../../src/main/desk/data-location-service.ts';
import { registerIpcHandlers, trustedPage, type IpcEventLike } from '../../../src/main/ipc/register-handlers.ts';
import { DB_FILE_NAME } from '../../../src/main/store/open-store.ts';
import type { IpcChannel, IpcReply } from '../../../src/shared/ipc-contract.ts';
import { createTestDatabase } from '../../support/postgres-database.ts';
import { TEST_COST } from '../auth/auth-setup.ts';

const APP_PAGE = 'file:///opt/softphone/out/renderer/index.html';
const fromApp: IpcEventLike = { senderFrame: { url: APP_PAGE } };
const ADMIN_PASSWORD = 'admin password 1';

const dirs: string[] = [];
const running: AppServices[] = [];
afterEach(async () => {
  for (const services of running.splice(0)) await services.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Desk = { services: AppServices; invoke<C extends IpcChannel>(channel: C, payload: unknown): Promise<IpcReply<C>> };

async function startDesk(options: Partial<AppServicesOptions> = {}): Promise<Desk> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'softphone-desk-ipc-'));
  if (options.userDataDir === undefined) dirs.push(userDataDir);
  const services = await createAppServices({ userDataDir, openExternal: async () => undefined, schemeHandler: async () => null, hashCost: TEST_COST, ...options });
  running.push(services);
  const handlers = new Map<string, (event: IpcEventLike, payload: unknown) => Promise<unknown>>();
  registerIpcHandlers({ handle: (channel, fn) => void handlers.set(channel, fn) }, services, trustedPage(APP_PAGE));
  return {
    services,
    invoke: (channel, payload) => {
      const handler = handlers.get(channel);
      if (handler === undefined) throw new Error(`no handler for ${channel}`);
      return handler(fromApp, payload) as Promise<IpcReply<typeof channel>>;
    },
  };
}

const setup = { code: 'ADA', name: 'Ada Admin', password: ADMIN_PASSWORD, passwordAgain: ADMIN_PASSWORD, loadSampleData: true };

describe('data-location channels', () => {
  it('answer anyone during first-run setup, then administrators only', async () => {
    const desk = await startDesk();
    const before = await desk.invoke('data-location:get', undefined);
    expect(before).toMatchObject({ ok: true, value: { saved: { kind: 'this-computer' }, inUse: { backend: 'sqlite', location: desk.services.store.location } } });
    expect(desk.services.store.location.endsWith(DB_FILE_NAME)).toBe(true);
    expect(await desk.invoke('auth:setup', setup)).toMatchObject({ ok: true });
    expect(await desk.invoke('data-location:get', undefined)).toMatchObject({ ok: true });
    await desk.invoke('operator:set-password', { operatorId: 2, password: 'operator password 1', passwordAgain: 'operator password 1' });
    await desk.invoke('auth:sign-out', undefined);
    const refused = { ok: false, error: DATA_LOCATION_ADMIN_ONLY };
    expect(await desk.invoke('data-location:get', undefined)).toEqual(refused);
    expect(await desk.invoke('data-location:save', { kind: 'this-computer' })).toEqual(refused);
    const anna = (await desk.services.store.operators.accounts()).find((o) => o.id === 2);
    expect(await desk.invoke('auth:sign-in', { code: anna?.code, password: 'operator password 1' })).toMatchObject({ ok: true });
    expect(await desk.invoke('data-location:test', { kind: 'this-computer' })).toEqual(refused);
  });

  it('refuses a malformed choice, naming the field', async () => {
    const desk = await startDesk();
    const reply = await desk.invoke('data-location:test', { kind: 'floor', connection: { mode: 'fields', host: 'h', port: 70000, database: 'd', user: 'u', tls: 'disable' }, password: null });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('A port is 1 to 65535.') });
  });

  it('opens the floor database saved in desk-config.json at the next start, and SOFTPHONE_DATABASE_URL wins over it', async () => {
    const floorUrl = await createTestDatabase('i10_floor');
    const first = await startDesk({ databaseUrl: floorUrl, seed: true });
    expect(first.services.store.backend).toBe('postgres');
    expect(await first.invoke('data-location:get', undefined)).toMatchObject({
      ok: true, value: { inUse: { backend: 'postgres' }, override: expect.stringContaining('SOFTPHONE_DATABASE_URL is set') },
    });
    expect(await first.invoke('auth:setup', setup)).toMatchObject({ ok: true });
    await first.services.close();
    running.splice(0);

    const userDataDir = mkdtempSync(join(tmpdir(), 'softphone-desk-ipc-'));
    dirs.push(userDataDir);
    const desk = await startDesk({ userDataDir });
    const saved = await desk.invoke('data-location:save', { kind: 'floor', connection: { mode: 'url', url: floorUrl }, password: '' });
    expect(saved).toMatchObject({ ok: true, value: { inUse: { backend: 'sqlite' }, restartNote: expect.stringContaining('next start') } });
    await desk.services.close();
    running.splice(0);
    const restarted = await startDesk({ userDataDir });
    expect(restarted.services.store.backend).toBe('postgres');
    // The floor's administrator already exists (made on the first desk): no first-run setup here.
    expect(await restarted.services.auth.needsSetup()).toBe(false);
  });
});
