import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_LOCATION_ADMIN_ONLY } from '../../../src/main/desk/data-location-service.ts';
import { DESK_CONFIG_FILE_NAME } from '../../../src/main/desk/desk-config-file.ts';
import { DB_FILE_NAME } from '../../../src/main/store/open-store.ts';
import { createTestDatabase } from '../../support/postgres-database.ts';
import { deskFolder, OPERATOR_PASSWORD, SETUP, startDesk } from './test-desk.ts';

describe('data-location channels', () => {
  it('answer anyone during first-run setup, then administrators only', async () => {
    const desk = await startDesk();
    const before = await desk.invoke('data-location:get', undefined);
    expect(before).toMatchObject({ ok: true, value: { saved: { kind: 'this-computer' }, inUse: { backend: 'sqlite', location: desk.services.store.location } } });
    expect(desk.services.store.location.endsWith(DB_FILE_NAME)).toBe(true);
    expect(await desk.invoke('auth:setup', SETUP)).toMatchObject({ ok: true });
    expect(await desk.invoke('data-location:get', undefined)).toMatchObject({ ok: true });
    await desk.value('operator:set-password', { operatorId: 2, password: OPERATOR_PASSWORD, passwordAgain: OPERATOR_PASSWORD });
    await desk.value('auth:sign-out', undefined);
    const refused = { ok: false, error: DATA_LOCATION_ADMIN_ONLY };
    expect(await desk.invoke('data-location:get', undefined)).toEqual(refused);
    expect(await desk.invoke('data-location:save', { kind: 'this-computer' })).toEqual(refused);
    const operator = await desk.services.store.operators.account(2);
    expect(await desk.invoke('auth:sign-in', { code: operator?.code, password: OPERATOR_PASSWORD })).toMatchObject({ ok: true });
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
    await first.value('auth:setup', SETUP);
    await first.close();

    const userDataDir = deskFolder();
    const desk = await startDesk({ userDataDir });
    const saved = await desk.invoke('data-location:save', { kind: 'floor', connection: { mode: 'url', url: floorUrl }, password: '' });
    expect(saved).toMatchObject({ ok: true, value: { inUse: { backend: 'sqlite' }, restartNote: expect.stringContaining('next start') } });
    await desk.close();
    const restarted = await startDesk({ userDataDir });
    expect(restarted.services.store.backend).toBe('postgres');
    // The floor's administrator already exists (made on the first desk): no first-run setup here.
    expect(await restarted.services.auth.needsSetup()).toBe(false);
  });

  it('does not start on a floor database it cannot open, and says how to get the desk going again', async () => {
    const folder = deskFolder();
    await expect(startDesk({ userDataDir: folder, databaseUrl: 'postgres://desk@127.0.0.1:1/softphone' })).rejects.toThrow(
      /^The database server at 127\.0\.0\.1:1 cannot be reached \(ECONNREFUSED\).* It was chosen by SOFTPHONE_DATABASE_URL: fix or unset it\.$/,
    );
    const desk = await startDesk({ userDataDir: folder });
    await desk.value('data-location:save', { kind: 'this-computer' });
    writeFileSync(join(folder, DESK_CONFIG_FILE_NAME), JSON.stringify({ version: 1, dataLocation: { kind: 'floor', connection: { mode: 'url', url: 'postgres://desk@127.0.0.1:1/softphone' }, encryptedPassword: null } }));
    await desk.close();
    await expect(startDesk({ userDataDir: folder })).rejects.toThrow(`To start on this computer's own database instead, remove ${join(folder, DESK_CONFIG_FILE_NAME)}.`);
  });
});
