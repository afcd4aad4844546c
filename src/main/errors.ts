/**
 * The one user-facing error: a request main turns down, or a store operation that could not be done,
 * for a reason the user must read (bad input, a missing record, a busy database). Its message is the
 * sentence to show. Anything else that is thrown is a bug, and the IPC wrapper says so in other words.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** The sentence an error stands for: a file-system error in words naming its path, a UserError's message as it is, anything else's message or text. */
export function errorText(error: unknown): string {
  return fileErrorText(error) ?? (error instanceof Error ? error.message : String(error));
}

type SystemError = Error & { readonly code: string; readonly syscall: string; readonly path?: unknown };

function isSystemError(error: unknown): error is SystemError {
  if (!(error instanceof Error)) return false;
  const fields = error as Partial<Record<'code' | 'syscall', unknown>>;
  return typeof fields.code === 'string' && /^E[A-Z0-9]+$/.test(fields.code) && typeof fields.syscall === 'string';
}

/** What the program was doing, in words, for each system call that takes a path. */
const ACTS: Readonly<Record<string, string>> = {
  open: 'open', read: 'read', write: 'write to', stat: 'look at', lstat: 'look at', fstat: 'look at', access: 'open',
  mkdir: 'create the folder', rmdir: 'remove the folder', scandir: 'list the folder', opendir: 'list the folder',
  unlink: 'delete', rename: 'rename', copyfile: 'copy', chmod: 'change', utime: 'change', fsync: 'save', realpath: 'find',
};

/**
 * One sentence, naming the path, for an error from the file system (EACCES, EISDIR, ENOENT, ENOSPC…),
 * or null when the error is not one. Node's own text ("EACCES: permission denied, open '/x'") reads as
 * a crash to a user; this says what is wrong with which file, and keeps the code for whoever helps them.
 * A read or write on an open file carries no path: the caller that opened it passes `path`.
 */
export function fileErrorText(error: unknown, path?: string): string | null {
  if (!isSystemError(error)) return null;
  const named = typeof error.path === 'string' ? error.path : path;
  return named === undefined ? null : sentence(error, named);
}

function sentence(error: SystemError, path: string): string {
  const { code } = error;
  const act = ACTS[error.syscall] ?? 'use';
  switch (code) {
    case 'EACCES':
      return `Permission denied: this user account may not ${act} ${path} (EACCES).`;
    case 'EPERM':
      return `The system does not let this program ${act} ${path} (EPERM).`;
    case 'EISDIR':
      return `${path} is a folder, where a file was expected (EISDIR).`;
    case 'ENOTDIR':
      return `${path} cannot be reached: part of that path is a file, not a folder (ENOTDIR).`;
    case 'ENOENT':
      return `There is no file or folder at ${path} (ENOENT).`;
    case 'ENOSPC':
      return `The disk holding ${path} is full (ENOSPC): free some space and try again.`;
    case 'EDQUOT':
      return `This user account's disk quota is used up, so ${path} cannot be written (EDQUOT).`;
    case 'EROFS':
      return `${path} is on a disk that can only be read (EROFS).`;
    case 'EEXIST':
      return `${path} already exists (EEXIST).`;
    case 'EBUSY':
      return `${path} is in use by another program (EBUSY).`;
    case 'EMFILE':
    case 'ENFILE':
      return `Too many files are open to ${act} ${path} (${code}): close some programs and try again.`;
    default: {
      // "EIO: i/o error, read '/x'" → "i/o error"
      const what = error.message.replace(/^[A-Z0-9_]+: /, '').replace(/, \w+( '.*')?$/, '');
      return `Could not ${act} ${path}: ${what} (${code}).`;
    }
  }
}
