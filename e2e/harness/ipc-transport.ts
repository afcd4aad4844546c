/**
 * TEST DOUBLE — the transport that replaces Electron's ipcRenderer/ipcMain pair in the browser harness.
 *
 * Everything on both sides of it is the project's real code: the preload's createSoftphoneApi calls
 * `invoke`, and the listeners registered here are the ones registerIpcHandlers gives ipcMain in the app.
 * Only the hop between them differs: Playwright's exposeBinding instead of Electron's IPC. It copies
 * Electron's contract where tests could notice: one handler per channel, a rejection for a channel
 * nobody handles, and the sending frame's URL passed as event.senderFrame.url.
 */
import type { IpcEventLike, IpcRegistry } from '../../src/main/ipc/register-handlers.ts';

type Listener = (event: IpcEventLike, payload: unknown) => Promise<unknown>;

export type IpcTransport = {
  /** Handed to registerIpcHandlers in place of ipcMain. */
  readonly registry: IpcRegistry;
  /** What ipcRenderer.invoke does: runs the channel's listener as if `senderUrl`'s frame had sent it. */
  invoke(channel: string, senderUrl: string, payload: unknown): Promise<unknown>;
  readonly channels: () => string[];
};

export function createIpcTransport(): IpcTransport {
  const listeners = new Map<string, Listener>();
  return {
    registry: {
      handle(channel, listener) {
        // Electron's own wording: ipcMain.handle refuses a second handler for a channel.
        if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        listeners.set(channel, listener);
      },
    },
    async invoke(channel, senderUrl, payload) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
      return listener({ senderFrame: { url: senderUrl } }, payload);
    },
    channels: () => [...listeners.keys()],
  };
}
