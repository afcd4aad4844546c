import { err, ok, type Result } from '../../shared/result.ts';

/*
 * The header row of a debtor CSV. Names compare case-insensitively, ignoring surrounding spaces;
 * messages quote them as the file spells them.
 */
export const REQUIRED_COLUMNS = ['file_number', 'client_number', 'client_name', 'debtor_name'] as const;
export type RequiredColumn = (typeof REQUIRED_COLUMNS)[number];

export type PhoneColumn = { readonly index: number; readonly header: string; readonly label: string };

/** The optional columns the call guard reads (issue 12): the debtor's address and do-not-call marks. */
export const ADDRESS_COLUMNS = ['timezone', 'state', 'zip'] as const;
export type AddressColumn = (typeof ADDRESS_COLUMNS)[number];

/** A `dnc_<label>` column and the `phone_<label>` column (by index) whose number it marks. */
export type PhoneMarkColumn = { readonly index: number; readonly header: string; readonly phoneIndex: number };

export type CallColumns = {
  readonly address: Readonly<Partial<Record<AddressColumn, number>>>;
  readonly doNotCall: number | null;
  readonly phoneMarks: readonly PhoneMarkColumn[];
};

export type CsvHeader = {
  readonly width: number;
  readonly columns: Readonly<Record<RequiredColumn, number>>;
  readonly phones: readonly PhoneColumn[];
  readonly call: CallColumns;
  readonly ignored: readonly string[];
};

const PHONE_COLUMN = /^phone(?:_(.+))?$/;
const MARK_COLUMN = /^dnc(?:_(.+))?$/;
const FORMAT_HINT =
  'The header row (line 1) must name file_number, client_number, client_name, debtor_name and at least one ' +
  'phone column: phone, or phone_<label> such as phone_home, phone_work, phone_mobile.';

/** `phone_home` → "Home", `phone_work_2` → "Work 2", `phone` → "Phone". */
export function phoneLabel(label: string | undefined): string {
  const words = (label ?? 'phone').replaceAll('_', ' ').trim().replace(/\s+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isRequired(name: string): name is RequiredColumn {
  return (REQUIRED_COLUMNS as readonly string[]).includes(name);
}

/** "The file is missing the columns client_number, client_name, and has no phone column." */
function describeMissing(missing: readonly string[], noPhone: boolean): string {
  if (missing.length === 0) return 'The file has no phone column.';
  const columns = `the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`;
  return `The file is missing ${columns}${noPhone ? ', and has no phone column' : ''}.`;
}

/** Reads the header cells, or says why the file cannot be imported. */
export function readHeader(cells: readonly string[]): Result<CsvHeader, string> {
  const columns: Partial<Record<RequiredColumn, number>> = {};
  const phones: PhoneColumn[] = [];
  const ignored: string[] = [];
  const seen = new Map<string, number>();
  const address: Partial<Record<AddressColumn, number>> = {};
  let doNotCall: number | null = null;
  const marks: { index: number; header: string; phone: string }[] = [];

  for (const [index, cell] of cells.entries()) {
    const header = cell.trim();
    const name = header.toLowerCase();
    if (name === '') continue;
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      return err(`The header names the column "${header}" twice (columns ${earlier + 1} and ${index + 1}). ${FORMAT_HINT}`);
    }
    seen.set(name, index);
    const phone = PHONE_COLUMN.exec(name);
    const label = phone === null ? '' : phoneLabel(phone[1]);
    const mark = MARK_COLUMN.exec(name);
    if (isRequired(name)) columns[name] = index;
    else if (label !== '') phones.push({ index, header, label });
    else if ((ADDRESS_COLUMNS as readonly string[]).includes(name)) address[name as AddressColumn] = index;
    else if (name === 'do_not_call') doNotCall = index;
    else if (mark !== null) marks.push({ index, header, phone: mark[1] === undefined ? 'phone' : `phone_${mark[1]}` });
    else if (name.startsWith('phone')) {
      return err(`The column "${header}" looks like a phone column but is not named phone or phone_<label> (for example phone_home). ${FORMAT_HINT}`);
    } else ignored.push(header);
  }

  const missing = REQUIRED_COLUMNS.filter((name) => columns[name] === undefined);
  if (missing.length > 0 || phones.length === 0) return err(`${describeMissing(missing, phones.length === 0)} ${FORMAT_HINT}`);
  const required = columns as Record<RequiredColumn, number>;
  const phoneMarks: PhoneMarkColumn[] = [];
  for (const mark of marks) {
    const phoneIndex = seen.get(mark.phone);
    if (phoneIndex === undefined) {
      return err(`The column "${mark.header}" marks the phone in column ${mark.phone}, but the file has no such column. ${FORMAT_HINT}`);
    }
    phoneMarks.push({ index: mark.index, header: mark.header, phoneIndex });
  }
  return ok({ width: cells.length, columns: required, phones, call: { address, doNotCall, phoneMarks }, ignored });
}
