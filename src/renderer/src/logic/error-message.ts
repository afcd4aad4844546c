/** Failed calls reject with an Error whose message is main's sentence: that sentence is what the user sees. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  if (typeof error === 'string' && error !== '') return error;
  return 'Something went wrong, and no reason was given.';
}
