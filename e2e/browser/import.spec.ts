/**
 * Importing debtors from a CSV file chosen in the window (administrators): the file's bytes go to
 * main in chunks, the real import worker reads and writes them, and the screen follows its progress.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { writeDebtorsCsv } from '../../bench/generate-debtors-csv.ts';
import { test, expect, type Harness } from '../harness/fixtures.ts';
import { openScreen, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { signInAs } from '../support/session-ui.ts';

const HEADER = 'file_number,client_number,client_name,debtor_name,phone_home,phone_work,phone_mobile';
/** Two new debtors, one update of the sample's Morgan Ellis (file 4585, client 24), one row that cannot go in. */
const MIXED_CSV = [
  HEADER,
  '90000001,77,Acme Collections,"Quartz, Zephyrine",(212) 555-0101,,212-555-0102',
  '4585,24,,Morgan Ellis-Reyes,716-698-3877,716-555-0199,',
  '90000002,77,Acme Collections,Sam Stone,,,',
  '90000003,77,Acme Collections,Ida Ingram,212-555-0103,,',
  '',
].join('\r\n');

const importTab = (page: Page) => page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: 'Import', exact: true });
const result = (page: Page) => page.getByRole('status', { name: 'Import result' });
const progressBar = (page: Page) => page.getByRole('progressbar', { name: 'Import progress' });

/** Import tab → "CSV file" → Import, as an administrator does. */
async function startImport(page: Page, name: string, content: string | Buffer): Promise<void> {
  await importTab(page).click();
  await expect(page.getByRole('heading', { name: 'Import debtors' })).toBeVisible();
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

function debtorCount(harness: Harness): number {
  return harness.services.store.debtors.search('', 0, 1).total;
}

test('imports a CSV: new and updated debtors counted, the row left out listed by line, the new debtor found and dialed', async ({ harness, listener }) => {
  const { page } = harness;
  await startImport(page, 'debtors.csv', MIXED_CSV);

  await expect(result(page)).toHaveText('Imported 4 rows: 2 new debtors, 1 updated, 1 not imported.');
  const invalid = page.getByRole('table', { name: 'Rows not imported' });
  await expect(invalid.getByRole('columnheader')).toHaveText(['Line', 'Reason']);
  await expect(invalid.locator('tbody tr')).toHaveCount(1);
  await expect(invalid.locator('tbody tr td')).toHaveText([
    '4',
    'no phone number: fill at least one of phone_home, phone_work, phone_mobile',
  ]);
  await expect(progressBar(page)).toHaveCount(0);

  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452', true));
  await signInAs(page, OPERATORS.ben);
  await openScreen(page, 'Debtors');
  await page.getByLabel('Search debtors').fill('Zephyrine');
  const rows = page.getByRole('grid', { name: 'Debtor list' }).getByRole('row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Quartz, Zephyrine');
  await expect(rows).toContainText('File 90000001');
  await page.getByRole('button', { name: 'Dial (212) 555-0101 (Home)' }).click();
  expect((await listener.next()).text).toBe('452,2125550101,007790000001');

  await page.getByLabel('Search debtors').fill('4585');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Morgan Ellis-Reyes');
});

test('importing the same file again updates the debtors instead of adding them twice', async ({ harness }) => {
  const { page } = harness;
  await startImport(page, 'debtors.csv', MIXED_CSV);
  await expect(result(page)).toHaveText('Imported 4 rows: 2 new debtors, 1 updated, 1 not imported.');
  const afterFirst = debtorCount(harness);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(result(page)).toHaveText('Imported 4 rows: 0 new debtors, 3 updated, 1 not imported.');
  expect(debtorCount(harness)).toBe(afterFirst);

  await openScreen(page, 'Debtors');
  await page.getByLabel('Search debtors').fill('Ida Ingram');
  await expect(page.getByRole('grid', { name: 'Debtor list' }).getByRole('row')).toHaveCount(1);
});

test('shows the progress of a larger file, then its summary, and the debtor list shows the new data', async ({ harness }, testInfo) => {
  const { page } = harness;
  const csv = testInfo.outputPath('debtors-30k.csv');
  await writeDebtorsCsv(30_000, csv);
  await openScreen(page, 'Debtors');
  await page.getByLabel('Search debtors').fill('Bud');
  await expect(page.getByText('No debtor matches “Bud”.')).toBeVisible();

  await startImport(page, 'debtors-30k.csv', await readFile(csv));
  await expect(progressBar(page)).toBeVisible();
  await expect(progressBar(page)).toHaveAttribute('aria-valuenow', /^\d+$/);
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(result(page)).toHaveText('Imported 30,000 rows: 30,000 new debtors, 0 updated, 0 not imported.', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

  await openScreen(page, 'Debtors');
  await expect(page.getByRole('grid', { name: 'Debtor list' }).getByRole('row').first()).toContainText('"Bud"');
});

test('Cancel on a larger file leaves the debtors as they were', async ({ harness }, testInfo) => {
  const { page } = harness;
  const csv = testInfo.outputPath('debtors-100k.csv');
  await writeDebtorsCsv(100_000, csv);
  const before = debtorCount(harness);
  const morgan = harness.services.store.debtors.search('4585', 0, 5);

  await startImport(page, 'debtors-100k.csv', await readFile(csv));
  await expect(progressBar(page)).toHaveAttribute('aria-valuetext', /Reading and checking rows/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(result(page)).toHaveText('Import of debtors-100k.csv cancelled: nothing was imported, the debtors are as they were.', {
    timeout: 30_000,
  });
  await expect(progressBar(page)).toHaveCount(0);
  expect(debtorCount(harness)).toBe(before);
  expect(harness.services.store.debtors.search('4585', 0, 5)).toEqual(morgan);
});

test('a file the import refuses as a whole is shown as an alert, and an operator has no Import tab', async ({ harness }) => {
  const { page } = harness;
  await startImport(page, 'names.csv', 'name,phone\nAda,555-0100\n');
  await expect(page.getByRole('alert')).toContainText(
    'names.csv was not imported: The file is missing the columns file_number, client_number, client_name, debtor_name.',
  );
  await expect(result(page)).toHaveCount(0);

  await signInAs(page, OPERATORS.ben);
  await expect(page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: 'Debtors', exact: true })).toBeVisible();
  await expect(importTab(page)).toHaveCount(0);
});
