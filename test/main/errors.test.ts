/**
 * Issue 9 item 6: an error from the file system reaches the user as one sentence naming the path,
 * not as Node's "EACCES: permission denied, open '/x'". Each error here is a real one, made on disk.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { errorText, fileErrorText, UserError } from '../../src/main/errors.ts';
import { createUpload } from '../../src/main/import/import-upload.ts';
import { tempDir } from './store/temp-store.ts';
import { fillDisk, mountTmpfs, type Tmpfs } from './support/full-disk.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const mounts: Tmpfs[] = [];
afterEach(() => {
  for (const mount of mounts.splice(0)) mount.unmount();
});

/** What `work` throws. */
function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('errorText for file-system errors', () => {
  it('names a missing file, a folder read as a file, a file used as a folder and a folder that exists', () => {
    const dir = tempDir();
    const file = join(dir, 'debtors.csv');
    writeFileSync(file, 'x');

    expect(errorText(thrown(() => readFileSync(join(dir, 'none.csv'))))).toBe(`There is no file or folder at ${join(dir, 'none.csv')} (ENOENT).`);
    // A read on an open file carries no path: whoever opened it names it.
    expect(errorText(thrown(() => readFileSync(dir)))).toBe('EISDIR: illegal operation on a directory, read');
    expect(fileErrorText(thrown(() => readFileSync(dir)), dir)).toBe(`${dir} is a folder, where a file was expected (EISDIR).`);
    expect(errorText(thrown(() => readFileSync(join(file, 'x'))))).toBe(
      `${join(file, 'x')} cannot be reached: part of that path is a file, not a folder (ENOTDIR).`,
    );
    expect(errorText(thrown(() => mkdirSync(dir)))).toBe(`${dir} already exists (EEXIST).`);
  });

  it('says what was being done for a code it has no sentence of its own for', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));

    expect(errorText(thrown(() => readFileSync(join(dir, 'a'))))).toBe(`Could not open ${join(dir, 'a')}: too many symbolic links encountered (ELOOP).`);
  });

  it('leaves other errors as they were', () => {
    expect(errorText(new UserError('That phone number no longer exists.'))).toBe('That phone number no longer exists.');
    expect(errorText(Object.assign(new Error('send ECONNREFUSED 127.0.0.1:1599'), { code: 'ECONNREFUSED', syscall: 'send' }))).toBe(
      'send ECONNREFUSED 127.0.0.1:1599',
    );
    expect(fileErrorText('a string')).toBeNull();
  });

  it('names a full disk (ENOSPC) when an uploaded file is saved for the import', async (context) => {
    const mounted = mountTmpfs('1m');
    if ('reason' in mounted) {
      context.skip(`Skipped: ${mounted.reason}.`);
      return;
    }
    mounts.push(mounted);
    const folder = join(mounted.dir, 'imports');
    const upload = createUpload(folder, 'import-1', 'debtors.csv', 8192);
    fillDisk(mounted.dir);

    const error = thrown(() => upload.append(0, Buffer.alloc(8192, 0x41).toString('base64')));
    upload.remove();

    expect(error).toBeInstanceOf(UserError);
    expect(errorText(error)).toBe(
      `debtors.csv could not be saved for the import: The disk holding ${join(folder, 'import-1.csv')} is full (ENOSPC): free some space and try again.`,
    );
  });

  it('names a file this user may not read (EACCES) when softphone import runs as an unprivileged user', (context) => {
    if (process.getuid?.() !== 0) {
      context.skip('Skipped: only root can start the CLI as another user here, and root itself is never refused a read.');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'softphone-eacces-'));
    try {
      chmodSync(dir, 0o777);
      const file = join(dir, 'debtors.csv');
      writeFileSync(file, 'file_number,client_number,client_name,debtor_name,phone\n1,9,Acme,Anna,555-123-7777\n');
      chmodSync(file, 0o000);

      // uid/gid 65534: "nobody" on Debian, who may not read a file of mode 000 owned by root.
      const run = spawnSync(`${ROOT}node_modules/.bin/node`, ['--no-warnings', `${ROOT}bin/softphone.js`, 'import', file, '--db', dir], {
        uid: 65534, gid: 65534, encoding: 'utf8', cwd: dir,
      });

      expect(run.status).toBe(1);
      expect(run.stderr.split('\n').filter((line) => line.includes('not imported'))).toEqual([
        `softphone: ${file} was not imported: Permission denied: this user account may not open ${file} (EACCES).`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
