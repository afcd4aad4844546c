/**
 * The browser harness: the real renderer bundle in Chromium, the real preload API module, and the real
 * main-process services and IPC handlers in this Node process. Only Electron's IPC hop is replaced,
 * by the exposeBinding transport in ipc-transport.ts.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { createAppServices, type AppServices } from '../../src/main/app-services.ts';
import { openWithPlatform } from '../../src/main/dial/platform-opener.ts';
import { linuxSchemeHandler } from '../../src/main/dial/scheme-handler.ts';
import { registerIpcHandlers, trustedPage } from '../../src/main/ipc/register-handlers.ts';
import { PRELOAD_API_BUNDLE, PRELOAD_API_GLOBAL } from './build.ts';
import { createIpcTransport, replyAsJson } from './ipc-transport.ts';
import { HARNESS_INDEX_URL, serveRenderer } from './renderer-route.ts';

export type HarnessOptions = {
  /** Reuse a user-data folder (its SQLite file) from an earlier harness: a restart. */
  readonly dbDir?: string;
  /** The environment xdg-open and xdg-mime run in, e.g. a fake softphone's HOME. Default: this process's. */
  readonly env?: NodeJS.ProcessEnv;
  readonly now?: () => Date;
  /**
   * The call guard (issue 12). Off unless a spec turns it on, with a clock of its own: the specs about other
   * things dial at whatever hour they run, and some dial one debtor more than 7 times.
   */
  readonly callGuard?: boolean;
};

export type Harness = {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly services: AppServices;
  readonly dbDir: string;
  /** Uncaught errors thrown in the page, for a test to assert on. */
  readonly pageErrors: readonly Error[];
  /** Closes the page and the services; the user-data folder stays (see HarnessOptions.dbDir). */
  close(): Promise<void>;
};

/** The name of the binding the page calls; only the init script below uses it. */
const INVOKE_BINDING = '__softphoneInvoke';

export async function launchHarness(browser: Browser, options: HarnessOptions = {}): Promise<Harness> {
  const dbDir = options.dbDir ?? (await createUserDataDir());
  const env = options.env ?? process.env;
  const services = await createAppServices({
    userDataDir: dbDir,
    openExternal: (uri) => openWithPlatform(uri, env),
    schemeHandler: (scheme) => linuxSchemeHandler(scheme, env),
    ...(options.now ? { now: options.now } : {}),
    callGuard: options.callGuard ?? false,
  });
  const transport = createIpcTransport();
  registerIpcHandlers(transport.registry, services, trustedPage(HARNESS_INDEX_URL));

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await serveRenderer(context);
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.exposeBinding(INVOKE_BINDING, async (source, channel: string, payload: unknown) =>
    replyAsJson(await transport.invoke(channel, source.frame.url(), payload)),
  );
  await page.addInitScript({ content: preloadScript() });
  await page.goto(HARNESS_INDEX_URL);

  let closed = false;
  return {
    page,
    context,
    services,
    dbDir,
    pageErrors,
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
      await services.close();
    },
  };
}

export function createUserDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'softphone-e2e-'));
}

/**
 * What src/preload/index.ts does in Electron, with the transport in place of ipcRenderer: the real
 * createSoftphoneApi (bundled by build.ts) becomes window.softphone. It runs before the page's scripts.
 */
function preloadScript(): string {
  const bundle = readFileSync(PRELOAD_API_BUNDLE, 'utf8');
  return `${bundle}
;(() => {
  const invoke = window.${INVOKE_BINDING};
  // Replies arrive as JSON text (see replyAsJson in ipc-transport.ts).
  const api = ${PRELOAD_API_GLOBAL}.createSoftphoneApi((channel, payload) =>
    invoke(channel, payload).then((reply) => (reply === undefined ? undefined : JSON.parse(reply))),
  );
  Object.defineProperty(window, 'softphone', { value: api, enumerable: true, writable: false, configurable: false });
})();`;
}
