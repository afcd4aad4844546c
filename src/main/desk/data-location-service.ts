import type { ConnectionTestResult, DataLocationChoice, DataLocationView, SavedDataLocation } from '../../shared/data-location.ts';
import { errorText, UserError } from '../errors.ts';
import { testFloorConnection } from '../store/postgres/pg-connection-test.ts';
import type { PgConnectionSettings } from '../store/postgres/pg-settings-url.ts';
import { readDeskConfig, writeDeskConfig, deskConfigPath, type DeskDataLocation } from './desk-config-file.ts';
import { normalizedConnection, pgSettingsFor, splitUrlPassword } from './floor-settings.ts';
import { NO_ENCRYPTION, type SecretBox } from './secret-box.ts';

export const DATABASE_URL_ENV = 'SOFTPHONE_DATABASE_URL';
export const DATA_LOCATION_ADMIN_ONLY = 'Only an administrator can see or change where this desk keeps its data.';

/** Which database this run opens, and why. */
export type StoreChoice =
  | { readonly backend: 'sqlite' }
  | { readonly backend: 'postgres'; readonly settings: PgConnectionSettings; readonly source: 'env' | 'saved' };

function decryptSaved(saved: DeskDataLocation & { kind: 'floor' }, box: SecretBox, userDataDir: string): string | null {
  if (saved.encryptedPassword === null) return null;
  try {
    return box.decrypt(saved.encryptedPassword);
  } catch (error) {
    throw new UserError(
      `The floor database password saved in ${deskConfigPath(userDataDir)} cannot be decrypted on this computer (${errorText(error)}): ` +
        'remove that file to start on this computer\'s own database, then choose the floor database again.',
      { cause: error },
    );
  }
}

/** SOFTPHONE_DATABASE_URL when set, else desk-config.json's choice (This computer when there is none). */
export async function chooseStore(userDataDir: string, databaseUrl: string | undefined, box: SecretBox): Promise<StoreChoice> {
  if (databaseUrl !== undefined && databaseUrl.trim() !== '') return { backend: 'postgres', settings: { url: databaseUrl.trim() }, source: 'env' };
  const { dataLocation } = await readDeskConfig(userDataDir);
  if (dataLocation.kind === 'this-computer') return { backend: 'sqlite' };
  return { backend: 'postgres', settings: pgSettingsFor(dataLocation.connection, decryptSaved(dataLocation, box, userDataDir)), source: 'saved' };
}

export type DataLocationService = {
  get(): Promise<DataLocationView>;
  /** Says exactly what failed, or that the database is ready; changes nothing. */
  test(choice: DataLocationChoice): Promise<ConnectionTestResult>;
  /** Saves the choice for the next start; refuses a floor database that does not answer, and a password nothing can encrypt. */
  save(choice: DataLocationChoice): Promise<DataLocationView>;
};

export type DataLocationDeps = {
  readonly userDataDir: string;
  readonly box: SecretBox;
  /** What this run opened: the backend and its location (a URL without password, or the file's path). */
  readonly inUse: { readonly backend: 'sqlite' | 'postgres'; readonly location: string };
  readonly overriddenByEnv: boolean;
  /** Test connection's time limit; tests shorten it. */
  readonly connectTimeoutMs?: number;
};

function savedView(location: DeskDataLocation): SavedDataLocation {
  if (location.kind === 'this-computer') return location;
  return { kind: 'floor', connection: location.connection, passwordStored: location.encryptedPassword !== null };
}

const OVERRIDE = `${DATABASE_URL_ENV} is set for this app, so it decides where this desk keeps its data whatever is saved here.`;

function restartNote(saved: DeskDataLocation, inUseBackend: 'sqlite' | 'postgres'): string {
  const reopen = 'close Softphone Launcher and open it again';
  if ((saved.kind === 'floor') === (inUseBackend === 'postgres')) return `Saved. The new settings are used from this desk's next start: ${reopen}.`;
  const where = saved.kind === 'floor' ? 'the shared call-floor database' : "this computer's own database";
  return `Saved. This desk uses ${where} from its next start: ${reopen}. Until then it keeps the database it has.`;
}

export function createDataLocationService(deps: DataLocationDeps): DataLocationService {
  const { userDataDir, box } = deps;
  let savedThisRun = false;

  const view = async (): Promise<DataLocationView> => {
    const { dataLocation } = await readDeskConfig(userDataDir);
    return {
      saved: savedView(dataLocation),
      inUse: deps.inUse,
      override: deps.overriddenByEnv ? OVERRIDE : null,
      canStorePassword: box.available,
      restartNote: savedThisRun ? restartNote(dataLocation, deps.inUse.backend) : null,
    };
  };

  /** The password to use: the one typed (a URL's own when none is typed), or else the stored one. */
  const passwordFor = async (choice: DataLocationChoice & { kind: 'floor' }): Promise<string | null> => {
    if (choice.password !== null) return choice.password;
    if (choice.connection.mode === 'url') {
      const inUrl = splitUrlPassword(choice.connection.url).password;
      if (inUrl !== null) return inUrl;
    }
    const { dataLocation } = await readDeskConfig(userDataDir);
    return dataLocation.kind === 'floor' ? decryptSaved(dataLocation, box, userDataDir) : null;
  };

  const test = async (choice: DataLocationChoice): Promise<ConnectionTestResult> => {
    if (choice.kind === 'this-computer') return { ok: true, message: `This desk keeps its data in a database file of its own in ${userDataDir}.` };
    let settings: PgConnectionSettings;
    try {
      settings = pgSettingsFor(choice.connection, await passwordFor(choice));
    } catch (error) {
      return { ok: false, message: errorText(error) };
    }
    const check = await testFloorConnection(settings, deps.connectTimeoutMs);
    return { ok: check.ok, message: check.message };
  };

  return {
    get: view,
    test,
    async save(choice) {
      if (choice.kind === 'this-computer') {
        await writeDeskConfig(userDataDir, { dataLocation: { kind: 'this-computer' } });
        savedThisRun = true;
        return view();
      }
      const password = await passwordFor(choice);
      if (password !== null && password !== '' && !box.available) throw new UserError(NO_ENCRYPTION);
      const check = await test(choice);
      if (!check.ok) throw new UserError(`Not saved: ${check.message}`);
      const encryptedPassword = password === null || password === '' ? null : box.encrypt(password);
      await writeDeskConfig(userDataDir, { dataLocation: { kind: 'floor', connection: normalizedConnection(choice.connection), encryptedPassword } });
      savedThisRun = true;
      return view();
    },
  };
}
