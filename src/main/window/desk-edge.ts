/**
 * Where calls from outside reach the app, on Electron's side: links in a command line (first start,
 * a second instance), macOS open-url, the global hotkey on the clipboard, and the tray. Each hands the
 * link or text to the link inbox, which shows a card and never dials by itself.
 */
import { app, BrowserWindow, clipboard, globalShortcut, Menu, nativeImage, Tray } from 'electron';
import type { AppServices } from '../app-services.ts';
import type { DeskSettings } from '../desk/desk-settings.ts';
import { chooseClipboardText } from '../links/clipboard-choice.ts';
import { linksInArgv } from '../links/links-in-argv.ts';
import type { LinkInboxView } from '../../shared/ipc-contract.ts';
import { trayMenuTemplate } from './tray-menu.ts';

let inbox: AppServices['links'] | null = null;
const early: string[] = [];

/** A link from the OS; one that comes before the services are up waits for them. */
export function receiveLink(link: string): void {
  if (inbox === null) early.push(link);
  else void inbox.deliverLink(link);
}

/** Registered before `ready`: the OS may hand a link over as the app starts. */
export function listenForLinks(): void {
  for (const link of linksInArgv(process.argv)) receiveLink(link);
  // macOS hands links over as an event, never in argv.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    receiveLink(url);
  });
  // A second start (the OS opening a link while the app runs) gives its command line to this one, then exits.
  app.on('second-instance', (_event, argv) => {
    for (const link of linksInArgv(argv)) receiveLink(link);
    showWindow(BrowserWindow.getAllWindows()[0]);
  });
}

export function showWindow(window: BrowserWindow | undefined): void {
  if (window === undefined || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Once the services and the window exist: the inbox takes the links, the hotkey and the tray go live. Returns notices. */
export function attachDeskEdge(services: AppServices, window: BrowserWindow, desk: DeskSettings, iconPath: string): string[] {
  inbox = services.links;
  for (const link of early.splice(0)) void inbox.deliverLink(link);
  services.events.subscribe((event, payload) => {
    if (event !== 'link:card') return;
    const view = payload as LinkInboxView;
    if (view.card !== null || view.refused !== null || view.waitingForSignIn) showWindow(window);
  });
  const notices: string[] = [];
  const dialClipboard = () => void clipboardText().then((text) => services.links.deliverText(text, 'tray'));
  if (desk.dialHotkey !== null) {
    const registered = globalShortcut.register(desk.dialHotkey, () => void clipboardText().then((text) => services.links.deliverText(text, 'hotkey')));
    if (!registered) notices.push(`The hotkey ${desk.dialHotkey} is taken by another program: dial the clipboard's number from the tray instead, or choose another hotkey on the This desk tab (desk-settings.json).`);
  }
  app.on('will-quit', () => globalShortcut.unregisterAll());
  const tray = createTray(iconPath, desk.dialHotkey, {
    dialClipboard,
    showWindow: () => showWindow(window),
    signOut: () => {
      services.auth.signOut();
      // The window asks main who is signed in as it loads: it shows the sign-in screen.
      if (!window.isDestroyed()) window.webContents.reload();
    },
    quit: () => app.quit(),
  });
  keepTrayOnClose(window, tray);
  return notices;
}

/** Linux: the primary selection first (selected text, no Ctrl+C needed), then the clipboard. */
async function clipboardText(): Promise<string> {
  // clipboard.selection exists on Linux only.
  const selection = process.platform === 'linux' ? await clipboard.selection.readText() : '';
  return chooseClipboardText(selection, await clipboard.readText());
}

function createTray(iconPath: string, hotkey: string | null, actions: Parameters<typeof trayMenuTemplate>[0]): Tray | null {
  try {
    const tray = new Tray(nativeImage.createFromPath(iconPath).resize({ width: 22, height: 22 }));
    tray.setToolTip('Softphone Launcher');
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(actions, hotkey)));
    return tray;
  } catch (error) {
    // A desktop without a status area: the app works as before, closing the window quits it.
    console.error('softphone: no tray icon on this desktop', error);
    return null;
  }
}

/** With a tray, closing the window hides it: calls from links and the hotkey still reach the operator. */
function keepTrayOnClose(window: BrowserWindow, tray: Tray | null): void {
  if (tray === null) return;
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  window.on('close', (event) => {
    if (quitting) return;
    event.preventDefault();
    window.hide();
  });
}
