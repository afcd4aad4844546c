/**
 * An administrator chooses on the "This desk" tab which of tel:, callto:, sip: this desk takes and the hotkey:
 * saved to desk-settings.json (the file the start reads), with the loop refusal shown before anything is registered.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../harness/fixtures.ts';
import { openScreen } from '../support/app-ui.ts';
import { axeViolations } from '../support/axe.ts';

test('tel: and a hotkey are saved to desk-settings.json; the screen says they apply at the next start', async ({ harness }) => {
  const { page } = harness;
  await openScreen(page, 'This desk');
  const section = page.getByRole('region', { name: 'Calls from other programs' });
  await expect(section.getByLabel('Hotkey that dials the clipboard\'s number')).toHaveValue('Control+Alt+D');
  await section.getByRole('checkbox', { name: /^tel: links/ }).check();
  await section.getByLabel('Hotkey that dials the clipboard\'s number').fill('ctrl+shift+f9');
  await section.getByRole('button', { name: 'Save link settings' }).click();
  await expect(section.getByRole('status', { name: 'Link settings result' })).toHaveText(
    'Saved to desk-settings.json. The links and the hotkey change when the app starts again.',
  );
  await expect(section.getByLabel('Hotkey that dials the clipboard\'s number')).toHaveValue('Ctrl+Shift+F9');
  expect(JSON.parse(await readFile(join(harness.dbDir, 'desk-settings.json'), 'utf8'))).toEqual({ handlerSchemes: ['tel'], dialHotkey: 'Ctrl+Shift+F9' });
  expect(await axeViolations(page)).toEqual([]);
});

test("sip: is shown as refused while an operator's Note 2 hands calls to sip:; a hotkey without a modifier is refused", async ({ harness }) => {
  const { page } = harness;
  await openScreen(page, 'This desk');
  const section = page.getByRole('region', { name: 'Calls from other programs' });
  await expect(section.getByRole('note')).toHaveCount(0);
  await section.getByRole('checkbox', { name: /^sip: links/ }).check();
  // Shown as soon as it is ticked, before anything is saved or registered.
  await expect(section.getByRole('note')).toContainText('Not taking "sip:" links: the Note 2 of Anna Softphone hands calls to "sip:"');
  await section.getByLabel('Hotkey that dials the clipboard\'s number').fill('D');
  await section.getByRole('button', { name: 'Save link settings' }).click();
  await expect(section.getByRole('status', { name: 'Link settings result' })).toContainText('needs a modifier');
  await section.getByLabel('Hotkey that dials the clipboard\'s number').fill('');
  await section.getByRole('button', { name: 'Save link settings' }).click();
  await expect(section.getByRole('status', { name: 'Link settings result' })).toContainText('Saved');
  await expect(section.getByRole('note')).toContainText('Not taking "sip:" links: the Note 2 of Anna Softphone hands calls to "sip:"');
  expect(JSON.parse(await readFile(join(harness.dbDir, 'desk-settings.json'), 'utf8'))).toEqual({ handlerSchemes: ['sip'], dialHotkey: null });
  expect(await axeViolations(page)).toEqual([]);
});
