/** The composition root: with the Electron files beside it (startup-dialog.ts, window/app-scheme.ts, window/harden.ts) the only main-process code that imports Electron. */
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { createAppServices } from './app-services.ts';
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

  const window = new BrowserWindow(mainWindowOptions(join(here, '../preload/index.cjs'), join(here, '../../assets/icon.png')));
  window.once('ready-to-show', () => window.show());
  const stopEvents = services.events.subscribe((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(event, payload);
  });
  window.on('closed', stopEvents);
  void window.loadURL(pageUrl);
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppPage));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start).catch(quitWithStartupFailure);
}
