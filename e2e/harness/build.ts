/**
 * Builds what the end-to-end tests load, once per run:
 * - the renderer bundle (out/renderer), from the project's own electron.vite.config.ts;
 * - the whole app (out/main, out/preload, out/renderer) when an Electron binary exists to run it;
 * - the preload's real API module bundled for a plain browser page (out/harness/preload-api.js).
 * Runs in plain Node 24 (`node e2e/harness/build.ts`) so no test runner loader sits in between.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { findElectronBinary } from '../support/electron-binary.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
export const PRELOAD_API_BUNDLE = join(ROOT, 'out/harness/preload-api.js');
/** The global the IIFE bundle assigns: `SoftphonePreload.createSoftphoneApi`. */
export const PRELOAD_API_GLOBAL = 'SoftphonePreload';
export const MAIN_BUNDLE = join(ROOT, 'out/main/index.js');

export type BuildOptions = { readonly skipBuild?: boolean; readonly withElectron?: boolean };

export async function buildForHarness(options: BuildOptions = {}): Promise<void> {
  const skipBuild = options.skipBuild ?? process.env['SKIP_BUILD'] === '1';
  const withElectron = options.withElectron ?? findElectronBinary(ROOT).found;
  if (skipBuild) return requireOutputs(withElectron);

  if (withElectron) {
    if (!isFresh(MAIN_BUNDLE, ['src', 'electron.vite.config.ts']) || !isFresh(join(RENDERER_DIR, 'index.html'), ['src'])) {
      buildWholeApp();
    }
  } else if (!isFresh(join(RENDERER_DIR, 'index.html'), ['src/renderer', 'src/shared', 'electron.vite.config.ts'])) {
    await buildRendererOnly();
  }
  await buildPreloadApi();
}

function requireOutputs(withElectron: boolean): void {
  const needed = [join(RENDERER_DIR, 'index.html'), PRELOAD_API_BUNDLE, ...(withElectron ? [MAIN_BUNDLE] : [])];
  const missing = needed.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`SKIP_BUILD=1 but these build outputs are missing: ${missing.join(', ')}. Run without SKIP_BUILD once.`);
  }
}

/** True when `output` exists and is newer than every file under `sources` (relative to the root). */
function isFresh(output: string, sources: readonly string[]): boolean {
  if (!existsSync(output)) return false;
  const builtAt = statSync(output).mtimeMs;
  return sources.every((source) => newestMtime(join(ROOT, source)) <= builtAt);
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

function buildWholeApp(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`electron-vite build failed (exit ${result.status ?? result.signal})`);
}

/** The renderer part of electron.vite.config.ts, built by Vite: main and preload need not compile. */
async function buildRendererOnly(): Promise<void> {
  const { resolveConfig } = await import('electron-vite');
  const { build } = await import('vite');
  process.env['NODE_ENV_ELECTRON_VITE'] = 'production';
  const resolved = await resolveConfig({ root: ROOT }, 'build', 'production');
  const renderer = resolved.config?.renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section to build');
  await build(renderer);
}

/** The preload's api.ts as an IIFE: a browser page gets the same createSoftphoneApi Electron's preload runs. */
async function buildPreloadApi(): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir: join(ROOT, 'out/harness'),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(ROOT, 'src/preload/api.ts'),
        formats: ['iife'],
        name: PRELOAD_API_GLOBAL,
        fileName: () => 'preload-api.js',
      },
    },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildForHarness();
}
