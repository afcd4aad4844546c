import { describe, expect, it } from 'vitest';
import { createSession, type SessionUser } from '../../../src/main/services/session.ts';

const BEN: SessionUser = { operatorId: 2, code: 'BEN', name: 'Ben UDP', role: 'operator' };
const ADA: SessionUser = { operatorId: 1, code: 'ADA', name: 'Ada Admin', role: 'admin' };

describe('session', () => {
  it('starts with nobody signed in and nobody dialing', () => {
    const session = createSession();
    expect(session.user()).toBeNull();
    expect(session.operatorId()).toBeNull();
    expect(() => session.requireUser()).toThrow('Sign in first.');
    expect(() => session.requireOperatorId()).toThrow('Choose who is dialing first ("Dialing as").');
  });

  it('holds the signed-in user, who is then the one dialing', () => {
    const session = createSession();
    session.signIn(BEN);
    expect(session.requireUser()).toEqual(BEN);
    expect(session.requireOperatorId()).toBe(2);
  });

  it('keeps "Dialing as" when the same user is refreshed, and resets it for another user', () => {
    const session = createSession();
    session.signIn(ADA);
    session.choose(3);
    session.signIn({ ...ADA, name: 'Ada A.' });
    expect(session.operatorId()).toBe(3);
    expect(session.user()?.name).toBe('Ada A.');
    session.signIn(BEN);
    expect(session.operatorId()).toBe(2);
  });

  it('clears both on sign-out', () => {
    const session = createSession();
    session.signIn(BEN);
    session.clear();
    expect(session.user()).toBeNull();
    expect(session.operatorId()).toBeNull();
  });

  it('still lets someone be chosen without signing in, as before sign-in existed', () => {
    const session = createSession();
    session.choose(4);
    expect(session.requireOperatorId()).toBe(4);
    expect(session.user()).toBeNull();
  });
});
