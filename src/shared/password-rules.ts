/**
 * The one password rule: main refuses a password it breaks, and the setup and password forms check the
 * same rule before they ask main, so the reason shows at once.
 */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * The commonest passwords of 10 characters or more in published breach lists (shorter ones fail the
 * length rule already). Compared ignoring case: "Password123" is as guessable as "password123".
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '0123456789', '0987654321', '12345678910', '123456789a', '123456789q', 'a123456789',
  '1q2w3e4r5t', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde', 'qwertyuiop', 'qwerty1234', 'qwerty12345',
  'qwerty123456', 'asdfghjkl;', 'asdfghjkl1', 'zxcvbnm123', 'password12', 'password123', 'password1234',
  'passw0rd123', 'p@ssw0rd123', 'iloveyou12', 'iloveyou123', 'abcdefghij', 'abc1234567', 'abcd123456',
  'football123', 'baseball123', 'welcome123', 'welcome1234', 'letmein123', 'changeme123', 'administrator',
  'admin12345', 'admin123456', 'princess123', 'sunshine123', 'starwars123', 'trustno1234', 'softphone123',
]);

/** Null when the password may be used, else the reason it may not. Counts characters, not bytes. */
export function passwordProblem(password: string): string | null {
  const characters = [...password];
  if (characters.length > 0 && password.trim() === '') return 'A password cannot be only spaces: type letters, digits or signs.';
  if (characters.length < MIN_PASSWORD_LENGTH) {
    return `A password needs at least ${MIN_PASSWORD_LENGTH} characters; this one has ${characters.length}.`;
  }
  if (characters.every((c) => c === characters[0])) {
    return `A password cannot be one character repeated ("${characters[0] ?? ''}" ${characters.length} times): it is guessed at once.`;
  }
  if (COMMON_PASSWORDS.has(password.trim().toLowerCase())) {
    return `"${password}" is one of the most common passwords and is guessed at once. Choose another.`;
  }
  return null;
}
