/**
 * Builds the renderer and the browser bundle of the preload API once per run (the whole app too when
 * an Electron binary exists). The build runs in a child Node process so Vite and electron-vite load
 * their configs with plain Node, not the test runner's loader.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronSkipReason } from './support/electron-binary.ts';

export default function globalSetup(): void {
  const root = join(import.meta.dirname, '..');
  const script = join(import.meta.dirname, 'harness/build.ts');
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit', env: process.env, cwd: root });
  if (result.status !== 0) {
    throw new Error(`Building for the end-to-end tests failed (node ${script} exited ${result.status ?? result.signal})`);
  }
  // Said once here: the list reporter shows skipped tests without their reason.
  const skip = electronSkipReason(root);
  if (skip !== null) console.log(`Electron project skipped: ${skip}`);
}
