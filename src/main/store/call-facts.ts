/* The call guard's facts about a phone, as either backend returns its row: one mapping, so they cannot drift. */
import type { CallFacts, FileCall, PhoneContext, StoredDoNotCall } from './contract.ts';
import { readText, readTextOrNull, type Row } from './row-values.ts';
import { readConsent, readOutcome, readStatus } from './dial-log-entry.ts';

/** The columns callFacts selects, beside the phone context's (p = phones, d = debtors). */
export const CALL_FACT_COLUMNS = `d.timezone, d.state, d.zip, d.do_not_call_at AS debtor_dnc_at, d.do_not_call_by AS debtor_dnc_by,
  p.do_not_call_at AS phone_dnc_at, p.do_not_call_by AS phone_dnc_by`;

function mark(row: Row, prefix: string): StoredDoNotCall | null {
  const at = readTextOrNull(row, `${prefix}_at`);
  return at === null ? null : { at, by: readTextOrNull(row, `${prefix}_by`) ?? '' };
}

export function toCallFacts(context: PhoneContext, row: Row): CallFacts {
  return {
    ...context,
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
