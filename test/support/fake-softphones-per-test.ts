import { afterEach } from 'vitest';
import { createFakeSoftphone, type FakeSoftphone } from './fake-softphone.ts';

/**
 * A vitest file's maker of fake softphones, each removed after its test. Kept apart from
 * fake-softphone.ts, which the Playwright suites import too and which must not load vitest.
 */
export function fakeSoftphonesPerTest(): (schemes?: string[]) => Promise<FakeSoftphone> {
  const phones: FakeSoftphone[] = [];
  afterEach(async () => {
    await Promise.all(phones.splice(0).map((p) => p.cleanup()));
  });
  return async (schemes) => {
    const phone = await createFakeSoftphone(schemes ? { schemes } : {});
    phones.push(phone);
    return phone;
  };
}
