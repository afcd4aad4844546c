/**
 * Runs before the Electron project (and only when it is selected): fetches a missing Electron binary
 * with the electron package's own installer, as `npm start` does, and builds the whole app for it.
 * Where nothing can be fetched this setup is skipped with the paragraph `npm start` prints, and the
 * Electron specs skip with their reason.
 */
import { test } from '@playwright/test';
import { ensureElectron } from '../../scripts/ensure-electron.ts';
import { buildForHarness, ROOT } from '../harness/build.ts';

test('the Electron binary is there, or the electron package fetches it', async () => {
  test.setTimeout(600_000);
  const outcome = await ensureElectron(ROOT, process.env);
  // The list reporter shows no skip reasons: the paragraph is printed as `npm start` prints it.
  if (!outcome.ok) console.log(`\n${outcome.message}\n`);
  test.skip(!outcome.ok, outcome.ok ? '' : outcome.message);
  // The global setup built only the renderer when there was no binary yet.
  if (outcome.ok && outcome.fetched) await buildForHarness({ withElectron: true });
});
