import { activeConversation, attemptsText, conversationText, countAttempts, type AttemptCount, type CallRecord, type Conversation } from './call-attempts.ts';
import { resolveLocations, type DebtorAddress, type ZoneLookup } from './call-locations.ts';
import { CALLS_PER_WEEK, DEFAULT_CALL_POLICY, type CallPolicy, type CallRuleId, type RuleAction } from './call-rules.ts';
import { callingHoursProblem, locationTimes, type LocationTime } from './calling-hours.ts';
import { dateLabel } from './local-time.ts';

/** A do-not-call mark: when and by whom it was set, where known. */
export type DoNotCallMark = { readonly at?: number | string | null; readonly by?: string | null };

export type CallCheckInput = {
  /** The instant of the call, ms since epoch (the caller's clock). */
  readonly now: number;
  readonly debtor: DebtorAddress & { readonly doNotCall?: DoNotCallMark | null };
  readonly phone: { readonly number: string; readonly label?: string | null; readonly doNotCall?: DoNotCallMark | null };
  /** Every earlier call to this debt (every desk), in any order. */
  readonly history: readonly CallRecord[];
  /** Per rule warn or block; a rule left out uses DEFAULT_CALL_POLICY. */
  readonly policy?: CallPolicy;
  /** The floor's country calling code, for numbers written without "+"; "1" when not given. */
  readonly homeCallingCode?: string | null;
};

export type CallReason = { readonly rule: CallRuleId | 'check-failed'; readonly action: RuleAction; readonly text: string };

export type CallDecision = {
  readonly verdict: 'allow' | 'warn' | 'block';
  /** Every rule the call breaks, in words; empty when allowed. */
  readonly reasons: readonly CallReason[];
  /** The debtor's local time at every known location. */
  readonly localTimes: readonly LocationTime[];
  /** Calls counted in the 7 days ending now, of CALLS_PER_WEEK. */
  readonly attemptsUsed: number;
  readonly attemptsLimit: number;
  /** What could not be placed (an unknown area code, a bad zone name), in words. */
  readonly notes: readonly string[];
};

/**
 * Checks one call against Regulation F's presumptions and the do-not-call marks. Pure: the time, the history
 * and the zone data are arguments. Never throws: a check that cannot be made blocks, saying why.
 */
export function evaluateCall(input: CallCheckInput, zones: ZoneLookup): CallDecision {
  try {
    return decide(input, zones);
  } catch (error) {
    const text = `The call could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    return { verdict: 'block', reasons: [{ rule: 'check-failed', action: 'block', text }], localTimes: [], attemptsUsed: 0, attemptsLimit: CALLS_PER_WEEK, notes: [] };
  }
}

function decide(input: CallCheckInput, zones: ZoneLookup): CallDecision {
  if (!Number.isFinite(input.now)) throw new Error('the time of the call is not a valid instant.');
  const action = (rule: CallRuleId): RuleAction => input.policy?.[rule] ?? DEFAULT_CALL_POLICY[rule];
  const reasons: CallReason[] = [];
  const add = (rule: CallRuleId, text: string | null): void => {
    if (text !== null) reasons.push({ rule, action: action(rule), text });
  };
  const resolved = resolveLocations(input.debtor, input.phone.number, zones, input.homeCallingCode ?? '1');
  const times = locationTimes(resolved.locations, input.now);

  add('do-not-call', doNotCallText('The debtor is marked do not call', input.debtor.doNotCall));
  const phoneName = input.phone.label ? `${input.phone.label} ${input.phone.number}` : input.phone.number;
  add('do-not-call', doNotCallText(`${phoneName} is marked do not call`, input.phone.doNotCall));
  add('calling-hours', times.length === 0 ? noLocationText(input.phone.number) : callingHoursProblem(times));

  // Day boundaries: the debtor's local midnight at every known location, the strictest one deciding.
  const dayZones = times.length === 0 ? ['UTC'] : times.map((t) => t.zone);
  const attempts = strictest(dayZones.map((zone) => countAttempts(input.history, input.now, zone)), (a) => a.used);
  if (attempts.used >= CALLS_PER_WEEK) add('seven-in-seven', attemptsText(attempts));
  const conversation = latestOf(dayZones.map((zone) => activeConversation(input.history, input.now, zone)));
  if (conversation !== null) add('after-conversation', conversationText(conversation));

  const verdict = reasons.length === 0 ? 'allow' : reasons.some((r) => r.action === 'block') ? 'block' : 'warn';
  return { verdict, reasons, localTimes: times, attemptsUsed: attempts.used, attemptsLimit: CALLS_PER_WEEK, notes: resolved.notes };
}

function doNotCallText(subject: string, mark: DoNotCallMark | null | undefined): string | null {
  if (mark === null || mark === undefined) return null;
  const at = typeof mark.at === 'number' ? mark.at : typeof mark.at === 'string' ? Date.parse(mark.at) : NaN;
  const when = Number.isFinite(at) ? ` on ${dateLabel(Math.floor(at / 86_400_000))}` : '';
  const who = mark.by ? ` by ${mark.by}` : '';
  return `${subject}${when || who ? ` (set${when}${who})` : ''}`;
}

function noLocationText(number: string): string {
  return `No time zone is known for this debtor or for ${number}: the local time cannot be checked against 08:00–21:00`;
}

function strictest(counts: readonly AttemptCount[], size: (a: AttemptCount) => number): AttemptCount {
  return counts.reduce((best, c) => (size(c) > size(best) ? c : best));
}

function latestOf(conversations: readonly (Conversation | null)[]): Conversation | null {
  // The latest end of the quiet period wins: the zone where day 8 starts last.
  let latest: Conversation | null = null;
  for (const c of conversations) if (c !== null && (latest === null || c.day > latest.day)) latest = c;
  return latest;
}
