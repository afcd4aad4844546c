/**
 * Run as a child process: takes an exclusive lock on the SQLite file given as the first argument (as
 * another program writing to it would), prints "held", and keeps the lock until its stdin closes.
 */
import { DatabaseSync } from 'node:sqlite';

const db = new DatabaseSync(process.argv[2] ?? '');
db.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE');
process.stdout.write('held\n');
process.stdin.resume();
process.stdin.on('end', () => {
  db.exec('ROLLBACK');
  db.close();
});
