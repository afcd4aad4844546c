import { describe, expect, it } from 'vitest';
import { createSession, type SessionUser } from '../../../src/main/auth/session.ts';

const BEN: SessionUser = { operatorId: 2, code: 'BEN', name: 'Ben UDP', role: 'operator' };

describe('session', () => {
  it('starts with nobody signed in', () => {
    const session = createSession();
    expect(session.user()).toBeNull();
    expect(() => session.requireUser()).toThrow('Sign in first.');
  });

  it('holds the signed-in user until sign-out', () => {
    const session = createSession();
    session.signIn(BEN);
    expect(session.requireUser()).toEqual(BEN);
    session.signIn({ ...BEN, name: 'Ben U.' });
    expect(session.user()?.name).toBe('Ben U.');
    session.clear();
    expect(session.user()).toBeNull();
  });
});
