/**
 * Run as a child process: opens the store in the folder given as the first argument, as the app does
 * at start, and prints the start-up dialog that failure would show (or "opened") as one JSON line.
 * The start-up tests run it as another user (a folder that user may not write) or beside another
 * process that holds the database's lock.
 */
import { describeStartupFailure } from '../../../src/main/startup-failure.ts';
import { openStore } from '../../../src/main/store/open-store.ts';

const dir = process.argv[2] ?? '';
try {
  openStore(dir, { seed: false }).store.close();
  process.stdout.write(`${JSON.stringify('opened')}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify(describeStartupFailure(error, dir))}\n`);
}
