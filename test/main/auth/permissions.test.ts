import { describe, expect, it } from 'vitest';
import {
  authorize, CHANNEL_ACCESS, IMPORT_ADMIN_ONLY, OPERATOR_SETTINGS_ADMIN_ONLY, OWN_RECORD_ONLY, OWN_TEST_DIAL_ONLY,
} from '../../../src/main/auth/permissions.ts';
import type { SessionUser } from '../../../src/main/services/session.ts';
import { IPC_CHANNELS } from '../../../src/shared/ipc-contract.ts';

const ADA: SessionUser = { operatorId: 1, code: 'ADA', name: 'Ada Admin', role: 'admin' };
const BEN: SessionUser = { operatorId: 2, code: 'BEN', name: 'Ben UDP', role: 'operator' };
const SIGN_IN_FIRST = 'Sign in first.';

const saveRequest = { id: 2, code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:999' };

describe('who may call which channel', () => {
  it('has a rule for every channel of the IPC contract', () => {
    for (const channel of IPC_CHANNELS) expect(Object.hasOwn(CHANNEL_ACCESS, channel), channel).toBe(true);
  });

  it('lets anyone reach the app state, the setup and the sign-in', () => {
    for (const channel of ['app:state', 'auth:setup', 'auth:sign-in', 'auth:sign-out']) {
      expect(authorize(channel, null, undefined), channel).toBeNull();
      expect(authorize(channel, BEN, undefined), channel).toBeNull();
    }
  });

  it('asks everyone else to sign in first', () => {
    const signedInOnly = Object.keys(CHANNEL_ACCESS).filter((c) => CHANNEL_ACCESS[c]?.level !== 'public');
    expect(signedInOnly).toEqual(expect.arrayContaining(['debtors:search', 'dial:phone', 'operator:save', 'audit:list']));
    for (const channel of signedInOnly) expect(authorize(channel, null, { operatorId: 1 }), channel).toBe(SIGN_IN_FIRST);
  });

  it('lets a signed-in operator search, dial, read the dial log and look up scheme handlers', () => {
    for (const channel of ['debtors:search', 'dial:phone', 'dial:number', 'dial-log:list', 'scheme:handler']) {
      expect(authorize(channel, BEN, {}), channel).toBeNull();
    }
  });

  it('lets an operator read only their own operator record', () => {
    expect(authorize('operator:get', BEN, { operatorId: 2 })).toBeNull();
    expect(authorize('operator:get', BEN, { operatorId: 1 })).toBe(OWN_RECORD_ONLY);
    expect(OWN_RECORD_ONLY).toBe('Operators can see only their own operator settings.');
    expect(authorize('operator:get', ADA, { operatorId: 2 })).toBeNull();
  });

  it('lets an operator test-dial only with their own settings', () => {
    expect(authorize('dial:test', BEN, { operatorId: 2, number: '555-0100' })).toBeNull();
    expect(authorize('dial:test', BEN, { operatorId: 3, number: '555-0100' })).toBe(OWN_TEST_DIAL_ONLY);
    expect(authorize('dial:test', ADA, { operatorId: 3, number: '555-0100' })).toBeNull();
  });

  it('refuses an operator who saves operator settings, even their own', () => {
    expect(OPERATOR_SETTINGS_ADMIN_ONLY).toBe('Only an administrator can change operator settings.');
    expect(authorize('operator:save', BEN, saveRequest)).toBe(OPERATOR_SETTINGS_ADMIN_ONLY);
    expect(authorize('operator:save', BEN, { ...saveRequest, id: 3 })).toBe(OPERATOR_SETTINGS_ADMIN_ONLY);
    expect(authorize('operator:save', ADA, saveRequest)).toBeNull();
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
    };
    for (const [channel, refusal] of Object.entries(refusals)) {
      expect(authorize(channel, BEN, { operatorId: 2 }), channel).toBe(refusal);
      expect(authorize(channel, ADA, { operatorId: 2 }), channel).toBeNull();
    }
  });

  it('refuses a channel that has no rule, for administrators too', () => {
    expect(authorize('operator:delete-everything', ADA, {})).toBe('Refused: no permission rule covers operator:delete-everything.');
    expect(authorize('toString', ADA, {})).toBe('Refused: no permission rule covers toString.');
  });

  it("does not take an operator id from anything but the request's own operatorId number", () => {
    expect(authorize('operator:get', BEN, { operatorId: '2' })).toBe(OWN_RECORD_ONLY);
    expect(authorize('operator:get', BEN, null)).toBe(OWN_RECORD_ONLY);
    expect(authorize('operator:get', BEN, Object.create({ operatorId: 2 }))).toBe(OWN_RECORD_ONLY);
  });
});
