import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/cli/cli-context.ts';
import { IMPORT_HELP } from '../../src/cli/import-help.ts';
import { importCommand } from '../../src/cli/import-command.ts';
import { csvFile, emptyDatabase, HEADER, snapshot } from '../main/import/import-fixtures.ts';
import { tempDir } from '../main/store/temp-store.ts';
import { collectIo } from './text-collector.ts';

type Run = { code: number; stdout: string; stderr: string };

type RunOptions = { tty?: boolean; stop?: (stop: () => void) => void; io?: ReturnType<typeof collectIo> };

/** `softphone import ...` in-process; `tty` makes stderr look like a terminal; `stop` gets the Ctrl-C handler. */
async function runImport(args: string[], options: RunOptions = {}): Promise<Run> {
  const io = options.io ?? collectIo();
  const stderr = Object.assign(io.stderr, { isTTY: options.tty === true });
  const context = defaultContext({
    onStopRequest: (stop) => {
      options.stop?.(stop);
      return () => {};
    },
  });
  const code = await importCommand(args, { stdout: io.stdout, stderr }, context);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

const FILE = [
  HEADER,
  '4585,24,Northwind Recovery,Morgan Ellis,716-698-3877,,',
  '4586,24,,"Ellis,',
  'Jamie",716-698-3878,,',
  '4587,24,,Lee Park,716-698-3879,5-1,',
].join('\n');

/** The summary with its one timing-dependent figure replaced. */
const withoutTiming = (text: string): string => text.replace(/ in \d+\.\d s:/, ' in T s:');

/** The first progress line of each phase, as printed. */
const firstLinePerPhase = (stderr: string): string[] => {
  const seen = new Set<string>();
  return stderr.split(/[\r\n]/).filter((line) => {
    const phase = line.split(':')[0] ?? '';
    if (line === '' || seen.has(phase)) return false;
    seen.add(phase);
    return true;
  });
};

describe('softphone import', () => {
  it('imports, shows progress on stderr and prints the summary and every row left out on stdout', async () => {
    const { dir, store } = emptyDatabase();
    const file = csvFile(dir, FILE);

    const run = await runImport([file, '--db', dir]);

    expect(run.code).toBe(0);
    expect(withoutTiming(run.stdout)).toBe(
      `Imported ${file} into ${store.location} in T s: 3 rows, 2 new debtors, 0 updated, 1 not imported.\n` +
        'Rows not imported (fix them and import the file again; rows already in are updated, not doubled):\n' +
        '  line 5: phone_work: "5-1" is not a dialable number: it has 2 digits (3 to 20 needed)\n',
    );
    expect(firstLinePerPhase(run.stderr)).toEqual(['reading the file…', 'writing: 0 of 2 rows', 'indexing for search: 2 rows']);
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr).not.toContain('\r');
    expect((await store.debtors.search('', 0, 10)).rows.map((d) => d.name)).toEqual(['Ellis, Jamie', 'Morgan Ellis']);
  });

  it('rewrites one progress line in place on a terminal, and ends it before the summary', async () => {
    const { dir } = emptyDatabase();
    const run = await runImport([csvFile(dir, FILE), '--db', dir], { tty: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^\rreading the file…(\r[^\r\n]*)*\rindexing for search: 2 rows *\n$/);
  });

  it('lists columns it ignored', async () => {
    const { dir } = emptyDatabase();
    const run = await runImport([csvFile(dir, 'file_number,client_number,client_name,debtor_name,phone,Notes,Balance\n1,9,Acme,Anna,555-0100,x,1\n'), '--db', dir]);
    expect(run.stdout.split('\n')[1]).toBe('Ignored columns: Notes, Balance');
  });

  it('accepts the softphone.db file itself as --db, and creates the database in a folder without one', async () => {
    const { dir, store } = emptyDatabase();
    expect((await runImport([csvFile(dir, FILE), '--db', store.location])).code).toBe(0);

    const newFolder = tempDir();
    const run = await runImport([csvFile(dir, FILE), '--db', newFolder]);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe(`softphone: created a new database at ${join(newFolder, 'softphone.db')}`);
    expect(existsSync(join(newFolder, 'softphone.db'))).toBe(true);
  });

  it('exits 2 and writes nothing when the file is refused', async () => {
    const { dir, dbPath } = emptyDatabase();
    const before = snapshot(dbPath);
    const file = csvFile(dir, 'file_number,client_number,debtor_name,phone_home\n1,9,Anna,555-0100\n');
    const run = await runImport([file, '--db', dir]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `softphone: ${file} was not imported: The file is missing the column client_name. The header row (line 1) must name ` +
        'file_number, client_number, client_name, debtor_name and at least one phone column: phone, or phone_<label> such as ' +
        'phone_home, phone_work, phone_mobile.\n',
    });
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('exits 1 when the file cannot be read', async () => {
    const { dir } = emptyDatabase();
    const missing = join(dir, 'missing.csv');
    expect(await runImport([missing, '--db', dir])).toEqual({
      code: 1,
      stdout: '',
      stderr: `softphone: ${missing} was not imported: There is no file at ${missing}.\n`,
    });
  });

  it('exits 1 when every row is invalid, listing each with its line', async () => {
    const { dir, dbPath } = emptyDatabase();
    const before = snapshot(dbPath);
    const file = csvFile(dir, `${HEADER}\n100,9,Acme,Pat Sample,unknown,,\n101,9,Acme,"Lee\u0000 Park",555-123-7777,,\n`);

    const run = await runImport([file, '--db', dir]);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '  line 2: phone_home: "unknown" is not a phone number\n  line 3: debtor_name: the name contains a control character (U+0000)\n',
    );
    expect(run.stderr.endsWith(`softphone: no row of ${file} could be imported: every row has a problem, listed above.\n`)).toBe(true);
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('shows a control character quoted in a reason as <U+001B>, never raw on the terminal', async () => {
    const { dir } = emptyDatabase();
    const file = csvFile(dir, `${HEADER}\n100,9,Acme,Pat Sample,555-123-7777,,\n12\u001b[2J,9,Acme,Lee Park,555\u202e-123-7778,,\n`);

    const run = await runImport([file, '--db', dir]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  line 3: file_number: "12<U+001B>[2J" must be 1 to 20 digits; phone_home: ');
    expect(run.stdout).toContain('<U+202E>');
    expect(run.stdout.includes('\u001b') || run.stdout.includes('\u202e')).toBe(false);
  });

  it('exits 1 for a header without data rows', async () => {
    const { dir } = emptyDatabase();
    const file = csvFile(dir, `${HEADER}\n`);

    const run = await runImport([file, '--db', dir]);

    expect(run.code).toBe(1);
    expect(run.stderr.endsWith(`softphone: no row of ${file} could be imported: it has no data rows.\n`)).toBe(true);
  });

  it('names the path in one sentence when the CSV is a folder', async () => {
    const { dir } = emptyDatabase();
    const folder = tempDir();

    expect(await runImport([folder, '--db', dir])).toEqual({
      code: 1,
      stdout: '',
      stderr: `softphone: ${folder} was not imported: ${folder} is a folder, not a CSV file.\n`,
    });
  });

  it('stops on Ctrl-C, exits 1 and leaves the database as it was', async () => {
    const { dir, dbPath } = emptyDatabase();
    const before = snapshot(dbPath);
    const pipe = join(dir, 'debtors.pipe');
    execFileSync('mkfifo', [pipe]);
    let stop: () => void = () => {};
    const io = collectIo();
    const running = runImport([pipe, '--db', dir], { io, stop: (s) => (stop = s) });
    const out = createWriteStream(pipe).on('error', () => {});
    out.write(`${HEADER}\n1,9,Acme,Anna,555-0100,,\n`);
    // The import is now reading, and waits for the rest of the file, which never comes.
    await io.stderr.waitFor(/^reading/m);
    stop();
    const run = await running;
    out.destroy();

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/softphone: import stopped after [01] rows: nothing was imported, the database is as it was\.\n$/);
    expect(snapshot(dbPath)).toEqual(before);
  });

  it('prints its help, and exits 2 with a usage message when the command line is wrong', async () => {
    expect(await runImport(['--help'])).toEqual({ code: 0, stdout: IMPORT_HELP, stderr: '' });
    const dir = tempDir();
    const other = join(dir, 'other.db');
    writeFileSync(other, '');
    const usage = (message: string) => ({ code: 2, stdout: '', stderr: `softphone: ${message}\nRun "softphone import --help" for the options.\n` });
    expect(await runImport(['--db', dir])).toEqual(
      usage('the CSV file to import is needed, for example: softphone import debtors.csv --db ~/.config/softphone-launcher'),
    );
    expect(await runImport(['a.csv'])).toEqual(usage("--db is required: the app's user-data folder, or the softphone.db in it"));
    expect(await runImport(['a.csv', 'b.csv', '--db', dir])).toEqual(usage('one file at a time: "b.csv" is one too many'));
    expect(await runImport(['a.csv', '--db', other])).toEqual(
      usage(`--db ${other} is not the app's database: give the user-data folder or the softphone.db in it`),
    );
    expect(await runImport(['a.csv', '--db', join(dir, 'nope')])).toEqual(usage(`--db ${join(dir, 'nope')}: there is no such folder`));
  });
});
