/** A bare protocol prefix in Note 2: the Operator form warns, names the registered program and suggests a SIP address. */
import { createFakeSoftphone, type FakeSoftphone } from '../../test/support/fake-softphone.ts';
import { test, expect } from '../harness/fixtures.ts';
import { openOperatorDetail, OPERATORS } from '../support/app-ui.ts';

let softphone: FakeSoftphone | undefined;
test.afterEach(async () => {
  await softphone?.cleanup();
  softphone = undefined;
});

test('Note 2 "sip:" warns that fake-softphone gets only the number and suggests sip:{number}@your-pbx', async ({ launchHarness }) => {
  softphone = await createFakeSoftphone({ schemes: ['sip'] });
  const { page } = await launchHarness({ env: softphone.env });
  await openOperatorDetail(page, OPERATORS.anna);
  const warning = page.locator('.bare-prefix-warning');
  await expect(warning).toHaveCount(0);

  await page.getByLabel('Note 2').fill('sip:');

  await expect(warning).toHaveText(
    'A bare "sip:" prefix gives fake-softphone only the number, and not every softphone dials that: Linphone places no call and ' +
      "looks the debtor's number up in public DNS (ENUM); baresip adds its own domain. Use sip:{number}@your-pbx with your " +
      "phone system's host name, for example sip:{number}@pbx.example.com.",
  );
  await page.getByLabel('Note 2').fill('sip:{number}@pbx.example.com');
  await expect(warning).toHaveCount(0);
});
