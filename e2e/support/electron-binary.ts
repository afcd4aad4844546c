/**
 * Finds the Electron executable the way node_modules/electron/index.js does, but without running
 * that file: requiring 'electron' from plain Node starts a download when the binary is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ElectronBinary = { readonly found: true; readonly path: string } | { readonly found: false; readonly reason: string };

/**
 * The advice after each reason: what scripts/ensure-electron.ts does (the electron package's own installer) and the
 * two variables its paragraph names (`npm start` and `npm run dev` run the same script first).
 */
export const HOW_TO_GET_ONE =
  'run `node scripts/ensure-electron.ts` (the electron package\'s installer fetches it; ELECTRON_MIRROR names a mirror), or set ELECTRON_OVERRIDE_DIST_PATH to an Electron 45 folder, then `npm run test:e2e`';

export function findElectronBinary(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const packageDir = resolve(root, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];

  if (override) {
    const path = join(override, relative ?? 'electron');
    if (existsSync(path)) return { found: true, path };
    return { found: false, reason: `Electron binary not found at ${path} (from ELECTRON_OVERRIDE_DIST_PATH): ${HOW_TO_GET_ONE}` };
  }
  if (relative === null) {
    return {
      found: false,
      reason: `Electron binary not found (node_modules/electron/path.txt and dist/ missing): ${HOW_TO_GET_ONE}`,
    };
  }
  const path = join(packageDir, 'dist', relative);
  if (existsSync(path)) return { found: true, path };
  return { found: false, reason: `Electron binary not found (node_modules/electron/dist/${relative} missing): ${HOW_TO_GET_ONE}` };
}

/** Why the Electron tests cannot run here, or null when they can. */
export function electronSkipReason(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | null {
  const binary = findElectronBinary(root, env);
  if (!binary.found) return binary.reason;
  if (!env['DISPLAY'] && !env['WAYLAND_DISPLAY']) return 'Electron needs a display: run the end-to-end tests under `xvfb-run -a`.';
  return null;
}
