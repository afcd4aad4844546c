/**
 * An operator sees their own settings read-only, and main refuses their changes whatever the window
 * sends: the check is made in main on the session it holds, never on the renderer's word.
 */
import { test, expect } from '../harness/fixtures.ts';
import type { AppPageGlobals } from '../support/page-globals.ts';
import { ADMIN, openFormTab, openOperator, openScreen, OPERATORS, saveButton } from '../support/app-ui.ts';
import { expectSignedInAs, signIn, signInAs, signOut } from '../support/session-ui.ts';

const SEEDED_BEN_NOTE2 = 'UDP:/127.0.0.1:1544:452';
const ADMIN_ONLY = 'Only an administrator can change operator settings.';

test("an operator's Note 2 is read-only and a forced IPC save is refused", async ({ harness: { page } }) => {
  await signInAs(page, OPERATORS.ben);
  const header = page.getByRole('banner');
  await expect(header.getByText('Operator', { exact: true })).toBeVisible();
  await expect(page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: 'Operators', exact: true })).toHaveCount(0);

  await openScreen(page, 'My settings');
  await expect(page.getByRole('heading', { name: 'Operator: Ben UDP' })).toBeVisible();
  await expect(page.getByText('Only an administrator can change these settings.')).toBeVisible();
  await expect(page.getByLabel('Operator ID')).toHaveValue('BEN');
  await expect(page.getByLabel('Operator ID')).not.toBeEditable();
  await expect(page.getByLabel('Name')).not.toBeEditable();
  await expect(page.getByLabel('Role')).toBeDisabled();
  await expect(page.getByLabel('Active')).toBeDisabled();

  await openFormTab(page, 'DETAIL');
  const note2 = page.getByLabel('Note 2');
  await expect(note2).toHaveValue(SEEDED_BEN_NOTE2);
  await expect(note2).not.toBeEditable();
  await note2.focus();
  await page.keyboard.type('9');
  await expect(note2).toHaveValue(SEEDED_BEN_NOTE2);
  await expect(page.getByLabel('Use softphone for dialer')).toBeDisabled();
  await expect(page.getByRole('status', { name: 'Preview' })).toHaveText('452,5551237777 to 127.0.0.1:1544');
  await expect(saveButton(page)).toHaveCount(0);
  await expect(page.getByLabel('New password', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Audit trail' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send test dial' })).toBeEnabled();

  // The window is bypassed: the preload API called directly, as a compromised renderer could.
  const answers = await page.evaluate(async () => {
    const { softphone } = globalThis as unknown as AppPageGlobals;
    const self = (await softphone.appState()).session;
    if (self === null) return 'not signed in';
    const attempt = (call: () => Promise<unknown>): Promise<string> => call().then(() => 'accepted', (error: Error) => error.message);
    const ben = { id: self.operatorId, code: 'BEN', name: 'Ben UDP', useSoftphone: true, active: true } as const;
    return {
      note2: await attempt(() => softphone.saveOperator({ ...ben, note2: 'UDP:/127.0.0.1:9:999', role: 'operator' })),
      promote: await attempt(() => softphone.saveOperator({ ...ben, note2: 'UDP:/127.0.0.1:1544:452', role: 'admin' })),
      password: await attempt(() => softphone.setOperatorPassword(self.operatorId, 'forced-password-1', 'forced-password-1')),
      audit: await attempt(() => softphone.auditTrail(self.operatorId, 10)),
      otherOperator: await attempt(() => softphone.getOperator(self.operatorId + 1)),
      otherTestDial: await attempt(() => softphone.testDial(self.operatorId + 1, '555-123-7777')),
    };
  });
  expect(answers).toEqual({
    note2: ADMIN_ONLY,
    promote: ADMIN_ONLY,
    password: ADMIN_ONLY,
    audit: 'Only an administrator can see the audit trail.',
    otherOperator: 'Operators can see only their own operator settings.',
    otherTestDial: 'Operators can test-dial only with their own settings.',
  });

  // Read back through main after a reload and a fresh sign-in: nothing changed.
  await page.reload();
  await expectSignedInAs(page, OPERATORS.ben);
  await signOut(page);
  await signIn(page, OPERATORS.ben);
  await expect(header.getByText('Operator', { exact: true })).toBeVisible();
  await openScreen(page, 'My settings');
  await openFormTab(page, 'DETAIL');
  await expect(page.getByLabel('Note 2')).toHaveValue(SEEDED_BEN_NOTE2);

  // And the audit trail holds only what the administrator did: Ben's password.
  await signOut(page);
  await signIn(page, ADMIN);
  await openOperator(page, OPERATORS.ben);
  const rows = page.getByRole('table', { name: 'Audit trail' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('td').nth(2)).toHaveText('Password');
  await expect(page.getByLabel('Role')).toHaveValue('operator');
});
