import { describe, expect, it } from 'vitest';
import { hashPassword, MIN_PASSWORD_LENGTH, passwordProblem, SCRYPT_COST, verifyPassword } from '../../../src/main/auth/password.ts';
import { UserError } from '../../../src/main/errors.ts';

const PASSWORD = 'correct horse battery';
const LOW_COST = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('stores scrypt with its cost, a 16-byte salt and a 64-byte hash, in one self-describing string', async () => {
    const stored = await hashPassword(PASSWORD);
    expect(SCRYPT_COST).toEqual({ N: 32768, r: 8, p: 1 });
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
    const [, , , , salt = '', hash = ''] = stored.split('$');
    expect(Buffer.from(salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash, 'base64')).toHaveLength(64);
    expect(stored).not.toContain(PASSWORD);
  });

  it('verifies the right password and rejects any other', async () => {
    const stored = await hashPassword(PASSWORD);
    await expect(verifyPassword(PASSWORD, stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batterY', stored)).resolves.toBe(false);
    await expect(verifyPassword(`${PASSWORD} `, stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('salts: the same password hashes differently every time, and both verify', async () => {
    const first = await hashPassword(PASSWORD, LOW_COST);
    const second = await hashPassword(PASSWORD, LOW_COST);
    expect(first).not.toBe(second);
    await expect(verifyPassword(PASSWORD, first)).resolves.toBe(true);
    await expect(verifyPassword(PASSWORD, second)).resolves.toBe(true);
  });

  it('verifies with the cost the stored string names, so the cost can change later', async () => {
    const stored = await hashPassword(PASSWORD, LOW_COST);
    expect(stored.startsWith('scrypt$1024$8$1$')).toBe(true);
    await expect(verifyPassword(PASSWORD, stored)).resolves.toBe(true);
  });

  it(`refuses a password shorter than ${MIN_PASSWORD_LENGTH} characters, saying so`, async () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    await expect(hashPassword('123456789')).rejects.toThrow(UserError);
    await expect(hashPassword('123456789')).rejects.toThrow('A password needs at least 10 characters; this one has 9.');
    expect(passwordProblem('1234567891')).toBeNull();
    expect(passwordProblem('')).toBe('A password needs at least 10 characters; this one has 0.');
  });

  it('refuses a blank, one-character or common password in hashPassword too, saying why', async () => {
    await expect(hashPassword(' '.repeat(10))).rejects.toThrow('A password cannot be only spaces: type letters, digits or signs.');
    await expect(hashPassword('password123')).rejects.toThrow('"password123" is one of the most common passwords and is guessed at once. Choose another.');
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(passwordProblem('ééééééééé')).toBe('A password needs at least 10 characters; this one has 9.');
    expect(passwordProblem('🔑🔑🔑🔑🔑🔑🔑🔑🔑')).toBe('A password needs at least 10 characters; this one has 9.');
    expect(passwordProblem('🔑🔒🔑🔒🔑🔒🔑🔒🔑🔒')).toBeNull();
  });

  it('accepts the same accented password whether typed composed or decomposed', async () => {
    const composed = 'Café crème brûlée';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const stored = await hashPassword(composed, LOW_COST);
    await expect(verifyPassword(decomposed, stored)).resolves.toBe(true);
  });

  it('never matches a stored value that is not one of its hashes', async () => {
    const stored = await hashPassword(PASSWORD, LOW_COST);
    const parts = stored.split('$');
    const variants = [
      '',
      PASSWORD,
      stored.replace('scrypt$', 'bcrypt$'),
      `${stored}$extra`,
      parts.slice(0, 5).join('$'),
      stored.replace('$1024$', '$1000$'), // N must be a power of two
      stored.replace('$1024$', `$${2 ** 30}$`), // a cost far beyond ours
      stored.replace('$1024$', '$0$'),
      [...parts.slice(0, 5), ''].join('$'), // no hash
      [...parts.slice(0, 5), 'not base64!'].join('$'),
      // The hash with its first byte changed.
      [...parts.slice(0, 5), flipFirstByte(parts[5] ?? '')].join('$'),
    ];
    for (const variant of variants) await expect(verifyPassword(PASSWORD, variant), variant).resolves.toBe(false);
  });
});

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = (bytes[0] ?? 0) ^ 0xff;
  return bytes.toString('base64');
}
