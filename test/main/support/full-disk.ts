/**
 * A real full disk for tests: a small tmpfs mounted for the test (root can mount one; elsewhere the
 * test is skipped with the reason), and a filler file that takes its last byte.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Tmpfs = { readonly dir: string; unmount(): void };

/** A tmpfs of `size` (mount's syntax: 8m), or the reason none can be mounted here. */
export function mountTmpfs(size: string): Tmpfs | { readonly reason: string } {
  const dir = mkdtempSync(join(tmpdir(), 'softphone-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { reason: `a tmpfs cannot be mounted here (${String((error as Error).message).split('\n')[0]})` };
  }
  return {
    dir,
    unmount() {
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the file system under `folder` to the last byte; returns the file to delete to give the space back. */
export function fillDisk(folder: string): string {
  const filler = join(folder, 'filler');
  const fd = openSync(filler, 'w');
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9, 1]) {
      const chunk = Buffer.alloc(size, 0x55);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return filler;
}
