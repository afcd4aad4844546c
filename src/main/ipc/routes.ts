import type { AppState, IpcChannel, IpcRequest, IpcResponse } from '../../shared/ipc-contract.ts';
import { isSchemeSyntax } from '../../shared/schemes.ts';
import { stripControlCharacters } from '../../shared/control-characters.ts';
import type { AppServices } from '../app-services.ts';
import {
  adminOnly, IMPORT_ADMIN_ONLY, OPERATOR_SETTINGS_ADMIN_ONLY, OWN_DIALS_ONLY, OWN_RECORD_ONLY, OWN_TEST_DIAL_ONLY, ownRecord, PUBLIC, SIGNED_IN,
  type Access,
} from '../auth/permissions.ts';
import { SIGN_IN_FIRST, type SessionUser } from '../auth/session.ts';
import { DATA_LOCATION_ADMIN_ONLY } from '../desk/data-location-service.ts';
import { DESK_LINKS_ADMIN_ONLY } from '../desk/desk-links-service.ts';
import { waitingDialsText } from '../dial/dial-log-outbox.ts';
import { createLastRead, type LastRead } from '../dial/last-read.ts';
import { operatorMode } from '../dial/operator-mode.ts';
import { UserError } from '../errors.ts';
import { setCallOutcome } from '../dial/call-outcome-service.ts';
import { redial } from '../dial/redial.ts';
import { saveAllowedSchemes, saveOperator, setOperatorPassword } from '../operators/operator-service.ts';

/** A channel's access rule and its handler; the handler gets the request (schema-checked) and the user the rule let through. */
export type Route<C extends IpcChannel> = {
  readonly access: Access;
  readonly handle: (request: IpcRequest<C>, user: SessionUser | null) => Promise<IpcResponse<C>> | IpcResponse<C>;
};

/** Every channel of the contract must appear: a channel without a rule and a handler does not compile. */
export type Routes = { readonly [C in IpcChannel]: Route<C> };

const OPERATOR_ADMIN = adminOnly(OPERATOR_SETTINGS_ADMIN_ONLY);
const IMPORT_ADMIN = adminOnly(IMPORT_ADMIN_ONLY);
const DESK_LINKS_ADMIN = adminOnly(DESK_LINKS_ADMIN_ONLY);

/** The route table: one entry per IPC channel. The sender, the payload and the rule are checked before `handle` runs. */
export function createRoutes(services: AppServices): Routes {
  const { store, auth, dialService, imports, workLists, now, calls } = services;
  const signedIn = (user: SessionUser | null): SessionUser => {
    if (user === null) throw new UserError(SIGN_IN_FIRST);
    return user;
  };
  // The window's state keeps coming while the floor database is unreachable: the last copy read, and the waiting dials.
  // Not on a dial's path (a dial is its own call): a longer deadline, so a busy floor server is not taken for a lost one.
  const cached = createLastRead(1000);
  const state = (): Promise<AppState> => appState(services, cached);
  const adminOrSetup = async (user: SessionUser | null): Promise<void> => {
    if (user?.role === 'admin' || (await auth.needsSetup())) return;
    throw new UserError(DATA_LOCATION_ADMIN_ONLY);
  };
  return {
    'app:state': { access: PUBLIC, handle: state },
    'auth:setup': {
      access: PUBLIC,
      handle: async (request) => {
        await auth.setupFirstAdmin(request);
        return state();
      },
    },
    'auth:sign-in': {
      access: PUBLIC,
      handle: async ({ code, password }) => {
        await auth.signIn(code, password);
        return state();
      },
    },
    'auth:sign-out': {
      access: PUBLIC,
      handle: () => {
        auth.signOut();
        return state();
      },
    },
    'operator:get': {
      access: ownRecord(OWN_RECORD_ONLY),
      handle: async ({ operatorId }) => {
        const operator = await store.operators.account(operatorId);
        if (operator === null) throw new UserError(`Operator ${operatorId} does not exist.`);
        return operator;
      },
    },
    // Operators see their own DETAIL tab read-only: every save, even of their own record, is an admin's.
    'operator:save': { access: OPERATOR_ADMIN, handle: (request, user) => saveOperator(store, request, signedIn(user), now()) },
    'operator:set-password': {
      access: OPERATOR_ADMIN,
      handle: (request, user) => setOperatorPassword(store, request, signedIn(user), now(), services.hashCost),
    },
    'audit:list': {
      access: adminOnly('Only an administrator can see the audit trail.'),
      handle: ({ operatorId, limit }) => (operatorId === null ? store.audit.list(limit) : store.audit.listForOperator(operatorId, limit)),
    },
    'schemes:save': {
      access: adminOnly('Only an administrator can change the scheme allow-list.'),
      handle: async ({ schemes }, user) => {
        await saveAllowedSchemes(store, schemes, signedIn(user), now());
        return state();
      },
    },
    // A NUL or a bidi mark typed or pasted into the search box is not text to look for (issue 9).
    'debtors:search': { access: SIGNED_IN, handle: ({ query, offset, limit }) => store.debtors.search(stripControlCharacters(query), offset, limit) },
    'dial:phone': {
      access: SIGNED_IN,
      handle: ({ phoneId, reason }, user) => dialService.dialPhone(signedIn(user).operatorId, phoneId, reason === undefined ? undefined : { reason }),
    },
    'dial:number': {
      access: SIGNED_IN,
      handle: ({ number, reason }, user) => dialService.dialNumber(signedIn(user).operatorId, number, {}, reason === undefined ? undefined : { reason }),
    },
    // A test dial sends as `operatorId`: operators may test only their own settings.
    'dial:test': {
      access: ownRecord(OWN_TEST_DIAL_ONLY),
      // Logged as the sender's dial, marked as a test of this operator's settings.
      handle: ({ operatorId, number, client, debtor }, user) =>
        dialService.testDial(signedIn(user), operatorId, number, client === undefined || debtor === undefined ? {} : { client, debtor }),
    },
    'dial-log:list': { access: ownRecord(OWN_DIALS_ONLY), handle: (query) => store.dialLog.page(query) },
    // Whose dial may be redialed is the handler's rule (it needs the row): your own, or any for administrators.
    'dial:redial': { access: SIGNED_IN, handle: ({ dialKey, reason }, user) => redial(store, dialService, signedIn(user), dialKey, reason) },
    'dial:set-outcome': { access: SIGNED_IN, handle: (request, user) => setCallOutcome(store, request, signedIn(user), now()) },
    'scheme:handler': {
      access: SIGNED_IN,
      handle: async ({ scheme }) => {
        const lower = scheme.toLowerCase();
        if (!isSchemeSyntax(lower)) throw new UserError(`"${scheme}" is not a scheme name.`);
        return { scheme: lower, handler: await services.schemeHandler(lower) };
      },
    },
    'work-list:get': { access: SIGNED_IN, handle: (_, user) => workLists.current(signedIn(user).operatorId) },
    'work-list:start': { access: SIGNED_IN, handle: ({ query }, user) => workLists.start(signedIn(user).operatorId, stripControlCharacters(query)) },
    'work-list:move': { access: SIGNED_IN, handle: ({ index }, user) => workLists.moveTo(signedIn(user).operatorId, index) },
    'work-list:stop': { access: SIGNED_IN, handle: (_, user) => workLists.stop(signedIn(user).operatorId) },
    // Every step of an import, upload and status included: an operator learns nothing of one.
    'import:begin': { access: IMPORT_ADMIN, handle: ({ fileName, size }, user) => imports.begin(fileName, size, signedIn(user)) },
    'import:chunk': { access: IMPORT_ADMIN, handle: ({ importId, index, data }) => imports.chunk(importId, index, data) },
    'import:start': { access: IMPORT_ADMIN, handle: ({ importId }) => imports.start(importId) },
    'import:status': { access: IMPORT_ADMIN, handle: ({ importId }) => imports.status(importId) },
    'import:cancel': { access: IMPORT_ADMIN, handle: ({ importId }) => imports.cancel(importId) },
    // Public: before sign-in the view holds no card, only that one is waiting.
    'links:pending': { access: PUBLIC, handle: () => services.links.view() },
    'links:confirm': { access: SIGNED_IN, handle: ({ cardId, reason }, user) => services.links.confirm(cardId, signedIn(user), reason) },
    'links:dismiss': { access: SIGNED_IN, handle: ({ cardId }) => services.links.dismiss(cardId) },
    'links:closeRefusal': { access: SIGNED_IN, handle: () => services.links.closeRefusal() },
    // Public like auth:setup, and the handler lets through only an administrator, or anyone before the first one exists.
    'data-location:get': { access: PUBLIC, handle: async (_, user) => (await adminOrSetup(user), services.dataLocation.get()) },
    'data-location:test': { access: PUBLIC, handle: async (choice, user) => (await adminOrSetup(user), services.dataLocation.test(choice)) },
    'data-location:save': { access: PUBLIC, handle: async (choice, user) => (await adminOrSetup(user), services.dataLocation.save(choice)) },
    'desk-links:get': { access: DESK_LINKS_ADMIN, handle: () => services.deskLinks.get() },
    'desk-links:save': { access: DESK_LINKS_ADMIN, handle: (input) => services.deskLinks.save(input) },
    'calls:status': { access: SIGNED_IN, handle: ({ phoneIds }) => calls.status(phoneIds, now()) },
    'calls:mark-phone': { access: SIGNED_IN, handle: ({ phoneId, doNotCall }, user) => calls.markPhone(phoneId, doNotCall, signedIn(user), now()) },
    'calls:settings': { access: SIGNED_IN, handle: () => calls.settings() },
    'calls:save-settings': {
      access: adminOnly('Only an administrator can change the call rules and the dial plan.'),
      handle: (request, user) => calls.saveSettings(request, signedIn(user), now()),
    },
    // An operator sees their own plan (their form's preview shows it); administrators anyone's.
    'calls:operator-plan': { access: ownRecord(OWN_RECORD_ONLY), handle: ({ operatorId }) => calls.operatorPlan(operatorId) },
    'calls:save-operator-plan': {
      access: adminOnly('Only an administrator can change the call rules and the dial plan.'),
      handle: ({ operatorId, numberPlan }, user) => calls.saveOperatorPlan(operatorId, numberPlan, signedIn(user), now()),
    },
  };
}

/** The rule for `channel`, or undefined when the table has none (then the call is refused). */
export function routeOf(routes: Routes, channel: string): Route<IpcChannel> | undefined {
  return Object.hasOwn(routes, channel) ? (routes[channel as IpcChannel] as Route<IpcChannel>) : undefined;
}

/** What the window may know: before sign-in only whether setup is needed; operators see only themselves. */
async function appState({ store, auth, notices, dialLog }: AppServices, cached: LastRead): Promise<AppState> {
  const waitingDials = { count: dialLog.waiting, message: waitingDialsText(store.backend, dialLog.waiting) };
  const allowedSchemes = await cached('allowedSchemes', () => store.settings.allowedSchemes());
  const user = await auth.currentUser();
  const setupNeeded = await cached('needsSetup', () => auth.needsSetup());
  if (user === null) return { setupNeeded, session: null, operators: [], allowedSchemes, notices, waitingDials };
  const visible = (await cached('accounts', () => store.operators.accounts())).filter((o) => user.role === 'admin' || o.id === user.operatorId);
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
  return { setupNeeded, session, operators, allowedSchemes, notices, waitingDials };
}
