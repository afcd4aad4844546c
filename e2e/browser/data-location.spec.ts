/**
 * "Where this desk keeps its data" on the first-run screen, against a real PostgreSQL database: Test
 * connection says what is wrong, a password is refused where nothing can encrypt it (no safeStorage outside
 * Electron), Save says it applies at the next start, and the next start is on the floor database.
 */
import { test, expect } from '../harness/fixtures.ts';
import { openPostgresStore } from '../../src/main/store/postgres/pg-store.ts';
import { NO_ENCRYPTION } from '../../src/main/desk/secret-box.ts';
import { openFloorDatabase, type FloorDatabase } from '../support/floor-database.ts';
import { setupHeading } from '../support/session-ui.ts';

let floor: FloorDatabase;
test.beforeEach(async () => {
  floor = await openFloorDatabase();
});
test.afterEach(async () => {
  await floor.close();
});

test('the first-run screen points this desk at a floor database for its next start', async ({ launchHarness }) => {
  const harness = await launchHarness({ setUp: false });
  const { page } = harness;
  await expect(setupHeading(page)).toBeVisible();
  const section = page.getByRole('region', { name: 'Where this desk keeps its data' });
  await expect(section.getByLabel('This computer')).toBeChecked();
  await expect(section).toContainText(`In use now: this computer (${harness.services.store.location}).`);
  const result = section.getByRole('status', { name: 'Connection result' });

  await section.getByLabel('Shared call-floor database').check();
  await section.getByLabel('A postgres:// URL').check();
  await section.getByLabel('Connection URL').fill(floor.url);
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(result).toHaveText(/is not a Softphone database yet: it is empty\. Ask IT to run softphone floor init on it\.$/);

  await (await openPostgresStore({ url: floor.url })).close();
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(result).toHaveText(/^Connected to the floor database postgres:\/\/.+ \(schema version \d+\)\.$/);

  await section.getByLabel('Database password').fill('desk secret');
  await section.getByRole('button', { name: 'Save data location' }).click();
  await expect(result).toHaveText(NO_ENCRYPTION);
  await section.getByLabel('Database password').fill('');
  await section.getByRole('button', { name: 'Save data location' }).click();
  await expect(result).toHaveText(
    'Saved. This desk uses the shared call-floor database from its next start: close Softphone Launcher and open it again. Until then it keeps the database it has.',
  );
  await harness.close();

  const restarted = await launchHarness({ dbDir: harness.dbDir, setUp: false });
  expect(restarted.services.store.backend).toBe('postgres');
  const again = restarted.page.getByRole('region', { name: 'Where this desk keeps its data' });
  await expect(again).toContainText('In use now: the shared call-floor database postgres://');
  await expect(again.getByLabel('Shared call-floor database')).toBeChecked();
  await expect(again.getByLabel('Connection URL')).toHaveValue(floor.url);
});
