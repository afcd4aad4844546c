import type { DialContext, DialPlan } from '../../shared/dial-plan.ts';
import { planDial } from '../../shared/dial-plan.ts';
import { describeDestination } from '../../shared/describe-target.ts';
import type { DialOutcome, DialStatus, OperatorDetail } from '../../shared/ipc-contract.ts';
import { normalizeNumber } from '../../shared/phone-number.ts';
import { NOT_UNICAST, type SendResult } from './udp-dialer.ts';
import { randomUUID } from 'node:crypto';
import type { NewDialLogEntry, PhoneContext, Store } from '../store/contract.ts';
import { createLastRead, type LastRead } from './last-read.ts';
import type { DuplicateGuard } from './duplicate-guard.ts';
import { operatorTarget } from './operator-mode.ts';
import { UserError } from '../errors.ts';
import type { CallDecision } from '../../shared/call-guard.ts';
import type { CallCheck } from '../calls/call-check.ts';
import { numberPlanFor } from './operator-plan.ts';

export type DialServiceDeps = {
  store: Store;
  sendDatagram: (plan: { host: string; hostKind: 'ipv4' | 'ipv6' | 'hostname'; port: number; payload: string }) => Promise<SendResult>;
  openUri: (uri: string, allowedSchemes: readonly string[]) => Promise<SendResult>;
  guard: DuplicateGuard;
  now: () => Date;
  /**
   * Stores the dial's row; never rejects. The app passes its outbox's record (dial-log-outbox.ts):
   * a row the database does not take at once waits on disk and is written later, so the dial's
   * outcome is what happened on the wire whatever the database does.
   */
  logDial: (entry: NewDialLogEntry) => Promise<void>;
  /** The phone read for a dial without the guard, or the last copy when the database does not answer. */
  lastRead?: LastRead;
  /**
   * How a dial reads settings (the operator, the allowed schemes, the dial plans): the app passes its
   * SettingsCopies' read (settings-copies.ts), kept by the floor's change notices. Default: `lastRead`.
   */
  settingsRead?: LastRead;
  /** The dial-log row's unique key. */
  newKey?: () => string;
  /**
   * The call guard (src/main/calls/call-check.ts): Regulation F, calling hours and do-not-call, checked before
   * anything is sent. The app always passes it; only tests of the sending itself leave it out.
   */
  callCheck?: CallCheck;
};

/** A collector's answer to a warning: why this call is right anyway. Logged with the dial. */
export type DialConfirmation = { readonly reason: string };
export const CONFIRMATION_MAX_LENGTH = 500;

export type DialService = {
  /** Phone P of a debtor: the authcode applies. `confirmation`: the collector's reason to place a warned call. */
  dialPhone(operatorId: number, phoneId: number, confirmation?: DialConfirmation): Promise<DialOutcome>;
  /** A typed number, no debtor: #authcode is ignored (unless a test dial passes a client and debtor). */
  dialNumber(operatorId: number, number: string, context?: DialContext, confirmation?: DialConfirmation): Promise<DialOutcome>;
  /** A call from a link: when it names a debtor and one of their numbers, it is judged and logged as that phone's call. */
  dialLinked(operatorId: number, number: string, context: DialContext, confirmation?: DialConfirmation): Promise<DialOutcome>;
  /** A test of operator `operatorId`'s settings, logged as `sender`'s dial and marked as a test. */
  testDial(sender: TestDialSender, operatorId: number, number: string, context?: DialContext): Promise<DialOutcome>;
};

type Attempt = {
  operator: OperatorDetail;
  number: string;
  context: DialContext;
  /** The debtor file called, for the log (and so the next call's 7-in-7 count); null for the dial pad. */
  fileNumber: string | null;
  /** The guard's decision at the dial's instant; absent: no guard (tests of the sending only). */
  judge?: (at: Date) => Promise<CallDecision>;
  confirmation: DialConfirmation | undefined;
  /** A test dial: the row is the sender's, marked with whose settings were tried. */
  sentBy?: TestDialSender;
  /** The click's instant, when the guard's read began with it (a debtor's phone); else the dial's start. */
  at?: Date;
};

/** Who sent a test dial from the operator form. */
export type TestDialSender = { readonly operatorId: number; readonly name: string };
/** `logReason`: what the log row says beside the outcome (a warned call's warnings and the collector's reason). */
type Finished = Omit<DialOutcome, 'at' | 'number' | 'dialKey'> & { readonly logReason?: string };

/** Every dial ends in a visible outcome and a dial-log row: sent, failed with the reason, or blocked with the reason. */
export function createDialService(deps: DialServiceDeps): DialService {
  const lastRead = deps.lastRead ?? createLastRead();
  const settingsRead = deps.settingsRead ?? lastRead;
  const newKey = deps.newKey ?? randomUUID;
  const requireOperator = async (operatorId: number): Promise<OperatorDetail> => {
    const operator = await settingsRead(`operator:${operatorId}`, () => deps.store.operators.get(operatorId));
    if (operator === null) throw new UserError(`Operator ${operatorId} does not exist.`);
    return operator;
  };

  async function dial(attempt: Attempt): Promise<DialOutcome> {
    const at = attempt.at ?? deps.now();
    const { logReason, ...finished } = await attemptDial(attempt, at);
    // A repeated click is not a dial, and a call waiting for the collector's reason has not been made: neither is logged.
    const logged = finished.status !== 'duplicate' && finished.status !== 'confirm';
    const dialKey = logged ? newKey() : null;
    const outcome: DialOutcome = { ...finished, number: attempt.number, at: at.toISOString(), dialKey };
    if (dialKey !== null) await logDial(attempt, outcome, dialKey, logReason);
    return outcome;
  }

  function logDial(attempt: Attempt, outcome: DialOutcome, key: string, logReason: string | undefined): Promise<void> {
    return deps.logDial({
      key,
      at: outcome.at,
      operatorId: attempt.sentBy?.operatorId ?? attempt.operator.id,
      operatorName: attempt.sentBy?.name ?? attempt.operator.name,
      testOf: attempt.sentBy === undefined ? null : attempt.operator.name,
      fileNumber: attempt.fileNumber,
      number: attempt.number,
      method: outcome.method,
      target: outcome.destination,
      payload: outcome.payload,
      result: outcome.status,
      reason: logReason ?? (outcome.status === 'sent' ? null : outcome.message),
    });
  }

  async function attemptDial(attempt: Attempt, at: Date): Promise<Finished> {
    const { operator, number, context } = attempt;
    // The reads a dial needs do not depend on each other: one round trip to a floor database, not three in a row.
    // Their answers are still taken in the rules' order (the toggle, Note 2, the number, the guard), as before.
    const allowedRead = settingsRead('allowedSchemes', () => deps.store.settings.allowedSchemes());
    const planRead = numberPlanFor(deps.store.settings, operator.id, settingsRead);
    planRead.catch(() => undefined);
    // judged() never rejects: a check that fails is its own verdict (the call is not made).
    const verdictRead = attempt.judge === undefined ? null : judged(attempt.judge, at, attempt.confirmation, operator);
    const allowed = await allowedRead;
    const target = operatorTarget(operator, allowed);
    if (target === null) {
      return blocked(`Softphone dialing is off for ${operator.name}: nothing was sent. Copy the number to dial it by hand.`);
    }
    if (!target.ok) return blocked(`Nothing was sent: Note 2 of ${operator.name} is not valid. ${target.error.message}`);
    const normalized = normalizeNumber(number);
    if (!normalized.ok) return blocked(`Nothing was sent: ${normalized.error}`);
    const verdict = verdictRead === null ? null : await verdictRead;
    if (verdict !== null && verdict.stop !== null) return verdict.stop;
    const since = deps.guard.check(operator.id, normalized.value.digits, at.getTime());
    if (since !== null) {
      return { ...blocked(`Already sent ${(since / 1000).toFixed(1)} s ago ✓`), status: 'duplicate' };
    }
    const plan = planDial(target.value, normalized.value, context, await planRead);
    const sent = await send(plan, allowed);
    return verdict?.logReason === undefined ? sent : { ...sent, logReason: verdict.logReason, reasons: verdict.reasons };
  }

  /**
   * The guard's verdict, every time main is asked to dial (a confirmed call is checked again: the window can
   * never turn a block into a call). `stop`: the outcome when nothing may be sent yet.
   */
  async function judged(judge: (at: Date) => Promise<CallDecision>, at: Date, confirmation: DialConfirmation | undefined, operator: OperatorDetail) {
    let decision: CallDecision;
    try {
      decision = await judge(at);
    } catch (error) {
      // Compliance fails closed: a call that cannot be checked is not made.
      const text = `The call could not be checked (${error instanceof Error ? error.message : String(error)})`;
      return { stop: { ...blocked(`Nothing was sent: ${text}.`), reasons: [text] }, reasons: [text], logReason: undefined };
    }
    const reasons = decision.reasons.map((r) => r.text);
    if (decision.verdict === 'block') {
      const blocking = decision.reasons.filter((r) => r.action === 'block').map((r) => r.text);
      return { stop: { ...blocked(`Nothing was sent: ${blocking.join('. ')}.`), reasons }, reasons, logReason: undefined };
    }
    if (decision.verdict === 'allow') return { stop: null, reasons, logReason: undefined };
    const reason = confirmation?.reason.trim() ?? '';
    if (reason === '') {
      const message = `Not sent yet: ${reasons.join('. ')}. Give a reason to place this call anyway.`;
      return { stop: { ...blocked(message), status: 'confirm' as const, reasons }, reasons, logReason: undefined };
    }
    return { stop: null, reasons, logReason: `Warned: ${reasons.join('. ')}. Placed by ${operator.name} with the reason: ${reason}` };
  }

  async function send(plan: DialPlan, allowed: readonly string[]): Promise<Finished> {
    const result = plan.kind === 'udp' ? await deps.sendDatagram(plan) : await deps.openUri(plan.uri, allowed);
    const base = { method: plan.kind, destination: describeDestination(plan), payload: plan.kind === 'udp' ? plan.payload : plan.uri };
    // A broadcast of this computer's network is refused before sending, as a bad Note 2 is: blocked, not failed.
    if (!result.ok && result.code === NOT_UNICAST) return { ...base, status: 'blocked', message: `Nothing was sent: ${result.reason}` };
    if (!result.ok) return { ...base, status: 'failed', message: `Dial failed: ${result.reason}` };
    const message = plan.kind === 'udp' ? `Sent "${plan.payload}" to ${base.destination}.` : `${capitalize(result.detail)}.`;
    return { ...base, status: 'sent', message };
  }

  return {
    async dialPhone(operatorId, phoneId, confirmation) {
      // The phone is read beside the operator (one round trip); a missing operator is still the error told first.
      const phone = readPhoneAt(phoneId, deps.now());
      phone.catch(() => undefined);
      return dialPhoneAs(await requireOperator(operatorId), phoneId, confirmation, phone);
    },
    async dialLinked(operatorId, number, context, confirmation) {
      const operator = await requireOperator(operatorId);
      const check = deps.callCheck;
      // A link naming a debtor and one of their numbers is that debtor's call: their history and marks decide.
      if (check !== undefined && typeof context.client === 'string' && typeof context.debtor === 'string') {
        const phoneId = await check.phoneOf(context.client, context.debtor, number);
        if (phoneId !== null) return dialPhoneAs(operator, phoneId, confirmation);
      }
      return dialTyped(operator, number, context, confirmation);
    },
    async dialNumber(operatorId, number, context = {}, confirmation) {
      return dialTyped(await requireOperator(operatorId), number, context, confirmation);
    },
    async testDial(sender, operatorId, number, context = {}) {
      return dialTyped(await requireOperator(operatorId), number, context, undefined, sender);
    },
  };

  function dialTyped(
    operator: OperatorDetail,
    number: string,
    context: DialContext,
    confirmation: DialConfirmation | undefined,
    sentBy?: TestDialSender,
  ): Promise<DialOutcome> {
    const check = deps.callCheck;
    const judge = check === undefined ? undefined : (at: Date) => check.forNumber(number, at);
    return dial({ operator, number, context, fileNumber: null, confirmation, ...(judge === undefined ? {} : { judge }), ...(sentBy === undefined ? {} : { sentBy }) });
  }

  function readPhone(phoneId: number) {
    return lastRead(`phone:${phoneId}`, () => deps.store.debtors.phoneContext(phoneId));
  }

  /**
   * Phone P as the dial at `at` needs it. With the guard, its read (the phone's facts and the file's calls, from the
   * database or a copy the floor's notices keep exact: calls/history-copies.ts) is the phone's read too: one round
   * trip at most. Its phone is kept as the copy readPhone falls back on, so that while the database is down the
   * dial still ends in an outcome naming the number.
   */
  async function readPhoneAt(phoneId: number, at: Date): Promise<PhoneRead> {
    const check = deps.callCheck;
    if (check === undefined) return { at, phone: await readPhone(phoneId) };
    try {
      const checked = await check.forPhone(phoneId, at);
      if (checked === null) return { at, phone: null };
      void lastRead(`phone:${phoneId}`, async () => checked.facts);
      return { at, phone: checked.facts, judge: async () => checked.decision };
    } catch (error) {
      // Compliance fails closed in judged(): the call is blocked, naming the number of the copy (if any).
      return { at, phone: await readPhone(phoneId), judge: () => Promise.reject(error instanceof Error ? error : new Error(String(error))) };
    }
  }

  async function dialPhoneAs(
    operator: OperatorDetail, phoneId: number, confirmation: DialConfirmation | undefined, phoneRead?: Promise<PhoneRead>,
  ): Promise<DialOutcome> {
    const { at, phone, judge } = await (phoneRead ?? readPhoneAt(phoneId, deps.now()));
    if (phone === null) throw new UserError('That phone number no longer exists. Search again.');
    return dial({
      operator, number: phone.number, context: { client: phone.clientNumber, debtor: phone.fileNumber },
      fileNumber: phone.fileNumber, confirmation, at, ...(judge === undefined ? {} : { judge }),
    });
  }
}

/** A debtor's phone read for a dial, and the guard's decision on it (absent without the guard). */
type PhoneRead = { readonly at: Date; readonly phone: PhoneContext | null; readonly judge?: () => Promise<CallDecision> };

/** The opener's "handed sip:… to linphone" as the window's sentence. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function blocked(message: string): Finished {
  const status: DialStatus = 'blocked';
  return { status, message, method: null, destination: null, payload: null };
}
