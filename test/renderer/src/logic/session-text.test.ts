import { describe, expect, it } from 'vitest';
import {
  PASSWORD_HINT, READ_ONLY_NOTE, ROLE_WORD, operatorMarkers, settingsTabLabel, signedInText,
} from '../../../../src/renderer/src/logic/session-text.ts';

it('says who is signed in as name (ID)', () => {
  expect(signedInText({ name: 'Ada Admin', code: 'ADA' })).toBe('Signed in as Ada Admin (ADA)');
});

it('names the two levels in words', () => {
  expect(ROLE_WORD).toEqual({ admin: 'Administrator', operator: 'Operator' });
});

it('calls the settings tab "Operators" for administrators and "My settings" for everyone else', () => {
  expect(settingsTabLabel('admin')).toBe('Operators');
  expect(settingsTabLabel('operator')).toBe('My settings');
  expect(settingsTabLabel(null)).toBe('My settings');
});

describe('operatorMarkers', () => {
  const working = { role: 'operator', active: true, hasPassword: true } as const;

  it('marks nothing for an active operator who can sign in', () => {
    expect(operatorMarkers(working)).toEqual([]);
  });

  it('marks administrators, deactivated operators and operators without a password', () => {
    expect(operatorMarkers({ ...working, role: 'admin' })).toEqual(['Administrator']);
    expect(operatorMarkers({ ...working, active: false })).toEqual(['Deactivated']);
    expect(operatorMarkers({ ...working, hasPassword: false })).toEqual(['No password']);
    expect(operatorMarkers({ role: 'admin', active: false, hasPassword: false })).toEqual([
      'Administrator',
      'Deactivated',
      'No password',
    ]);
  });
});

it('words the password hint and the read-only note exactly', () => {
  expect(PASSWORD_HINT).toBe('At least 10 characters, not only spaces, and not a common password such as password123.');
  expect(READ_ONLY_NOTE).toBe('Only an administrator can change these settings.');
});
