/**
 * The composition root: with the Electron files beside it (startup-dialog.ts, window/app-scheme.ts, window/harden.ts,
 * window/desk-edge.ts, window/protocol.ts) the only main-process code that imports Electron.
 */
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { createAppServices, type AppServices } from './app-services.ts';
import { electronSecretBox } from './electron-secret-box.ts';
import { linuxSchemeHandler } from './dial/scheme-handler.ts';
// electron-vite bundles each worker as its own chunk and hands back a function that starts it.
import createImportWorker from './import/import-worker.ts?nodeWorker';
import createIntegrityWorker from './store/integrity-worker.ts?nodeWorker';
import { registerIpcHandlers, trustedPage } from './ipc/register-handlers.ts';
import { quitWithStartupFailure } from './startup-dialog.ts';
import { userDataOverride } from './user-data-dir.ts';
import { APP_PAGE_URL } from './window/app-page.ts';
import { registerAppScheme, serveAppScheme } from './window/app-scheme.ts';
import { denyPermissions, hardenWebContents } from './window/harden.ts';
import { mainWindowOptions } from './window/main-window.ts';
import { readDeskSettings } from './desk/desk-settings.ts';
import { decideHandlerSchemes } from '../shared/handler-schemes.ts';
import { attachDeskEdge, listenForLinks } from './window/desk-edge.ts';
import { registerLinkSchemes } from './window/protocol.ts';

const here = import.meta.dirname;
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const pageUrl = devServerUrl ?? APP_PAGE_URL;
const isAppPage = trustedPage(pageUrl);

// Development and the test suites point an unpackaged app at their own data folder.
const userDataDir = userDataOverride(app.isPackaged, process.env);
if (userDataDir !== null) app.setPath('userData', userDataDir);
registerAppScheme();

async function schemeHandler(scheme: string): Promise<string | null> {
  if (process.platform === 'linux') return linuxSchemeHandler(scheme);
  const name = app.getApplicationNameForProtocol(`${scheme}://`);
  return name === '' ? null : name;
}

async function start(): Promise<void> {
  serveAppScheme(join(here, '../renderer'));
  const services = await createAppServices({
    userDataDir: app.getPath('userData'),
    openExternal: (uri) => shell.openExternal(uri, { activate: true }),
    schemeHandler,
    createImportWorker,
    createIntegrityWorker,
    databaseUrl: process.env['SOFTPHONE_DATABASE_URL'],
    secretBox: electronSecretBox(),
  });
  registerIpcHandlers(ipcMain, services, isAppPage);
  denyPermissions(session.defaultSession);
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    // Let the outbox finish what it is writing and the database close before the process ends.
    event.preventDefault();
    closing = true;
    void services.close().finally(() => app.quit());
  });

  const iconPath = join(here, '../../assets/icon.png');
  const window = new BrowserWindow(mainWindowOptions(join(here, '../preload/index.cjs'), iconPath));
  window.once('ready-to-show', () => window.show());
  const stopEvents = services.events.subscribe((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(event, payload);
  });
  window.on('closed', stopEvents);
  // Links, the hotkey and the tray are extras: when they cannot be set up the window still opens, and says why.
  await takeCallsFromOtherPrograms(services, window, iconPath).catch((error: unknown) =>
    services.notices.push(`Calls from other programs (links, hotkey, tray) are off: ${error instanceof Error ? error.message : String(error)}`),
  );
  void window.loadURL(pageUrl);
}

/** Links, the hotkey and the tray, as this desk's desk-settings.json says (an administrator's file beside the database). */
async function takeCallsFromOtherPrograms(services: AppServices, window: BrowserWindow, iconPath: string): Promise<void> {
  const desk = readDeskSettings(app.getPath('userData'));
  services.notices.push(...desk.notices);
  const handlers = decideHandlerSchemes(desk.settings.handlerSchemes, await services.store.operators.list(), await services.store.settings.allowedSchemes());
  services.notices.push(...handlers.refused.map((r) => r.reason));
  registerLinkSchemes(handlers.register);
  services.notices.push(...attachDeskEdge(services, window, desk.settings, iconPath));
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppPage));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  listenForLinks();
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start).catch(quitWithStartupFailure);
}
