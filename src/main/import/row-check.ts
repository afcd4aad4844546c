import { firstControlCharacter } from '../../shared/control-characters.ts';
import { normalizeNumber } from '../../shared/phone-number.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import type { ImportedDebtor, ImportedPhone } from '../store/import-repo.ts';
import type { CsvHeader } from './csv-header.ts';
import type { InvalidRow } from './import-types.ts';
import { readCallCells } from './call-cells.ts';

/** A row that passed every check, ready to write. An empty clientName means "keep the stored name". */
export type ImportRow = ImportedDebtor & { readonly line: number };

const ACCOUNT_NUMBER = /^[0-9]{1,20}$/;

/** Names lose surrounding spaces, and runs of spaces or line breaks inside them become one space. */
function cleanName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function accountNumberProblem(column: string, value: string): string | null {
  if (value === '') return `${column}: empty; 1 to 20 digits are needed`;
  return ACCOUNT_NUMBER.test(value) ? null : `${column}: "${value}" must be 1 to 20 digits`;
}

/** A name must be text only: a NUL would cut it short, an ESC or a bidi override would reach terminals raw. */
function nameProblem(column: string, name: string): string | null {
  const control = firstControlCharacter(name);
  return control === null ? null : `${column}: the name contains a control character (${control})`;
}

type Cells = { readonly at: (index: number) => string };

/** The row's phones in column order; each non-empty cell must be a dialable number. */
function readPhones(cells: Cells, header: CsvHeader, problems: string[]): ImportedPhone[] {
  const phones: ImportedPhone[] = [];
  let unreadable = 0;
  for (const column of header.phones) {
    const number = cells.at(column.index).trim();
    if (number === '') continue;
    const normalized = normalizeNumber(number);
    if (normalized.ok) phones.push({ label: column.label, number, digits: normalized.value.digits });
    else {
      problems.push(`${column.header}: ${normalized.error}`);
      unreadable += 1;
    }
  }
  if (phones.length === 0 && unreadable === 0) {
    problems.push(`no phone number: fill at least one of ${header.phones.map((c) => c.header).join(', ')}`);
  }
  return phones;
}

/**
 * Checks a row on its own: field count, account numbers, names and phones. Problems are listed in
 * column order and all of them are reported, so one pass over the file finds everything to fix.
 */
export function checkCells(cells: readonly string[], header: CsvHeader, line: number): Result<ImportRow, string[]> {
  if (cells.length !== header.width) {
    return err([
      `the row has ${cells.length} fields but the header has ${header.width}; ` +
        'a value that contains a comma must be in double quotes',
    ]);
  }
  // What a UTF-8 decoder makes of bytes in another encoding (Excel's plain "CSV" is Windows-1252).
  if (cells.some((value) => value.includes('\uFFFD'))) {
    return err(['the row holds characters that are not UTF-8; save the file as "CSV UTF-8" and import it again']);
  }
  const cell: Cells = { at: (index) => cells[index] ?? '' };
  const { columns } = header;
  const fileNumber = cell.at(columns.file_number).trim();
  const clientNumber = cell.at(columns.client_number).trim();
  const debtorName = cleanName(cell.at(columns.debtor_name));
  const problems = [accountNumberProblem('file_number', fileNumber), accountNumberProblem('client_number', clientNumber)]
    .filter((problem) => problem !== null);
  const clientName = cleanName(cell.at(columns.client_name));
  if (debtorName === '') problems.push("debtor_name: empty; the debtor's name is needed");
  problems.push(...[nameProblem('client_name', clientName), nameProblem('debtor_name', debtorName)].filter((p) => p !== null));
  const phones = readPhones(cell, header, problems);
  const call = readCallCells(cell.at, header, problems);
  if (problems.length > 0) return err(problems);
  return ok({ line, fileNumber, clientNumber, clientName, debtorName, phones, ...(call === undefined ? {} : { call }) });
}

/** True when a blank line or a line of only commas: not a data row at all. */
export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** `a; b; c`: each problem without the full stop some messages end with. */
function joinProblems(problems: readonly string[]): string {
  return problems.map((problem) => problem.replace(/\.$/, '')).join('; ');
}

export type RowChecker = (cells: readonly string[], line: number) => Result<ImportRow, InvalidRow>;

/**
 * Adds the checks that depend on the rest of the file and on the database: a file number may appear
 * once per file, and a client that is neither in the database nor named by an earlier valid row
 * needs its name.
 */
export function createRowChecker(header: CsvHeader, storedClients: ReadonlySet<string>): RowChecker {
  // Keyed by the number's value: 0001044 and 1044 are one debtor to whoever reads the file (the
  // authcode pads both to 00001044), yet two to the database; the file must say which it means.
  const fileNumberLines = new Map<string, { line: number; written: string }>();
  const namedClients = new Set<string>();
  const known = (client: string): boolean => storedClients.has(client) || namedClients.has(client);

  /** Problems that need the other rows; only for rows whose columns line up with the header. */
  const contextProblems = (cells: readonly string[], line: number): string[] => {
    const problems: string[] = [];
    const at = (index: number): string => (cells[index] ?? '').trim();
    const clientNumber = at(header.columns.client_number);
    if (ACCOUNT_NUMBER.test(clientNumber) && at(header.columns.client_name) === '' && !known(clientNumber)) {
      problems.push(`client_name: empty, and client ${clientNumber} is not in the database yet, so its name is needed`);
    }
    const fileNumber = at(header.columns.file_number);
    if (!ACCOUNT_NUMBER.test(fileNumber)) return problems;
    const value = fileNumber.replace(/^0+(?=.)/, '');
    const earlier = fileNumberLines.get(value);
    if (earlier === undefined) fileNumberLines.set(value, { line, written: fileNumber });
    else if (earlier.written === fileNumber) problems.push(`file number ${fileNumber} already appears on line ${earlier.line}`);
    else {
      problems.push(
        `file number ${fileNumber} and file number ${earlier.written} on line ${earlier.line} are the same number written ` +
          'with different leading zeros; write it one way, as the database knows it',
      );
    }
    return problems;
  };

  return (cells, line) => {
    const checked = checkCells(cells, header, line);
    const problems = checked.ok ? [] : [...checked.error];
    if (cells.length === header.width) problems.push(...contextProblems(cells, line));
    if (problems.length > 0 || !checked.ok) return err({ line, reason: joinProblems(problems) });
    namedClients.add(checked.value.clientNumber);
    return checked;
  };
}
