import { createAuthService, type AuthService } from './auth/auth-service.ts';
import type { ScryptCost } from './auth/password.ts';
import { createSession } from './auth/session.ts';
import { openDialLogOutbox, type DialLogOutbox } from './dial/dial-log-outbox.ts';
import { createDialService, type DialService } from './dial/dial-service.ts';
import { createDuplicateGuard } from './dial/duplicate-guard.ts';
import { createLastRead } from './dial/last-read.ts';
import { createSettingsCopies } from './dial/settings-copies.ts';
import { clearingOnWrites } from './desk/own-writes.ts';
import { createHistoryCopies } from './calls/history-copies.ts';
import { sendDatagram } from './dial/udp-dialer.ts';
import { createUriOpener } from './dial/uri-opener.ts';
import { importAuditRow } from './import/import-audit.ts';
import type { CreateImportWorker } from './import/import-in-worker.ts';
import { createImportService, type ImportService } from './import/import-service.ts';
import { importFolder } from './import/import-upload.ts';
import { createMainEventHub, type MainEventHub } from './ipc/main-events.ts';
import { createLinkInbox, type LinkInbox } from './links/link-inbox.ts';
import { previewDial } from './links/link-preview.ts';
import type { NewDialLogEntry, Store } from './store/contract.ts';
import { checkIntegrityInBackground, type CreateIntegrityWorker } from './store/integrity-in-background.ts';
import type { IntegrityOutcome } from './store/integrity.ts';
import { chooseStore, createDataLocationService, type DataLocationService } from './desk/data-location-service.ts';
import { createDeskLinksService, type DeskLinksService } from './desk/desk-links-service.ts';
import { openChosenStore } from './desk/open-chosen-store.ts';
import { subscribeFloorChanges } from './store/postgres/pg-notify.ts';
import { floorNoticeHandler } from './desk/floor-notices.ts';
import { NO_SECRET_BOX, type SecretBox } from './desk/secret-box.ts';
import { openWorkListFile } from './work-list/work-list-file.ts';
import { createWorkListService, type WorkListService } from './work-list/work-list-service.ts';
import { createCallCheck } from './calls/call-check.ts';
import { createCallService, type CallService } from './calls/call-service.ts';
import { loadZoneLookup } from './calls/zone-lookup.ts';

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
  /** How often the dial-log outbox retries (default RETRY_MS); tests shorten it. */
  outboxRetryMs?: number;
  /** The Electron build's bundled integrity worker; elsewhere src/main/store/integrity-worker.ts runs as it is. */
  createIntegrityWorker?: CreateIntegrityWorker;
  /** SOFTPHONE_DATABASE_URL, passed by the composition root: a floor database that overrides desk-config.json. */
  databaseUrl?: string | undefined;
  /** Encrypts the floor password (Electron safeStorage); NO_SECRET_BOX where there is none: a password is then not saved. */
  secretBox?: SecretBox;
  /**
   * The call guard (Regulation F, calling hours, do-not-call) checks every dial; on unless turned off. Only the
   * browser harness turns it off, for specs about other things that dial at any hour and as often as they like.
   */
  callGuard?: boolean;
};

export type AppServices = {
  readonly store: Store;
  readonly notices: string[];
  readonly auth: AuthService;
  readonly dialService: DialService;
  /** Dial-log rows the database did not take at once, on their way to it. */
  readonly dialLog: DialLogOutbox;
  readonly imports: ImportService;
  /** Each operator's work list on this desk. */
  readonly workLists: WorkListService;
  /** The call guard's badges, do-not-call marks and settings. */
  readonly calls: CallService;
  readonly schemeHandler: (scheme: string) => Promise<string | null>;
  /** Typed main → renderer events (ipc-contract.ts MainEvents): the window subscribes, services publish. */
  readonly events: MainEventHub;
  /** Calls from other programs (links), the hotkey and the tray: each waits on a card for the operator's Enter. */
  readonly links: LinkInbox;
  readonly now: () => Date;
  readonly hashCost: ScryptCost | undefined;
  /** The full integrity check, run after start; its notice (if any) is in `notices` once this settles. */
  readonly integrityChecked: Promise<IntegrityOutcome>;
  /** "Where this desk keeps its data": desk-config.json, read and saved for the next start. */
  readonly dataLocation: DataLocationService;
  /** This desk's tel:/callto:/sip: choice and hotkey (desk-settings.json), for the administrator's This desk tab. */
  readonly deskLinks: DeskLinksService;
  /** Floor mode: true once this desk hears other desks' changes (LISTEN is up); false on SQLite. */
  readonly floorListening: Promise<boolean>;
  close(): Promise<void>;
};

/** Everything main does, without Electron: the Electron composition root and the test harness both build this. */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const now = options.now ?? (() => new Date());
  const secretBox = options.secretBox ?? NO_SECRET_BOX;
  const choice = await chooseStore(options.userDataDir, options.databaseUrl, secretBox);
  const opened = await openChosenStore(choice, options.userDataDir, { seed: options.seed ?? false, now, createImportWorker: options.createImportWorker });
  const { notices } = opened;
  // One set of last-read copies for a dial's reads; the settings among them kept by the floor's notices.
  const lastRead = createLastRead();
  const settingsCopies = createSettingsCopies(lastRead);
  const historyCopies = createHistoryCopies();
  const store = clearingOnWrites(opened.store, { settings: settingsCopies.clear, debtors: historyCopies.clear, file: historyCopies.touchFile });
  const events = createMainEventHub((error) => console.error('softphone: an event could not reach the window', error));
  const dialLog = await openDialLogOutbox({
    folder: options.userDataDir,
    // The window's dial log learns of each stored row here, instead of asking again after every dial.
    append: async (entry) => {
      const stored = await store.dialLog.append(entry);
      events.publish('dial-log:added', { operatorId: entry.operatorId, entry: stored });
      return stored;
    },
    ...(options.outboxRetryMs === undefined ? {} : { retryMs: options.outboxRetryMs }),
  });
  // integrity_check takes ~0.6 s at 100,000 debtors: the window opens meanwhile (quick_check already ran).
  const integrity =
    store.backend === 'sqlite'
      ? checkIntegrityInBackground(store.location, (notice) => notices.push(notice), options.createIntegrityWorker)
      : { done: Promise.resolve<IntegrityOutcome>({ status: 'not-checked', reason: 'PostgreSQL checks its own pages' }), stop: () => undefined };
  // Floor mode: what other desks save reaches this desk's window as floor:changed (LISTEN/NOTIFY).
  let listening: (up: boolean) => void = () => undefined;
  const floorListening = new Promise<boolean>((resolve) => (listening = resolve));
  const floorWatch =
    choice.backend === 'postgres'
      ? subscribeFloorChanges(
          choice.settings,
          floorNoticeHandler({ settings: settingsCopies, history: historyCopies, events }),
          {
            onStatus: ({ connected }) => {
              settingsCopies.setListening(connected);
              historyCopies.setListening(connected);
              if (connected) listening(true);
            },
          },
        )
      : null;
  if (floorWatch === null) listening(false);
  const dataLocation = createDataLocationService({
    userDataDir: options.userDataDir,
    box: secretBox,
    inUse: { backend: store.backend, location: store.location },
    overriddenByEnv: choice.backend === 'postgres' && choice.source === 'env',
  });
  const openUri = createUriOpener({ openExternal: options.openExternal, schemeHandler: options.schemeHandler });
  const callCheck = createCallCheck({ store, zones: loadZoneLookup, settingsRead: settingsCopies.read, historyRead: historyCopies.read });
  // A dial's row may reach the floor a while after the datagram: the file's copies go now, so the next check counts it.
  const logDial = (entry: NewDialLogEntry): Promise<void> => (historyCopies.touchFile(entry.fileNumber ?? null), dialLog.record(entry));
  const dialService = createDialService({
    store, sendDatagram, openUri, guard: createDuplicateGuard(), now, logDial, lastRead, settingsRead: settingsCopies.read,
    ...(options.callGuard === false ? {} : { callCheck }),
  });
  const auth = createAuthService({ store, session: createSession(), now, ...(options.hashCost ? { hashCost: options.hashCost } : {}) });
  const imports = createImportService({
    importDebtors: store.importDebtors,
    folder: importFolder(options.userDataDir),
    // While an import's worker holds SQLite's write lock, dial-log rows wait in the outbox, not the main thread.
    onWriteLock: dialLog.hold,
    onImported: (fileName, summary, by) => store.audit.append(importAuditRow(fileName, summary, by, now())),
  });
  const workLists = createWorkListService({
    file: openWorkListFile(options.userDataDir, (notice) => notices.push(notice)),
    search: (query, offset, limit) => store.debtors.search(query, offset, limit),
  });
  const links = createLinkInbox({
    now,
    currentUser: () => auth.currentUser(),
    preview: (operatorId, number, context) =>
      previewDial(store, operatorId, number, context, options.callGuard === false ? undefined : { check: callCheck, now }),
    dial: (operatorId, number, context, reason) => dialService.dialLinked(operatorId, number, context, reason === undefined ? undefined : { reason }),
    audit: (entry) => store.audit.append(entry),
    publish: (view) => events.publish('link:card', view),
  });
  return {
    store,
    notices,
    auth,
    dialService,
    dialLog,
    imports,
    workLists,
    calls: createCallService(store, callCheck),
    schemeHandler: options.schemeHandler,
    events,
    links,
    now,
    hashCost: options.hashCost,
    integrityChecked: integrity.done,
    dataLocation,
    deskLinks: createDeskLinksService({ userDataDir: options.userDataDir, store }),
    floorListening,
    async close() {
      integrity.stop();
      await floorWatch?.close();
      imports.close();
      await imports.idle();
      await dialLog.close();
      await store.close();
    },
  };
}
