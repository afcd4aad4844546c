/**
 * TEST DOUBLE — the transport that replaces Electron's ipcRenderer/ipcMain pair in the browser harness.
 *
 * Everything on both sides of it is the project's real code: the preload's createSoftphoneApi calls
 * `invoke`, and the listeners registered here are the ones registerIpcHandlers gives ipcMain in the app.
 * Only the hop between them differs: Playwright's exposeBinding instead of Electron's IPC. It copies
 * Electron's contract where tests could notice: one handler per channel, a rejection for a channel
 * nobody handles, and the sending frame's URL passed as event.senderFrame.url.
 *
 * Replies cross as JSON text (see replyAsJson): Playwright passes an object a binding returns through its
 * own serializer, value by value, 17–22 ms for a 100-debtor page (30 KB; measured on the bench machine), while
 * the same reply as a string crosses, and is parsed, in under 2 ms. Electron's IPC copies replies by
 * structured clone in native code, so without this the benchmarks would time the test double.
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

/**
 * `reply` as JSON text for the page to parse back. Every reply of the IPC contract is plain data, which
 * JSON carries exactly; a value it would not (a Date, a Map, NaN, undefined in an array…) is refused by
 * name, so the double never hands the page something Electron's structured clone would not.
 */
export function replyAsJson(reply: unknown): string | undefined {
  if (reply === undefined) return undefined;
  const problem = notJsonExact(reply, 'the reply');
  if (problem !== null) throw new Error(`The harness transport cannot pass ${problem} faithfully as JSON.`);
  return JSON.stringify(reply);
}

/** Where in `value` JSON would change what structured clone keeps, or null when nowhere. */
function notJsonExact(value: unknown, where: string): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${where} (${value})`;
  if (typeof value !== 'object') return `${where} (a ${typeof value})`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const problem = item === undefined ? `${where}[${i}] (undefined)` : notJsonExact(item, `${where}[${i}]`);
      if (problem !== null) return problem;
    }
    return null;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return `${where} (a ${value.constructor.name})`;
  for (const [key, item] of Object.entries(value)) {
    // An undefined property is left out by JSON and read back as undefined all the same.
    const problem = item === undefined ? null : notJsonExact(item, `${where}.${key}`);
    if (problem !== null) return problem;
  }
  return null;
}
