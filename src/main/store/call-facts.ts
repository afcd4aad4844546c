/* The call guard's facts about a phone, as either backend returns its row: one mapping, so they cannot drift. */
import type { CallFacts, FileCall, PhoneContext, StoredDoNotCall } from './contract.ts';
import { readInt, readText, readTextOrNull, type Row } from './row-values.ts';
import { readConsent, readOutcome, readStatus } from './dial-log-entry.ts';

/** A phone with its debtor and client: p = phones, d = debtors, c = clients. */
export const PHONE_CONTEXT_COLUMNS = 'p.id AS phone_id, p.label, p.number, d.id AS debtor_id, d.name AS debtor_name, d.file_number, c.number AS client_number';

/** The phone whose id is `param` (each backend's placeholder), joined as PHONE_CONTEXT_COLUMNS reads it. */
export const phoneJoin = (param: string): string =>
  `FROM phones p JOIN debtors d ON d.id = p.debtor_id JOIN clients c ON c.id = d.client_id WHERE p.id = ${param}`;

export function toPhoneContext(row: Row): PhoneContext {
  return {
    phoneId: readInt(row, 'phone_id'),
    label: readText(row, 'label'),
    number: readText(row, 'number'),
    debtorId: readInt(row, 'debtor_id'),
    debtorName: readText(row, 'debtor_name'),
    fileNumber: readText(row, 'file_number'),
    clientNumber: readText(row, 'client_number'),
  };
}

/** The columns callFacts selects, beside the phone context's (p = phones, d = debtors). */
export const CALL_FACT_COLUMNS = `d.timezone, d.state, d.zip, d.do_not_call_at AS debtor_dnc_at, d.do_not_call_by AS debtor_dnc_by,
  p.do_not_call_at AS phone_dnc_at, p.do_not_call_by AS phone_dnc_by`;

function mark(row: Row, prefix: string): StoredDoNotCall | null {
  const at = readTextOrNull(row, `${prefix}_at`);
  return at === null ? null : { at, by: readTextOrNull(row, `${prefix}_by`) ?? '' };
}

/** The phone `param`'s call facts, as toCallFacts reads them (each backend's placeholder). */
export const callFactsSql = (param: string): string => `SELECT ${PHONE_CONTEXT_COLUMNS}, ${CALL_FACT_COLUMNS} ${phoneJoin(param)}`;

export function toCallFacts(row: Row): CallFacts {
  return {
    ...toPhoneContext(row),
    timezone: readTextOrNull(row, 'timezone'),
    state: readTextOrNull(row, 'state'),
    zip: readTextOrNull(row, 'zip'),
    debtorDoNotCall: mark(row, 'debtor_dnc'),
    phoneDoNotCall: mark(row, 'phone_dnc'),
  };
}

export function toFileCall(row: Row): FileCall {
  return { at: readText(row, 'at'), result: readStatus(row), outcome: readOutcome(row), consent: readConsent(row) };
}
