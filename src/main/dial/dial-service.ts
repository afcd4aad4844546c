import type { DialContext, DialPlan } from '../../shared/dial-plan.ts';
import { planDial } from '../../shared/dial-plan.ts';
import { describeDestination } from '../../shared/describe-target.ts';
import type { DialOutcome, DialStatus, OperatorDetail } from '../../shared/ipc-contract.ts';
import { normalizeNumber } from '../../shared/phone-number.ts';
import { NOT_UNICAST, type SendResult } from './udp-dialer.ts';
import { randomUUID } from 'node:crypto';
import type { NewDialLogEntry, Store } from '../store/contract.ts';
import { createLastRead, type LastRead } from './last-read.ts';
import type { DuplicateGuard } from './duplicate-guard.ts';
import { operatorTarget } from './operator-mode.ts';
import { UserError } from '../errors.ts';

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
  /** The settings read for a dial, or the last copy when the database does not answer. */
  lastRead?: LastRead;
  /** The dial-log row's unique key. */
  newKey?: () => string;
};

export type DialService = {
  /** Phone P of a debtor: the authcode applies. */
  dialPhone(operatorId: number, phoneId: number): Promise<DialOutcome>;
  /** A typed number, no debtor: #authcode is ignored (unless a test dial passes a client and debtor). */
  dialNumber(operatorId: number, number: string, context?: DialContext): Promise<DialOutcome>;
};

type Attempt = { operator: OperatorDetail; number: string; context: DialContext };
type Finished = Omit<DialOutcome, 'at' | 'number' | 'dialKey'>;

/** Every dial ends in a visible outcome and a dial-log row: sent, failed with the reason, or blocked with the reason. */
export function createDialService(deps: DialServiceDeps): DialService {
  const lastRead = deps.lastRead ?? createLastRead();
  const newKey = deps.newKey ?? randomUUID;
  const requireOperator = async (operatorId: number): Promise<OperatorDetail> => {
    const operator = await lastRead(`operator:${operatorId}`, () => deps.store.operators.get(operatorId));
    if (operator === null) throw new UserError(`Operator ${operatorId} does not exist.`);
    return operator;
  };

  async function dial(attempt: Attempt): Promise<DialOutcome> {
    const at = deps.now();
    const finished = await attemptDial(attempt, at);
    // A repeated click is not a dial: the first click's row already tells what was sent.
    const dialKey = finished.status === 'duplicate' ? null : newKey();
    const outcome: DialOutcome = { ...finished, number: attempt.number, at: at.toISOString(), dialKey };
    if (dialKey !== null) await logDial(attempt, outcome, dialKey);
    return outcome;
  }

  function logDial(attempt: Attempt, outcome: DialOutcome, key: string): Promise<void> {
    return deps.logDial({
      key,
      at: outcome.at,
      operatorId: attempt.operator.id,
      operatorName: attempt.operator.name,
      number: attempt.number,
      method: outcome.method,
      target: outcome.destination,
      payload: outcome.payload,
      result: outcome.status,
      reason: outcome.status === 'sent' ? null : outcome.message,
    });
  }

  async function attemptDial({ operator, number, context }: Attempt, at: Date): Promise<Finished> {
    const allowed = await lastRead('allowedSchemes', () => deps.store.settings.allowedSchemes());
    const target = operatorTarget(operator, allowed);
    if (target === null) {
      return blocked(`Softphone dialing is off for ${operator.name}: nothing was sent. Copy the number to dial it by hand.`);
    }
    if (!target.ok) return blocked(`Nothing was sent: Note 2 of ${operator.name} is not valid. ${target.error.message}`);
    const normalized = normalizeNumber(number);
    if (!normalized.ok) return blocked(`Nothing was sent: ${normalized.error}`);
    const since = deps.guard.check(operator.id, normalized.value.digits, at.getTime());
    if (since !== null) {
      return { ...blocked(`Already sent ${(since / 1000).toFixed(1)} s ago ✓`), status: 'duplicate' };
    }
    const plan = planDial(target.value, normalized.value, context);
    return send(plan, allowed);
  }

  async function send(plan: DialPlan, allowed: readonly string[]): Promise<Finished> {
    const result = plan.kind === 'udp' ? await deps.sendDatagram(plan) : await deps.openUri(plan.uri, allowed);
    const base = { method: plan.kind, destination: describeDestination(plan), payload: plan.kind === 'udp' ? plan.payload : plan.uri };
    // A broadcast of this computer's network is refused before sending, as a bad Note 2 is: blocked, not failed.
    if (!result.ok && result.code === NOT_UNICAST) return { ...base, status: 'blocked', message: `Nothing was sent: ${result.reason}` };
    if (!result.ok) return { ...base, status: 'failed', message: `Dial failed: ${result.reason}` };
    const message = plan.kind === 'udp' ? `Sent "${plan.payload}" to ${base.destination}.` : `Opened ${plan.uri} in the softphone.`;
    return { ...base, status: 'sent', message };
  }

  return {
    async dialPhone(operatorId, phoneId) {
      const operator = await requireOperator(operatorId);
      const phone = await lastRead(`phone:${phoneId}`, () => deps.store.debtors.phoneContext(phoneId));
      if (phone === null) throw new UserError('That phone number no longer exists. Search again.');
      return dial({ operator, number: phone.number, context: { client: phone.clientNumber, debtor: phone.fileNumber } });
    },
    async dialNumber(operatorId, number, context = {}) {
      return dial({ operator: await requireOperator(operatorId), number, context });
    },
  };
}

function blocked(message: string): Finished {
  const status: DialStatus = 'blocked';
  return { status, message, method: null, destination: null, payload: null };
}
