/**
 * A database whose index no longer matches its table (bytes edited on disk, as a failing disk leaves
 * it) passes the quick check at start; the full check after start finds it, rebuilds the index and
 * tells the user, and the debtor is found by name again.
 */
import { join } from 'node:path';
import { editLeafBytes, pragmaText } from '../../test/main/store/corrupt-file.ts';
import { test, expect } from '../harness/fixtures.ts';
import { ADMIN } from '../support/app-ui.ts';
import { signIn } from '../support/session-ui.ts';

test('a damaged index is rebuilt after start and the window says so', async ({ launchHarness }) => {
  const before = await launchHarness();
  await before.close();
  const dbPath = join(before.dbDir, 'softphone.db');
  editLeafBytes(dbPath, 'debtors_by_name', 'Morgan Ellis', 'Morgan Ellix');
  expect(pragmaText(dbPath, 'integrity_check')).toEqual(['row 1 missing from index debtors_by_name']);

  const after = await launchHarness({ dbDir: before.dbDir });
  await after.services.integrityChecked;
  await signIn(after.page, ADMIN);

  await expect(after.page.getByRole('alert', { name: 'Notices' })).toHaveText(
    `The database ${dbPath} had damaged indexes (debtors_by_name), so the indexes were rebuilt. ` +
      'It passed its integrity check again and no data was lost.Dismiss',
  );
  await after.page.getByLabel('Search debtors').fill('Morgan');
  await expect(after.page.getByText('Morgan Ellis')).toBeVisible();
  expect(pragmaText(dbPath, 'integrity_check')).toEqual(['ok']);
});
