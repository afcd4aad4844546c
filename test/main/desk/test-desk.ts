import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createAppServices, type AppServices, type AppServicesOptions } from '../../../src/main/app-services.ts';
import { registerIpcHandlers, trustedPage, type IpcEventLike } from '../../../src/main/ipc/register-handlers.ts';
import type { IpcChannel, IpcReply, IpcResponse, MainEvents } from '../../../src/shared/ipc-contract.ts';
import { TEST_COST } from '../auth/auth-setup.ts';
import { floorAfternoonClock } from '../../support/floor-afternoon.ts';

const APP_PAGE = 'file:///opt/softphone/out/renderer/index.html';
const fromApp: IpcEventLike = { senderFrame: { url: APP_PAGE } };

export const ADMIN_PASSWORD = 'admin password 1';
export const OPERATOR_PASSWORD = 'operator password 1';
export const SETUP = { code: 'ADA', name: 'Ada Admin', password: ADMIN_PASSWORD, passwordAgain: ADMIN_PASSWORD, loadSampleData: true };

/** One desk: the app's real services and IPC handlers over a user-data folder of its own, called as the window calls them. */
export type Desk = {
  readonly services: AppServices;
  readonly userDataDir: string;
  invoke<C extends IpcChannel>(channel: C, payload: unknown): Promise<IpcReply<C>>;
  /** The reply's value; throws with main's refusal. */
  value<C extends IpcChannel>(channel: C, payload: unknown): Promise<IpcResponse<C>>;
  close(): Promise<void>;
};

const dirs: string[] = [];
const running = new Set<AppServices>();
afterEach(async () => {
  for (const services of running) await services.close();
  running.clear();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new folder of its own, removed after the test. */
export function deskFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'softphone-desk-'));
  dirs.push(dir);
  return dir;
}

export async function startDesk(options: Partial<AppServicesOptions> = {}): Promise<Desk> {
  const userDataDir = options.userDataDir ?? deskFolder();
  const services = await createAppServices({
    userDataDir, openExternal: async () => undefined, schemeHandler: async () => null, hashCost: TEST_COST, now: floorAfternoonClock(), ...options,
  });
  running.add(services);
  const handlers = new Map<string, (event: IpcEventLike, payload: unknown) => Promise<unknown>>();
  registerIpcHandlers({ handle: (channel, fn) => void handlers.set(channel, fn) }, services, trustedPage(APP_PAGE));
  const invoke = <C extends IpcChannel>(channel: C, payload: unknown): Promise<IpcReply<C>> => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(fromApp, payload) as Promise<IpcReply<C>>;
  };
  return {
    services,
    userDataDir,
    invoke,
    async value(channel, payload) {
      const reply = await invoke(channel, payload);
      if (!reply.ok) throw new Error(`${channel} refused: ${reply.error}`);
      return reply.value;
    },
    async close() {
      running.delete(services);
      await services.close();
    },
  };
}

/** The next floor:changed event desk `desk`'s window would get. */
export function nextFloorChange(desk: Desk): Promise<MainEvents['floor:changed']> {
  return new Promise((resolve) => {
    const stop = desk.services.events.subscribe((event, payload) => {
      if (event !== 'floor:changed') return;
      stop();
      resolve(payload as MainEvents['floor:changed']);
    });
  });
}

/** Operator `code`'s Note 2 saved by desk `desk`'s signed-in administrator, with the softphone toggle on. */
export async function saveNote2(desk: Desk, code: string, note2: string): Promise<void> {
  const operator = (await desk.services.store.operators.accounts()).find((o) => o.code === code);
  if (operator === undefined) throw new Error(`no operator ${code}`);
  const { id, name, role, active } = operator;
  await desk.value('operator:save', { id, code, name, useSoftphone: true, note2, role, active });
}
