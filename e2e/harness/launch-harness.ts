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
import { linksInArgv } from '../../src/main/links/links-in-argv.ts';
import { PRELOAD_API_BUNDLE, PRELOAD_API_GLOBAL } from './build.ts';
import { createIpcTransport, replyAsJson } from './ipc-transport.ts';
import { HARNESS_INDEX_URL, serveRenderer } from './renderer-route.ts';

export type HarnessOptions = {
  /** Reuse a user-data folder (its SQLite file) from an earlier harness: a restart. */
  readonly dbDir?: string;
  /** The environment xdg-open and xdg-mime run in, e.g. a fake softphone's HOME. Default: this process's. */
  readonly env?: NodeJS.ProcessEnv;
  readonly now?: () => Date;
  /** A floor database for this desk, as SOFTPHONE_DATABASE_URL would give it (default: the folder's SQLite file). */
  readonly databaseUrl?: string;
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
  /**
   * TEST ENTRY POINT for what the OS does with a link the app is registered for: the app gets it in a
   * command line (start, second instance) and hands it to the link inbox, as src/main/index.ts does.
   */
  openLinkAsOs(link: string): Promise<void>;
  /** Closes the page and the services; the user-data folder stays (see HarnessOptions.dbDir). */
  close(): Promise<void>;
};

/** The name of the binding the page calls; only the init script below uses it. */
const INVOKE_BINDING = '__softphoneInvoke';
/** TEST DOUBLE for webContents.send: the page function the harness calls to deliver one of main's events. */
const EMIT_FUNCTION = '__softphoneEmit';

export async function launchHarness(browser: Browser, options: HarnessOptions = {}): Promise<Harness> {
  const dbDir = options.dbDir ?? (await createUserDataDir());
  const env = options.env ?? process.env;
  const services = await createAppServices({
    userDataDir: dbDir,
    openExternal: (uri) => openWithPlatform(uri, env),
    schemeHandler: (scheme) => linuxSchemeHandler(scheme, env),
    ...(options.now ? { now: options.now } : {}),
    ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
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
  const stopEvents = services.events.subscribe((event, payload) => {
    const json = replyAsJson(payload);
    // A page that is closing or navigating misses the event, as a destroyed window would.
    void page.evaluate(([name, text, emit]) => (globalThis as unknown as Record<string, (n: string, t: string) => void>)[emit]?.(name, text), [event, json ?? 'null', EMIT_FUNCTION] as const).catch(() => {});
  });
  await page.goto(HARNESS_INDEX_URL);

  let closed = false;
  return {
    page,
    context,
    services,
    dbDir,
    pageErrors,
    async openLinkAsOs(link) {
      for (const found of linksInArgv(['softphone-launcher', link])) await services.links.deliverLink(found);
    },
    async close() {
      if (closed) return;
      closed = true;
      stopEvents();
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
  // main's events, delivered by the harness calling ${EMIT_FUNCTION} (as webContents.send would).
  const listeners = new Map();
  const subscribe = (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  };
  Object.defineProperty(window, '${EMIT_FUNCTION}', {
    value: (event, text) => { for (const listener of listeners.get(event) ?? []) listener(JSON.parse(text)); },
  });
  // Replies arrive as JSON text (see replyAsJson in ipc-transport.ts).
  const api = ${PRELOAD_API_GLOBAL}.createSoftphoneApi((channel, payload) =>
    invoke(channel, payload).then((reply) => (reply === undefined ? undefined : JSON.parse(reply))),
    subscribe,
  );
  Object.defineProperty(window, 'softphone', { value: api, enumerable: true, writable: false, configurable: false });
})();`;
}
