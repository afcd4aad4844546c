/** The tray's menu, in the order it shows; plain data so a test can read it without Electron. */
export type TrayActions = {
  readonly dialClipboard: () => void;
  readonly showWindow: () => void;
  readonly signOut: () => void;
  readonly quit: () => void;
};

export function trayMenuTemplate(actions: TrayActions, hotkey: string | null): { label?: string; type?: 'separator'; click?: () => void }[] {
  return [
    { label: hotkey === null ? 'Dial clipboard number' : `Dial clipboard number (${hotkey})`, click: actions.dialClipboard },
    { label: 'Show window', click: actions.showWindow },
    { type: 'separator' },
    { label: 'Sign out', click: actions.signOut },
    { label: 'Quit', click: actions.quit },
  ];
}
