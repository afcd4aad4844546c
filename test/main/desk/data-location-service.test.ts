import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseStore, createDataLocationService } from '../../../src/main/desk/data-location-service.ts';
import { DESK_CONFIG_FILE_NAME } from '../../../src/main/desk/desk-config-file.ts';
import { NO_ENCRYPTION, NO_SECRET_BOX } from '../../../src/main/desk/secret-box.ts';
import type { FloorConnection } from '../../../src/shared/data-location.ts';
import { createTestDatabase } from '../../support/postgres-database.ts';
import { standInSecretBox } from '../../support/stand-in-secret-box.ts';
import { openPg } from '../store/postgres/pg-test-store.ts';

const dirs: string[] = [];
function userDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'softphone-desk-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SQLITE_IN_USE = { backend: 'sqlite', location: '/data/softphone.db' } as const;

/** A Softphone floor database (migrated by opening a store on it once) and its connection as fields. */
async function floorDatabase(): Promise<{ url: string; fields: FloorConnection & { mode: 'fields' } }> {
  const url = await createTestDatabase('desk');
  await (await openPg(url)).close();
  const parsed = new URL(url);
  return {
    url,
    fields: { mode: 'fields', host: parsed.hostname, port: Number(parsed.port || 5432), database: parsed.pathname.slice(1), user: decodeURIComponent(parsed.username), tls: 'disable' },
  };
}

describe('where this desk keeps its data', () => {
  it('is this computer until something is saved, and SOFTPHONE_DATABASE_URL overrides whatever is saved', async () => {
    const dir = userDataDir();
    const service = createDataLocationService({ userDataDir: dir, box: NO_SECRET_BOX, inUse: SQLITE_IN_USE, overriddenByEnv: false });
    expect(await service.get()).toEqual({ saved: { kind: 'this-computer' }, inUse: SQLITE_IN_USE, override: null, canStorePassword: false, restartNote: null });
    expect(await chooseStore(dir, undefined, NO_SECRET_BOX)).toEqual({ backend: 'sqlite' });
    expect(await chooseStore(dir, ' postgres://desk@floor:5432/softphone ', NO_SECRET_BOX)).toEqual({
      backend: 'postgres', settings: { url: 'postgres://desk@floor:5432/softphone' }, source: 'env',
    });
  });

  it('saves a floor connection with its password encrypted: the file and the window never see the password', async () => {
    const dir = userDataDir();
    const box = standInSecretBox();
    const { fields } = await floorDatabase();
    const service = createDataLocationService({ userDataDir: dir, box, inUse: SQLITE_IN_USE, overriddenByEnv: false });
    const view = await service.save({ kind: 'floor', connection: { ...fields, host: ` ${fields.host} ` }, password: 'floor secret 7' });
    expect(view.saved).toEqual({ kind: 'floor', connection: fields, passwordStored: true });
    expect(view.restartNote).toBe(
      'Saved. This desk uses the shared call-floor database from its next start: close Softphone Launcher and open it again. Until then it keeps the database it has.',
    );
    expect(JSON.stringify(await service.get())).not.toContain('floor secret 7');
    const file = readFileSync(join(dir, DESK_CONFIG_FILE_NAME), 'utf8');
    expect(file).not.toContain('floor secret 7');
    expect(await chooseStore(dir, undefined, box)).toEqual({ backend: 'postgres', source: 'saved', settings: { host: fields.host, port: fields.port, database: fields.database, user: fields.user, tls: 'disable', password: 'floor secret 7' },
    });
  });

  it('keeps the stored password when the window sends none, and takes a password typed into a URL apart from it', async () => {
    const dir = userDataDir();
    const box = standInSecretBox();
    const { url } = await floorDatabase();
    const service = createDataLocationService({ userDataDir: dir, box, inUse: SQLITE_IN_USE, overriddenByEnv: false });
    const withPassword = new URL(url);
    withPassword.password = 'p@ss word';
    await service.save({ kind: 'floor', connection: { mode: 'url', url: withPassword.href }, password: null });
    const saved = (await service.get()).saved;
    expect(saved).toEqual({ kind: 'floor', connection: { mode: 'url', url }, passwordStored: true });
    expect(readFileSync(join(dir, DESK_CONFIG_FILE_NAME), 'utf8')).not.toContain('ss%20word');
    await service.save({ kind: 'floor', connection: { mode: 'url', url }, password: null });
    const chosen = await chooseStore(dir, undefined, box);
    expect(chosen.backend === 'postgres' && 'url' in chosen.settings && new URL(chosen.settings.url).password).toBe('p%40ss%20word');
  });

  it('refuses to save a password where nothing can encrypt it, and saves nothing', async () => {
    const dir = userDataDir();
    const { fields } = await floorDatabase();
    const service = createDataLocationService({ userDataDir: dir, box: NO_SECRET_BOX, inUse: SQLITE_IN_USE, overriddenByEnv: false });
    await expect(service.save({ kind: 'floor', connection: fields, password: 'secret' })).rejects.toThrow(NO_ENCRYPTION);
    expect(existsSync(join(dir, DESK_CONFIG_FILE_NAME))).toBe(false);
    // Without a password (a trusted or certificate-authenticated desk role) it is saved.
    expect((await service.save({ kind: 'floor', connection: fields, password: '' })).saved).toEqual({ kind: 'floor', connection: fields, passwordStored: false });
  });

  it('tests a connection and says exactly what failed; a floor database that does not answer is not saved', async () => {
    const dir = userDataDir();
    const { fields } = await floorDatabase();
    const service = createDataLocationService({ userDataDir: dir, box: NO_SECRET_BOX, inUse: SQLITE_IN_USE, overriddenByEnv: false });
    expect(await service.test({ kind: 'floor', connection: fields, password: null })).toEqual({
      ok: true, message: expect.stringMatching(/^Connected to the floor database postgres:\/\/.+ \(schema version \d+\)\.$/),
    });
    const missing = { ...fields, database: 'i10_no_such_database' };
    const check = await service.test({ kind: 'floor', connection: missing, password: null });
    expect(check).toEqual({ ok: false, message: expect.stringContaining('has no database "i10_no_such_database"') });
    expect(await service.test({ kind: 'floor', connection: { ...fields, host: ' ' }, password: null })).toEqual({
      ok: false, message: "Enter the database server's host name or address.",
    });
    await expect(service.save({ kind: 'floor', connection: missing, password: '' })).rejects.toThrow(`Not saved: ${check.message}`);
    expect(existsSync(join(dir, DESK_CONFIG_FILE_NAME))).toBe(false);
  });

  it('refuses a settings file it cannot read instead of starting on a database of its own', async () => {
    const dir = userDataDir();
    writeFileSync(join(dir, DESK_CONFIG_FILE_NAME), '{"version": 1, "dataLocation": {"kind": "flor"}}');
    await expect(chooseStore(dir, undefined, NO_SECRET_BOX)).rejects.toThrow(`This desk's settings ${join(dir, DESK_CONFIG_FILE_NAME)} are not in the expected form`);
  });
});
