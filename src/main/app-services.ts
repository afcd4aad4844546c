import { createAuthService, type AuthService } from './auth/auth-service.ts';
import type { ScryptCost } from './auth/password.ts';
import { sendDatagram } from './dial/udp-dialer.ts';
import { createUriOpener } from './dial/uri-opener.ts';
import { createDialService, type DialService } from './services/dial-service.ts';
import { createDuplicateGuard } from './services/duplicate-guard.ts';
import { createSession } from './services/session.ts';
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
};

export type AppServices = {
  readonly store: Store;
  readonly notices: string[];
  readonly auth: AuthService;
  readonly dialService: DialService;
  readonly schemeHandler: (scheme: string) => Promise<string | null>;
  readonly now: () => Date;
  readonly hashCost: ScryptCost | undefined;
  close(): void;
};

/** Everything main does, without Electron: the Electron composition root and the test harness both build this. */
export function createAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const { store, notices } = openStore(options.userDataDir, { seed: options.seed ?? false, now });
  const openUri = createUriOpener({ openExternal: options.openExternal, schemeHandler: options.schemeHandler });
  const dialService = createDialService({ store, sendDatagram, openUri, guard: createDuplicateGuard(), now });
  const auth = createAuthService({ store, session: createSession(), now, ...(options.hashCost ? { hashCost: options.hashCost } : {}) });
  return {
    store,
    notices,
    auth,
    dialService,
    schemeHandler: options.schemeHandler,
    now,
    hashCost: options.hashCost,
    close: () => store.close(),
  };
}
