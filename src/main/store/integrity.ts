import { DatabaseSync } from 'node:sqlite';
import { readText } from './row-values.ts';
import { isConstraintError, messageOf } from './store-error.ts';

/**
 * What PRAGMA integrity_check found, and what was done about it:
 * - ok: nothing wrong;
 * - indexes-rebuilt: only indexes disagreed with their tables; they were rebuilt and the file passed again;
 * - damaged: the tables themselves are wrong (or the rebuild could not fix it): the file must be moved aside;
 * - not-checked: the check could not run to its end (the database busy, the worker gone); it runs at the next start.
 */
export type IntegrityOutcome =
  | { readonly status: 'ok' }
  | { readonly status: 'indexes-rebuilt'; readonly indexes: readonly string[] }
  | { readonly status: 'damaged'; readonly problem: string }
  | { readonly status: 'not-checked'; readonly reason: string };

/** The lines integrity_check writes for an index that does not match its table: REINDEX rebuilds those. */
const INDEX_PROBLEM = /^(?:row \d+ missing from index|wrong # of entries in index|non-unique entry in UNIQUE index) (\S+)$/;

/** integrity_check's findings, empty when it says "ok" (the first 100 lines). */
export function integrityProblems(db: DatabaseSync): string[] {
  const lines = db.prepare('PRAGMA integrity_check(100)').all().map((row) => readText(row, 'integrity_check'));
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}

/** The indexes to rebuild when every problem is an index's, or null when any is not. */
export function damagedIndexes(problems: readonly string[]): string[] | null {
  const names = new Set<string>();
  for (const problem of problems) {
    const match = INDEX_PROBLEM.exec(problem);
    if (match?.[1] === undefined) return null;
    names.add(match[1]);
  }
  return [...names];
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function withConnection<T>(path: string, readOnly: boolean, use: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(path, { readOnly, timeout: 5000 });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function rebuild(path: string, indexes: readonly string[]): IntegrityOutcome {
  try {
    const after = withConnection(path, false, (db) => {
      for (const index of indexes) db.exec(`REINDEX ${quoted(index)}`);
      return integrityProblems(db);
    });
    if (after.length === 0) return { status: 'indexes-rebuilt', indexes };
    return { status: 'damaged', problem: after[0] ?? 'unknown' };
  } catch (error) {
    // A table that breaks its own UNIQUE rule cannot get its index back: the rows themselves are wrong.
    if (isConstraintError(error)) return { status: 'damaged', problem: `its indexes cannot be rebuilt: ${messageOf(error)}` };
    return { status: 'not-checked', reason: messageOf(error) };
  }
}

/**
 * Runs the full integrity check (quick_check, which the app runs before it opens the file, does not
 * compare indexes with their tables) and rebuilds indexes when only they are wrong. Slow on a large
 * database (about 0.6 s at 100,000 debtors), so the app runs it in a worker after start.
 */
export function checkAndRepair(path: string): IntegrityOutcome {
  let problems: string[];
  try {
    problems = withConnection(path, true, integrityProblems);
  } catch (error) {
    return { status: 'not-checked', reason: messageOf(error) };
  }
  if (problems.length === 0) return { status: 'ok' };
  const indexes = damagedIndexes(problems);
  if (indexes === null) return { status: 'damaged', problem: problems[0] ?? 'unknown' };
  return rebuild(path, indexes);
}
