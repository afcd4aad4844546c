/**
 * A protocol prefix hands the URI to the program the OS registered for it: here the real xdg-open
 * and xdg-mime, in a temporary HOME where a throw-away softphone records what it receives.
 */
import { createFakeSoftphone, FAKE_SOFTPHONE_DESKTOP, type FakeSoftphone } from '../../test/support/fake-softphone.ts';
import { test, expect } from '../harness/fixtures.ts';
import { dialDebtorPhone, dialLogRows, dialMode, dialModeDetails, DEBTORS, lastDial, openOperatorDetail, OPERATORS } from '../support/app-ui.ts';
import { signInAs } from '../support/session-ui.ts';

let softphone: FakeSoftphone | undefined;
test.afterEach(async () => {
  await softphone?.cleanup();
  softphone = undefined;
});

test('sip: opens sip:7166983877 in the registered softphone through xdg-open', async ({ launchHarness }) => {
  softphone = await createFakeSoftphone({ schemes: ['sip'] });
  const { page } = await launchHarness({ env: softphone.env });
  await signInAs(page, OPERATORS.anna);
  // The sample ANNA dials a SIP address at the PBX: a bare sip: prefix is not dialable for every softphone.
  await expect(dialModeDetails(page)).toHaveText('Softphone: sip:{number}@pbx.example.com');
  await expect(dialMode(page)).toHaveText('A click calls through your softphone (sip:)');

  await dialDebtorPhone(page, DEBTORS.morgan);

  await expect(lastDial(page)).toContainText('Handed sip:7166983877@pbx.example.com to fake-softphone.');
  expect(await softphone.recorded()).toEqual(['sip:7166983877@pbx.example.com']);
});

test('the Operator form names the program that handles sip: links', async ({ launchHarness }) => {
  softphone = await createFakeSoftphone({ schemes: ['sip'] });
  const { page } = await launchHarness({ env: softphone.env });

  await openOperatorDetail(page, OPERATORS.anna);

  await expect(page.getByText(`sip: links open with ${FAKE_SOFTPHONE_DESKTOP}.`)).toBeVisible();
  await expect(page.getByText('No program on this computer handles sip: links.')).toHaveCount(0);
});

test('with no sip: handler registered, the Operator form warns and a click fails with the reason', async ({ launchHarness }) => {
  // A temporary HOME with no handler for any scheme, and the machine's own registrations kept out.
  softphone = await createFakeSoftphone({ schemes: [] });
  const { page } = await launchHarness({ env: softphone.env });

  await openOperatorDetail(page, OPERATORS.anna);
  await expect(page.getByRole('alert')).toHaveText(
    'No program on this computer handles sip: links. Calls will fail until a softphone is installed.',
  );

  await signInAs(page, OPERATORS.anna);
  await dialDebtorPhone(page, DEBTORS.morgan);
  const reason = 'Dial failed: No program on this computer handles "sip:" links. Install a softphone or register one for sip:.';
  await expect(lastDial(page)).toContainText('Failed');
  await expect(lastDial(page)).toContainText(reason);
  expect(await softphone.recorded()).toEqual([]);

  const rows = await dialLogRows(page);
  await expect(rows.first()).toContainText('sip:7166983877');
  await expect(rows.first()).toContainText(reason);
});
