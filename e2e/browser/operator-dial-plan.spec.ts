/** An administrator gives one operator a dial plan of their own (their desk is behind another PBX): only their dials change. */
import { test, expect } from '../harness/fixtures.ts';
import { DEBTORS, dialDebtorPhone, lastDial, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { setPasswordFor, signInAs } from '../support/session-ui.ts';

test("an operator's own dial plan: BEN's dials get the outside line 9, the preview shows it, CARA's do not", async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109'));
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  const plan = page.getByRole('group', { name: `Dial plan for ${OPERATORS.ben.name}` });
  await expect(plan).toContainText("Uses the floor's dial plan");
  await plan.getByLabel("Own dial plan (instead of the floor's)").check();
  await plan.getByLabel('Outside-line prefix').fill('9');
  await plan.getByRole('button', { name: 'Save dial plan' }).click();
  await expect(plan).toContainText('Saved');
  await expect(page.getByRole('status', { name: 'Preview' })).toContainText('452,95551237777');

  await setPasswordFor(page, OPERATORS.ben);
  await setPasswordFor(page, OPERATORS.cara);
  await signInAs(page, OPERATORS.ben);
  await dialDebtorPhone(page, DEBTORS.pat);
  expect((await listener.next()).text).toBe('452,95551237777');
  await expect(lastDial(page)).toContainText('452,95551237777');

  await signInAs(page, OPERATORS.cara);
  await dialDebtorPhone(page, DEBTORS.pat);
  expect((await listener.next()).text).toBe('109,5551237777');
});
