import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeStartupFailure, type StartupFailure } from '../../src/main/startup-failure.ts';
import { openStore } from '../../src/main/store/open-store.ts';
import { openIn, tempDir } from './store/temp-store.ts';

const START_IN_CHILD = fileURLToPath(new URL('./support/start-in-child.ts', import.meta.url));
const HOLD_LOCK_CHILD = fileURLToPath(new URL('./support/hold-lock-child.ts', import.meta.url));
const NOBODY = 65534;

/** The dialog the app shows when openStore fails on `dir` in this process. */
function dialogFor(dir: string): StartupFailure {
  try {
    openStore(dir, { seed: false }).store.close();
  } catch (error) {
    return describeStartupFailure(error, dir);
  }
  throw new Error(`openStore(${dir}) did not fail`);
}

/** Opens the store in a child process, as `uid` when given, and returns its dialog. */
function dialogInChild(dir: string, uid?: number): StartupFailure | 'opened' {
  const ids = uid === undefined ? {} : { uid, gid: uid };
  const child = spawnSync(process.execPath, [START_IN_CHILD, dir], { encoding: 'utf8', ...ids });
  if (child.status !== 0) throw new Error(`start-in-child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as StartupFailure | 'opened';
}

describe('the start-up failure dialog', () => {
  it('names softphone.db when it is a folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'softphone.db'));
    expect(dialogFor(dir)).toEqual({
      title: 'Softphone Launcher cannot start',
      text:
        `${join(dir, 'softphone.db')} is a folder, not a database file. Move or rename that folder ` +
        '(Softphone Launcher then starts a new database), and start the app again.\n\nSoftphone Launcher will now quit.',
    });
  });

  it('says another program holds the database when another process locks it', async () => {
    const dir = tempDir();
    openIn(dir).store.close();
    const holder = spawn(process.execPath, [HOLD_LOCK_CHILD, join(dir, 'softphone.db')], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => (chunk.toString().includes('held') ? resolve() : undefined));
        holder.on('exit', () => reject(new Error('the lock holder exited')));
      });
      expect(dialogFor(dir).text).toBe(
        `The database ${join(dir, 'softphone.db')} is locked by another program (another copy of Softphone Launcher, ` +
          'or `softphone import`). Close that program and start the app again.\n\nSoftphone Launcher will now quit.',
      );
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    expect(dialogInChild(dir)).toBe('opened');
  });

  // Root writes anywhere: the folder is then made unwritable for the unprivileged user the child runs as.
  const asRoot = process.getuid?.() === 0;
  it.skipIf(process.platform === 'win32')('says the folder cannot be written, naming it', () => {
    const base = tempDir();
    chmodSync(base, 0o755);
    const dir = join(base, 'data');
    mkdirSync(dir);
    if (asRoot) chownSync(dir, NOBODY, NOBODY);
    chmodSync(dir, 0o555);
    const uid = asRoot ? NOBODY : undefined;

    expect(dialogInChild(dir, uid)).toEqual({
      title: 'Softphone Launcher cannot start',
      text:
        `The database ${join(dir, 'softphone.db')} cannot be created or opened for writing. Check that your user account ` +
        `may write to the folder ${dir}.\n\nSoftphone Launcher will now quit.`,
    });
    const inside = join(dir, 'profile');
    expect(dialogInChild(inside, uid)).toEqual({
      title: 'Softphone Launcher cannot start',
      text: `Permission denied for ${inside}. Give your user account write access to it and start the app again.\n\nSoftphone Launcher will now quit.`,
    });
    chmodSync(dir, 0o755);
  });

  it('keeps the message of an error it does not know, with the data folder', () => {
    expect(describeStartupFailure(new Error('The window could not be created.'), '/home/ann/.config/softphone')).toEqual({
      title: 'Softphone Launcher cannot start',
      text: 'The window could not be created. (data folder: /home/ann/.config/softphone).\n\nSoftphone Launcher will now quit.',
    });
  });
});
