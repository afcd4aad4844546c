import type { CreateImportWorker } from '../import/import-in-worker.ts';
import { errorText, UserError } from '../errors.ts';
import type { Store } from '../store/contract.ts';
import { openStore } from '../store/open-store.ts';
import { openPostgresStore } from '../store/postgres/pg-store.ts';
import { deskConfigPath } from './desk-config-file.ts';
import { DATABASE_URL_ENV, type StoreChoice } from './data-location-service.ts';

export type OpenChosenOptions = {
  readonly now: () => Date;
  readonly seed: boolean;
  readonly createImportWorker?: CreateImportWorker | undefined;
};

/** How to get a desk going again when its floor database cannot be opened at start. */
function wayBack(choice: StoreChoice & { backend: 'postgres' }, userDataDir: string): string {
  return choice.source === 'env'
    ? `It was chosen by ${DATABASE_URL_ENV}: fix or unset it.`
    : `To start on this computer's own database instead, remove ${deskConfigPath(userDataDir)}.`;
}

/** Opens the database `choice` names: this computer's SQLite file, or the floor's PostgreSQL database. */
export async function openChosenStore(
  choice: StoreChoice,
  userDataDir: string,
  options: OpenChosenOptions,
): Promise<{ store: Store; notices: string[] }> {
  if (choice.backend === 'sqlite') return openStore(userDataDir, options);
  try {
    const store = await openPostgresStore(choice.settings, { now: options.now, seed: options.seed });
    return { store, notices: [] };
  } catch (error) {
    throw new UserError(`${errorText(error)} ${wayBack(choice, userDataDir)}`, { cause: error });
  }
}
