import { createAuthService, type AuthService } from './auth/auth-service.ts';
import type { ScryptCost } from './auth/password.ts';
import { sendDatagram } from './dial/udp-dialer.ts';
import { createUriOpener } from './dial/uri-opener.ts';
import { importAuditRow } from './import/import-audit.ts';
import type { CreateImportWorker } from './import/import-in-worker.ts';
import { importFolder } from './import/import-upload.ts';
import { createWriteHold } from './import/write-hold.ts';
import { createDialService, type DialService } from './services/dial-service.ts';
import { createDuplicateGuard } from './services/duplicate-guard.ts';
import { createImportService, type ImportService } from './services/import-service.ts';
import { createSession } from './services/session.ts';
import { checkIntegrityInBackground, type CreateIntegrityWorker } from './store/integrity-in-background.ts';
import type { IntegrityOutcome } from './store/integrity.ts';
import { openStore } from './store/open-store.ts';
import type { Store } from './store/store.ts';

export type AppServicesOptions = {
  userDataDir: string;
  /** Electron: shell.openExternal. Harness and CLI: the platform opener (xdg-open). */
  openExternal: (uri: string) => Promise<void>;
  /** Which program handles a scheme, or null: openExternal resolves on Linux even when none does. */
  schemeHandler: (scheme: string) => Promise<string | null>;
  now?: () => Date;
  /** Load the sample data into a new database at once. The app leaves it to the first-run setup screen. */
  seed?: boolean;
  /** Only for tests that hash many passwords. */
  hashCost?: ScryptCost;
  /** The Electron build's bundled import worker (`?nodeWorker`); elsewhere src/main/import/import-worker.ts runs as it is. */
  createImportWorker?: CreateImportWorker;
  /** The Electron build's bundled integrity worker; elsewhere src/main/store/integrity-worker.ts runs as it is. */
  createIntegrityWorker?: CreateIntegrityWorker;
};

export type AppServices = {
  readonly store: Store;
  readonly notices: string[];
  readonly auth: AuthService;
  readonly dialService: DialService;
  readonly imports: ImportService;
  readonly schemeHandler: (scheme: string) => Promise<string | null>;
  readonly now: () => Date;
  readonly hashCost: ScryptCost | undefined;
  /** The full integrity check, run after start; its notice (if any) is in `notices` once this settles. */
  readonly integrityChecked: Promise<IntegrityOutcome>;
  close(): void;
};

/** Everything main does, without Electron: the Electron composition root and the test harness both build this. */
export function createAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const { store, notices } = openStore(options.userDataDir, { seed: options.seed ?? false, now });
  // integrity_check takes ~0.6 s at 100,000 debtors: the window opens meanwhile (quick_check already ran).
  const integrity = checkIntegrityInBackground(store.path, (notice) => notices.push(notice), options.createIntegrityWorker);
  const openUri = createUriOpener({ openExternal: options.openExternal, schemeHandler: options.schemeHandler });
  // While an import's worker holds the write lock, the app's own writes wait here, not on the main thread.
  const writeHold = createWriteHold((error) => console.error('softphone: a database write held back during an import failed', error));
  const dialService = createDialService({ store, sendDatagram, openUri, guard: createDuplicateGuard(), now, runWrite: writeHold.run });
  const auth = createAuthService({ store, session: createSession(), now, ...(options.hashCost ? { hashCost: options.hashCost } : {}) });
  const imports = createImportService({
    dbPath: store.path,
    folder: importFolder(options.userDataDir),
    createWorker: options.createImportWorker,
    onWriteLock: writeHold.setHeld,
    onImported: (fileName, summary, by) => writeHold.run(() => store.audit.append(importAuditRow(fileName, summary, by, now()))),
  });
  return {
    store,
    notices,
    auth,
    dialService,
    imports,
    schemeHandler: options.schemeHandler,
    now,
    hashCost: options.hashCost,
    integrityChecked: integrity.done,
    close() {
      integrity.stop();
      imports.close();
      store.close();
    },
  };
}
