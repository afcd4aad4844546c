import { z } from 'zod';
import { IPC_CHANNELS, requestSchemas, type IpcChannel, type IpcReply, type IpcResponse } from '../../shared/ipc-contract.ts';
import type { AppServices } from '../app-services.ts';
import { authorize } from '../auth/permissions.ts';
import type { SessionUser } from '../auth/session.ts';
import { errorText, UserError } from '../errors.ts';
import { createRoutes, routeOf, type Routes } from './routes.ts';

/** What a handler needs of Electron's IpcMainInvokeEvent; ipcMain and the browser harness both provide it. */
export type IpcEventLike = { readonly senderFrame: { readonly url: string } | null };

/** The part of ipcMain used here: Electron's ipcMain fits, and so does the test harness's transport. */
export type IpcRegistry = {
  handle(channel: string, listener: (event: IpcEventLike, payload: unknown) => Promise<unknown>): void;
};

export const FOREIGN_SENDER_ERROR = 'Refused: this request did not come from the Softphone Launcher window.';

/**
 * Every ipcMain handler goes through here: sender checked, payload validated as unknown, the signed-in
 * user's permission checked, refusals returned as values.
 */
export function registerIpcHandlers(
  registry: IpcRegistry,
  services: AppServices,
  isTrustedSender: (url: string) => boolean,
): void {
  const routes = createRoutes(services);
  for (const channel of IPC_CHANNELS) {
    registry.handle(channel, (event, payload) => handleTrusted(services, routes, channel, event, payload, isTrustedSender));
  }
}

async function handleTrusted<C extends IpcChannel>(
  services: AppServices,
  routes: Routes,
  channel: C,
  event: IpcEventLike,
  payload: unknown,
  isTrustedSender: (url: string) => boolean,
): Promise<IpcReply<C>> {
  const url = event.senderFrame?.url;
  if (url === undefined || !isTrustedSender(url)) return { ok: false, error: FOREIGN_SENDER_ERROR };
  const parsed = requestSchemas[channel].safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: `Refused: the request for ${channel} is malformed. ${z.prettifyError(parsed.error)}` };
  }
  try {
    // The user as the database has them now: a deactivated or demoted operator loses access at once.
    const user = await services.auth.currentUser();
    const route = routeOf(routes, channel);
    const refusal = authorize(route?.access, channel, user, parsed.data);
    if (refusal !== null || route === undefined) return { ok: false, error: refusal ?? `Refused: no route for ${channel}.` };
    const handle = route.handle as (request: unknown, user: SessionUser | null) => unknown;
    return { ok: true, value: (await handle(parsed.data, user)) as IpcResponse<C> };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: error.message };
    console.error(`softphone: ${channel} failed`, error);
    return { ok: false, error: `Something went wrong in ${channel}: ${errorText(error)}` };
  }
}

/** The sender check for a window loaded from one known page: same URL, ignoring query and hash. */
export function trustedPage(pageUrl: string): (url: string) => boolean {
  const expected = stripSuffix(pageUrl);
  return (url) => stripSuffix(url) === expected;
}

function stripSuffix(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '\u0000invalid';
  }
}
