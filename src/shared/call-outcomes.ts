/**
 * The fixed list of call outcomes a collector records after a call (issue 11), and what each means for the
 * Regulation F rules (issue 12). The one definition: the outcome picker, the dial log and the call guard read it.
 */
export const CALL_OUTCOMES = [
  { id: 'no-answer', label: 'No answer', key: '1', connected: true, conversation: false },
  // A busy signal never reached the dialed number: Reg F does not count it as a call placed.
  { id: 'busy', label: 'Busy', key: '2', connected: false, conversation: false },
  { id: 'left-message', label: 'Left message', key: '3', connected: true, conversation: false },
  { id: 'wrong-number', label: 'Wrong number', key: '4', connected: true, conversation: false },
  { id: 'talked', label: 'Talked to the debtor', key: '5', connected: true, conversation: true },
  { id: 'third-party', label: 'Third party', key: '6', connected: true, conversation: false },
  { id: 'promise', label: 'Promise to pay', key: '7', connected: true, conversation: true },
  { id: 'refused', label: 'Refused to pay', key: '8', connected: true, conversation: true },
] as const;

export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export type CallOutcomeId = CallOutcome['id'];

export const CALL_OUTCOME_IDS: readonly CallOutcomeId[] = CALL_OUTCOMES.map((o) => o.id);

export function callOutcome(id: string | null | undefined): CallOutcome | null {
  return CALL_OUTCOMES.find((o) => o.id === id) ?? null;
}

/** The outcome whose key (1–8) was pressed, or null. */
export function callOutcomeForKey(key: string): CallOutcome | null {
  return CALL_OUTCOMES.find((o) => o.key === key) ?? null;
}
