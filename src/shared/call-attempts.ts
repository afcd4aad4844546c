import { callOutcome, type CallOutcomeId } from './call-outcomes.ts';
import { CALLS_PER_WEEK } from './call-rules.ts';
import { dateLabel, localTimeAt } from './local-time.ts';

/** One earlier call to this debt, as the dial log holds it. */
export type CallRecord = {
  /** When it was placed: ms since epoch or an ISO-8601 text. */
  readonly at: number | string;
  /** The outcome the collector recorded; null when none was recorded. */
  readonly outcome: CallOutcomeId | null;
  /** The dial log's result: only "sent" placed a call ("failed" and "blocked" sent nothing). */
  readonly status: string;
  /** The debtor asked for this call (prior consent, 1006.14(b)(3)(i)): it does not count toward 7 in 7. */
  readonly consent?: boolean;
};

/** When the record happened; a record whose time cannot be read is taken as now (it counts, never hides). */
export function recordTime(record: CallRecord, now: number): number {
  const at = typeof record.at === 'number' ? record.at : Date.parse(record.at);
  return Number.isFinite(at) ? at : now;
}

/** Older than this in UTC, a record is outside any 7 local days ending now (zone offsets stay within ±14 h). */
const LOOKBACK_MS = 9 * 86_400_000;

/** A call counts toward 7 in 7 when it was sent, reached the number (not Busy) and was not asked for. */
export function countsTowardLimit(record: CallRecord): boolean {
  if (record.status !== 'sent' || record.consent === true) return false;
  return callOutcome(record.outcome)?.connected ?? true;
}

export type AttemptCount = { readonly used: number; readonly firstDay: number | null; readonly zone: string };

/**
 * Calls counted in the 7 local days ending today (today and the 6 before) in `zone`. Day boundaries are the
 * debtor's local midnight, the way the debtor lives the week.
 */
export function countAttempts(history: readonly CallRecord[], now: number, zone: string): AttemptCount {
  const today = localTimeAt(now, zone)?.dayNumber ?? Math.floor(now / 86_400_000);
  let used = 0;
  let firstDay: number | null = null;
  for (const record of history) {
    const at = recordTime(record, now);
    if (at > now || now - at > LOOKBACK_MS || !countsTowardLimit(record)) continue;
    const day = localTimeAt(at, zone)?.dayNumber ?? Math.floor(at / 86_400_000);
    if (today - day > CALLS_PER_WEEK - 1) continue;
    used += 1;
    firstDay = firstDay === null ? day : Math.min(firstDay, day);
  }
  return { used, firstDay, zone };
}

export function attemptsText(count: AttemptCount): string {
  const since = count.firstDay === null ? '' : ` since ${dateLabel(count.firstDay)}`;
  const next = count.firstDay === null ? '' : `; the next call counts from ${dateLabel(count.firstDay + CALLS_PER_WEEK)}`;
  return `${count.used} calls${since} (limit ${CALLS_PER_WEEK} in 7 days)${next}`;
}

export type Conversation = { readonly day: number; readonly outcome: CallOutcomeId; readonly zone: string };

/**
 * The latest conversation about the debt whose 7-day quiet period still runs in `zone`: the conversation's
 * local day is day 1, so calls are possible again on day 8.
 */
export function activeConversation(history: readonly CallRecord[], now: number, zone: string): Conversation | null {
  const today = localTimeAt(now, zone)?.dayNumber ?? Math.floor(now / 86_400_000);
  let latest: Conversation | null = null;
  for (const record of history) {
    const outcome = callOutcome(record.outcome);
    const at = recordTime(record, now);
    if (outcome === null || !outcome.conversation || at > now || now - at > LOOKBACK_MS) continue;
    const day = localTimeAt(at, zone)?.dayNumber ?? Math.floor(at / 86_400_000);
    if (today - day >= 7) continue;
    if (latest === null || day > latest.day) latest = { day, outcome: outcome.id, zone };
  }
  return latest;
}

export function conversationText(conversation: Conversation): string {
  const label = callOutcome(conversation.outcome)?.label ?? conversation.outcome;
  return `"${label}" on ${dateLabel(conversation.day)}: no calls until ${dateLabel(conversation.day + 7)} (7 days after a conversation, its day counted as day 1)`;
}
