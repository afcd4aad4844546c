/**
 * Invalid Note 2 values: the form names the problem, refuses to save, and nothing reaches the
 * store (checked after a reload, which reads it back through main).
 */
import { test, expect } from '../harness/fixtures.ts';
import type { AppPageGlobals } from '../support/page-globals.ts';
import { openOperatorDetail, OPERATORS, saveButton } from '../support/app-ui.ts';

const SEEDED_BEN_NOTE2 = 'UDP:/127.0.0.1:1544:452';
const EXAMPLE = 'Example: UDP:/192.168.2.122:1544:452';

const INVALID: readonly { what: string; note2: string; error: string }[] = [
  { what: 'a port above 65535', note2: 'UDP:/127.0.0.1:70000:452', error: `Port "70000" must be a number from 1 to 65535. ${EXAMPLE}` },
  { what: 'an IP address part above 255', note2: 'UDP:/127.0.0.256:1544:452', error: `"127.0.0.256" is not a valid IP address or host name. ${EXAMPLE}` },
  {
    what: 'a missing extension',
    note2: 'UDP:/127.0.0.1:1544',
    error: `The operator's extension is missing: the port must be followed by a colon and the extension. ${EXAMPLE}`,
  },
  {
    what: 'an unknown #word',
    note2: 'UDP:/127.0.0.1:1544:452#pin',
    error: 'Unknown command "#pin": the only command is #authcode. Example: UDP:/192.168.2.122:1544:452#authcode',
  },
  {
    what: 'the broadcast address',
    note2: 'UDP:/255.255.255.255:1544:452',
    error: `255.255.255.255 is the broadcast address: a dial must go to one dialer, not every computer on the network. ${EXAMPLE}`,
  },
  {
    what: 'a multicast address',
    note2: 'UDP:/[ff02::1]:1544:452',
    error: `[ff02::1] is a multicast address (ff00::/8): a dial must go to one dialer. ${EXAMPLE}`,
  },
  {
    what: 'the file: scheme',
    note2: 'file:',
    error: 'The "file:" protocol opens files, web pages or scripts and can never be used for dialing. Use sip:, tel: or a UDP command.',
  },
  {
    what: 'the javascript: scheme',
    note2: 'javascript:',
    error: 'The "javascript:" protocol opens files, web pages or scripts and can never be used for dialing. Use sip:, tel: or a UDP command.',
  },
];

for (const { what, note2, error } of INVALID) {
  test(`Note 2 with ${what} (${note2}) is refused and not stored`, async ({ harness: { page } }) => {
    await openOperatorDetail(page, OPERATORS.ben);
    const field = page.getByLabel('Note 2');
    await expect(field).toHaveValue(SEEDED_BEN_NOTE2);

    await field.fill(note2);

    await expect(page.locator('#note2-error')).toHaveText(error);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(saveButton(page)).toBeDisabled();
    await expect(page.locator('#save-reason')).toHaveText('Fix Note 2 before saving');
    await expect(page.getByRole('status', { name: 'Preview' })).toHaveText('Nothing can be sent until Note 2 is fixed.');
    // Enter in a form field submits the form: that path must not save either.
    await field.press('Enter');

    await page.reload();
    await openOperatorDetail(page, OPERATORS.ben);
    await expect(page.getByLabel('Note 2')).toHaveValue(SEEDED_BEN_NOTE2);
  });
}

test('main refuses an invalid Note 2 from an administrator even when the form is bypassed', async ({ harness: { page } }) => {
  const refusal = await page.evaluate(async () => {
    const { softphone } = globalThis as unknown as AppPageGlobals;
    const state = await softphone.appState();
    const ben = state.operators.find((operator) => operator.code === 'BEN');
    if (ben === undefined) return 'BEN is not seeded';
    try {
      await softphone.saveOperator({
        id: ben.id,
        code: 'BEN',
        name: 'Ben UDP',
        useSoftphone: true,
        note2: 'javascript:',
        role: 'operator',
        active: true,
      });
      return 'saved';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
  expect(refusal).toBe(
    'Not saved: Note 2 is not valid. The "javascript:" protocol opens files, web pages or scripts and can never be used for dialing. Use sip:, tel: or a UDP command.',
  );

  await openOperatorDetail(page, OPERATORS.ben);
  await expect(page.getByLabel('Note 2')).toHaveValue(SEEDED_BEN_NOTE2);
});
