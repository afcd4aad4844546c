import { isKnownZone } from '../../shared/local-time.ts';
import { normalizeNumber } from '../../shared/phone-number.ts';
import type { ImportedCallData } from '../store/import-repo.ts';
import type { CsvHeader } from './csv-header.ts';

/** USPS codes of the states, DC and the territories: what the `state` column may hold. */
const US_STATES = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP').split(' '),
);
const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['', 'no', 'n', 'false', '0']);
const ZIP = /^[0-9]{5}(?:-?[0-9]{4})?$/;

/** "yes" → true; a value that is neither yes nor no is a problem. */
function flag(column: string, raw: string, problems: string[]): boolean {
  const value = raw.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (!NO.has(value)) problems.push(`${column}: "${raw.trim()}" must be yes or no (or 1 / 0, true / false), or empty`);
  return false;
}

/**
 * The row's address and do-not-call marks, each value checked: an unknown zone name, state or ZIP code is a
 * problem of the row, never stored. Undefined when the file has none of these columns.
 */
export function readCallCells(at: (index: number) => string, header: CsvHeader, problems: string[]): ImportedCallData | undefined {
  const { address, doNotCall, phoneMarks } = header.call;
  if (Object.keys(address).length === 0 && doNotCall === null && phoneMarks.length === 0) return undefined;
  const data: { timezone?: string | null; state?: string | null; zip?: string | null } = {};
  if (address.timezone !== undefined) {
    const zone = at(address.timezone).trim();
    if (zone !== '' && !isKnownZone(zone)) problems.push(`timezone: "${zone}" is not an IANA time zone name such as America/Chicago`);
    data.timezone = zone === '' ? null : zone;
  }
  if (address.state !== undefined) {
    const state = at(address.state).trim().toUpperCase();
    if (state !== '' && !US_STATES.has(state)) problems.push(`state: "${at(address.state).trim()}" is not a two-letter US state code such as NY`);
    data.state = state === '' ? null : state;
  }
  if (address.zip !== undefined) {
    const zip = at(address.zip).trim();
    if (zip !== '' && !ZIP.test(zip)) problems.push(`zip: "${zip}" is not a US ZIP code (5 digits, or ZIP+4)`);
    data.zip = zip === '' ? null : zip;
  }
  const marked = doNotCall === null ? false : flag('do_not_call', at(doNotCall), problems);
  const digits: string[] = [];
  for (const mark of phoneMarks) {
    if (!flag(mark.header, at(mark.index), problems)) continue;
    const number = normalizeNumber(at(mark.phoneIndex).trim());
    if (number.ok) digits.push(number.value.digits);
    else if (at(mark.phoneIndex).trim() === '') problems.push(`${mark.header}: marks a phone that is empty on this row`);
  }
  return { ...data, doNotCall: marked, doNotCallDigits: digits };
}
