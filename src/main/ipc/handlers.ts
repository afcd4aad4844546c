import type { AppState, IpcChannel, IpcRequest, IpcResponse } from '../../shared/ipc-contract.ts';
import { isSchemeSyntax } from '../../shared/schemes.ts';
import type { AppServices } from '../app-services.ts';
import { operatorMode } from '../services/operator-mode.ts';
import { saveAllowedSchemes, saveOperator, setOperatorPassword } from '../services/operator-service.ts';
import { Refusal } from '../services/refusal.ts';
import type { SessionUser } from '../services/session.ts';

/** A handler gets the request (already schema-checked) and the user the permission check let through. */
export type Handlers = {
  [C in IpcChannel]: (request: IpcRequest<C>, user: SessionUser | null) => Promise<IpcResponse<C>> | IpcResponse<C>;
};

/** One function per channel; the sender, the payload and the caller's permission are already checked. */
export function createHandlers(services: AppServices): Handlers {
  const { store, auth, dialService, imports, now } = services;
  const signedIn = (user: SessionUser | null): SessionUser => {
    if (user === null) throw new Refusal('Sign in first.');
    return user;
  };
  return {
    'app:state': () => appState(services),
    'auth:setup': async (request) => {
      await auth.setupFirstAdmin(request);
      return appState(services);
    },
    'auth:sign-in': async ({ code, password }) => {
      await auth.signIn(code, password);
      return appState(services);
    },
    'auth:sign-out': () => {
      auth.signOut();
      return appState(services);
    },
    'operator:get': ({ operatorId }) => {
      const operator = store.operators.account(operatorId);
      if (operator === null) throw new Refusal(`Operator ${operatorId} does not exist.`);
      return operator;
    },
    'operator:save': (request, user) => saveOperator(store, request, signedIn(user), now()),
    'operator:set-password': (request, user) => setOperatorPassword(store, request, signedIn(user), now(), services.hashCost),
    'audit:list': ({ operatorId, limit }) =>
      operatorId === null ? store.audit.list(limit) : store.audit.listForOperator(operatorId, limit),
    'schemes:save': ({ schemes }, user) => {
      saveAllowedSchemes(store, schemes, signedIn(user), now());
      return appState(services);
    },
    'debtors:search': ({ query, offset, limit }) => store.debtors.search(query, offset, limit),
    'dial:phone': ({ phoneId }, user) => dialService.dialPhone(signedIn(user).operatorId, phoneId),
    'dial:number': ({ number }, user) => dialService.dialNumber(signedIn(user).operatorId, number),
    'dial:test': ({ operatorId, number, client, debtor }) =>
      dialService.dialNumber(operatorId, number, client === undefined || debtor === undefined ? {} : { client, debtor }),
    'dial-log:list': ({ limit }) => store.dialLog.list(limit),
    'scheme:handler': async ({ scheme }) => {
      const lower = scheme.toLowerCase();
      if (!isSchemeSyntax(lower)) throw new Refusal(`"${scheme}" is not a scheme name.`);
      return { scheme: lower, handler: await services.schemeHandler(lower) };
    },
    'import:begin': ({ fileName, size }, user) => imports.begin(fileName, size, signedIn(user)),
    'import:chunk': ({ importId, index, data }) => imports.chunk(importId, index, data),
    'import:start': ({ importId }) => imports.start(importId),
    'import:status': ({ importId }) => imports.status(importId),
    'import:cancel': ({ importId }) => imports.cancel(importId),
  };
}

/** What the window may know: before sign-in only whether setup is needed; operators see only themselves. */
function appState({ store, auth, notices }: AppServices): AppState {
  const allowedSchemes = store.settings.allowedSchemes();
  const user = auth.currentUser();
  const setupNeeded = auth.needsSetup();
  if (user === null) return { setupNeeded, session: null, operators: [], allowedSchemes, notices };
  const visible = store.operators.accounts().filter((o) => user.role === 'admin' || o.id === user.operatorId);
  const operators = visible.map((o) => ({
    id: o.id,
    code: o.code,
    name: o.name,
    useSoftphone: o.useSoftphone,
    mode: operatorMode(o, allowedSchemes),
    role: o.role,
    active: o.active,
    hasPassword: o.hasPassword,
  }));
  const self = operators.find((o) => o.id === user.operatorId);
  const session = { ...user, mode: self?.mode ?? 'Softphone dialing is off' };
  return { setupNeeded, session, operators, allowedSchemes, notices };
}
