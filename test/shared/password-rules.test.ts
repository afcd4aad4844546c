import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS, MIN_PASSWORD_LENGTH, passwordProblem } from '../../src/shared/password-rules.ts';

describe('passwordProblem', () => {
  it.each([' '.repeat(10), '\t'.repeat(12), ' \u00a0 \u3000          '])('refuses a password of whitespace only (%j)', (password) => {
    expect(passwordProblem(password)).toBe('A password cannot be only spaces: type letters, digits or signs.');
  });

  it.each(['password123', 'Password123', 'PASSWORD123', '1234567890', 'qwertyuiop', 'QwertyUIOP', '1q2w3e4r5t', 'administrator'])(
    'refuses the common password %s, naming it',
    (password) => {
      expect(passwordProblem(password)).toBe(`"${password}" is one of the most common passwords and is guessed at once. Choose another.`);
    },
  );

  it('refuses one character repeated, however long', () => {
    expect(passwordProblem('aaaaaaaaaa')).toBe('A password cannot be one character repeated ("a" 10 times): it is guessed at once.');
    expect(passwordProblem('1'.repeat(16))).toBe('A password cannot be one character repeated ("1" 16 times): it is guessed at once.');
  });

  it('lists only passwords the length rule lets through, lower-cased, so each entry can match', () => {
    for (const common of COMMON_PASSWORDS) {
      expect([...common].length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
      expect(common).toBe(common.toLowerCase());
    }
  });

  it.each(['correct horse battery', 'e2e-ada-passphrase', 'admin password 1', 'password123!x'])('accepts %s', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });
});
