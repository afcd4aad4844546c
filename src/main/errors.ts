/**
 * The one user-facing error: a request main turns down, or a store operation that could not be done,
 * for a reason the user must read (bad input, a missing record, a busy database). Its message is the
 * sentence to show. Anything else that is thrown is a bug, and the IPC wrapper says so in other words.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** The sentence an error stands for: a UserError's message as it is, anything else's message or text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
