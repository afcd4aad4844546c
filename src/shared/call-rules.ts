/** The rules a call is checked against, and what an administrator chose for each: warn or block. */
export const CALL_RULES = ['do-not-call', 'calling-hours', 'seven-in-seven', 'after-conversation'] as const;
export type CallRuleId = (typeof CALL_RULES)[number];
export type RuleAction = 'warn' | 'block';
export type CallPolicy = Readonly<Partial<Record<CallRuleId, RuleAction>>>;

/** Until an administrator chooses otherwise every rule blocks: the presumption of compliance is the safe side. */
export const DEFAULT_CALL_POLICY: Readonly<Record<CallRuleId, RuleAction>> = {
  'do-not-call': 'block',
  'calling-hours': 'block',
  'seven-in-seven': 'block',
  'after-conversation': 'block',
};

export const CALL_RULE_LABELS: Readonly<Record<CallRuleId, string>> = {
  'do-not-call': 'Do not call',
  'calling-hours': 'Calling hours 08:00–21:00 at the debtor\'s location',
  'seven-in-seven': 'At most 7 calls in 7 days',
  'after-conversation': 'No calls for 7 days after a conversation',
};

/** Reg F's limit: 7 calls within 7 consecutive days (12 CFR 1006.14(b)(2)(i)(A)). */
export const CALLS_PER_WEEK = 7;
/** Calls may start from 08:00 up to 20:59 local (1006.6(b)(1)(i): before 8 a.m. or after 9 p.m. is inconvenient). */
export const WINDOW_OPENS_MINUTE = 8 * 60;
export const WINDOW_CLOSES_MINUTE = 21 * 60;
