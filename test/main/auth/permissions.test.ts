import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../src/main/app-services.ts';
import {
  authorize, IMPORT_ADMIN_ONLY, OPERATOR_SETTINGS_ADMIN_ONLY, OWN_DIALS_ONLY, OWN_RECORD_ONLY, OWN_TEST_DIAL_ONLY,
} from '../../../src/main/auth/permissions.ts';
import { createRoutes, routeOf, type Routes } from '../../../src/main/ipc/routes.ts';
import { tempDir } from '../store/temp-store.ts';
import { DESK_LINKS_ADMIN_ONLY } from '../../../src/main/desk/desk-links-service.ts';
import type { SessionUser } from '../../../src/main/auth/session.ts';
import { IPC_CHANNELS } from '../../../src/shared/ipc-contract.ts';

const ADA: SessionUser = { operatorId: 1, code: 'ADA', name: 'Ada Admin', role: 'admin' };
const BEN: SessionUser = { operatorId: 2, code: 'BEN', name: 'Ben UDP', role: 'operator' };
const SIGN_IN_FIRST = 'Sign in first.';

let services: AppServices;
let routes: Routes;
beforeAll(async () => {
  services = await createAppServices({ userDataDir: tempDir(), openExternal: async () => {}, schemeHandler: async () => null });
  routes = createRoutes(services);
});
afterAll(() => services.close());

/** The route table's rule for `channel`, checked the way the IPC wrapper checks it. */
const check = (channel: string, user: SessionUser | null, request: unknown): string | null =>
  authorize(routeOf(routes, channel)?.access, channel, user, request);

const saveRequest = { id: 2, code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:999' };

describe('who may call which channel', () => {
  it('has a rule for every channel of the IPC contract', () => {
    for (const channel of IPC_CHANNELS) expect(routeOf(routes, channel)?.access, channel).toBeDefined();
  });

  it('lets anyone reach the app state, the setup and the sign-in', () => {
    for (const channel of ['app:state', 'auth:setup', 'auth:sign-in', 'auth:sign-out']) {
      expect(check(channel, null, undefined), channel).toBeNull();
      expect(check(channel, BEN, undefined), channel).toBeNull();
    }
  });

  it('asks everyone else to sign in first', () => {
    const signedInOnly = IPC_CHANNELS.filter((c) => routeOf(routes, c)?.access.level !== 'public');
    expect(signedInOnly).toEqual(expect.arrayContaining(['debtors:search', 'dial:phone', 'operator:save', 'audit:list']));
    for (const channel of signedInOnly) expect(check(channel, null, { operatorId: 1 }), channel).toBe(SIGN_IN_FIRST);
  });

  it('lets a signed-in operator search, dial, read the dial log and look up scheme handlers', () => {
    for (const channel of ['debtors:search', 'dial:phone', 'dial:number', 'scheme:handler']) {
      expect(check(channel, BEN, {}), channel).toBeNull();
    }
  });

  it('shows an operator only their own dials; an administrator anyone\'s or everyone\'s', () => {
    const page = { offset: 0, limit: 100 };
    expect(check('dial-log:list', BEN, { ...page, operatorId: 2 })).toBeNull();
    expect(check('dial-log:list', BEN, { ...page, operatorId: 3 })).toBe(OWN_DIALS_ONLY);
    expect(check('dial-log:list', BEN, { ...page, operatorId: null })).toBe(OWN_DIALS_ONLY);
    expect(OWN_DIALS_ONLY).toBe('Operators see only their own dials in the dial log.');
    expect(check('dial-log:list', ADA, { ...page, operatorId: 3 })).toBeNull();
    expect(check('dial-log:list', ADA, { ...page, operatorId: null })).toBeNull();
  });

  it('lets an operator read only their own operator record', () => {
    expect(check('operator:get', BEN, { operatorId: 2 })).toBeNull();
    expect(check('operator:get', BEN, { operatorId: 1 })).toBe(OWN_RECORD_ONLY);
    expect(OWN_RECORD_ONLY).toBe('Operators can see only their own operator settings.');
    expect(check('operator:get', ADA, { operatorId: 2 })).toBeNull();
  });

  it('lets an operator test-dial only with their own settings', () => {
    expect(check('dial:test', BEN, { operatorId: 2, number: '555-0100' })).toBeNull();
    expect(check('dial:test', BEN, { operatorId: 3, number: '555-0100' })).toBe(OWN_TEST_DIAL_ONLY);
    expect(check('dial:test', ADA, { operatorId: 3, number: '555-0100' })).toBeNull();
  });

  it('refuses an operator who saves operator settings, even their own', () => {
    expect(OPERATOR_SETTINGS_ADMIN_ONLY).toBe('Only an administrator can change operator settings.');
    expect(check('operator:save', BEN, saveRequest)).toBe(OPERATOR_SETTINGS_ADMIN_ONLY);
    expect(check('operator:save', BEN, { ...saveRequest, id: 3 })).toBe(OPERATOR_SETTINGS_ADMIN_ONLY);
    expect(check('operator:save', ADA, saveRequest)).toBeNull();
  });

  it('keeps operator management, the allow-list, import and the audit trail for administrators', () => {
    const refusals = {
      'operator:set-password': OPERATOR_SETTINGS_ADMIN_ONLY,
      'schemes:save': 'Only an administrator can change the scheme allow-list.',
      'audit:list': 'Only an administrator can see the audit trail.',
      'import:begin': IMPORT_ADMIN_ONLY,
      'import:chunk': IMPORT_ADMIN_ONLY,
      'import:start': IMPORT_ADMIN_ONLY,
      'import:status': IMPORT_ADMIN_ONLY,
      'import:cancel': IMPORT_ADMIN_ONLY,
      'desk-links:get': DESK_LINKS_ADMIN_ONLY,
      'desk-links:save': DESK_LINKS_ADMIN_ONLY,
    };
    for (const [channel, refusal] of Object.entries(refusals)) {
      expect(check(channel, BEN, { operatorId: 2 }), channel).toBe(refusal);
      expect(check(channel, ADA, { operatorId: 2 }), channel).toBeNull();
    }
  });

  it('refuses a channel that has no rule, for administrators too', () => {
    expect(check('operator:delete-everything', ADA, {})).toBe('Refused: no permission rule covers operator:delete-everything.');
    expect(check('toString', ADA, {})).toBe('Refused: no permission rule covers toString.');
  });

  it("does not take an operator id from anything but the request's own operatorId number", () => {
    expect(check('operator:get', BEN, { operatorId: '2' })).toBe(OWN_RECORD_ONLY);
    expect(check('operator:get', BEN, null)).toBe(OWN_RECORD_ONLY);
    expect(check('operator:get', BEN, Object.create({ operatorId: 2 }))).toBe(OWN_RECORD_ONLY);
  });
});
