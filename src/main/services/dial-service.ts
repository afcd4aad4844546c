import type { DialContext, DialPlan } from '../../shared/dial-plan.ts';
import { planDial } from '../../shared/dial-plan.ts';
import { describeDestination } from '../../shared/describe-target.ts';
import type { DialOutcome, DialStatus, OperatorDetail } from '../../shared/ipc-contract.ts';
import { normalizeNumber } from '../../shared/phone-number.ts';
import type { SendResult } from '../dial/udp-dialer.ts';
import type { Store } from '../store/store.ts';
import type { DuplicateGuard } from './duplicate-guard.ts';
import { operatorTarget } from './operator-mode.ts';
import { Refusal } from './refusal.ts';

export type DialServiceDeps = {
  store: Store;
  sendDatagram: (plan: { host: string; hostKind: 'ipv4' | 'ipv6' | 'hostname'; port: number; payload: string }) => Promise<SendResult>;
  openUri: (uri: string, allowedSchemes: readonly string[]) => Promise<SendResult>;
  guard: DuplicateGuard;
  now: () => Date;
  /**
   * Runs the dial-log write. The app passes its import write hold (createWriteHold's run): while an
   * import holds the database's write lock, the row is written once the lock is free, instead of the
   * main thread waiting for it. Default: write at once.
   */
  runWrite?: (write: () => void) => void;
};

export type DialService = {
  /** Phone P of a debtor: the authcode applies. */
  dialPhone(operatorId: number, phoneId: number): Promise<DialOutcome>;
  /** A typed number, no debtor: #authcode is ignored (unless a test dial passes a client and debtor). */
  dialNumber(operatorId: number, number: string, context?: DialContext): Promise<DialOutcome>;
};

type Attempt = { operator: OperatorDetail; number: string; context: DialContext };
type Finished = Omit<DialOutcome, 'at' | 'number'>;

/** Every dial ends in a visible outcome and a dial-log row: sent, failed with the reason, or blocked with the reason. */
export function createDialService(deps: DialServiceDeps): DialService {
  const requireOperator = (operatorId: number): OperatorDetail => {
    const operator = deps.store.operators.get(operatorId);
    if (operator === null) throw new Refusal(`Operator ${operatorId} does not exist.`);
    return operator;
  };

  const runWrite = deps.runWrite ?? ((write: () => void) => write());

  async function dial(attempt: Attempt): Promise<DialOutcome> {
    const at = deps.now();
    const finished = await attemptDial(attempt, at);
    const outcome: DialOutcome = { ...finished, number: attempt.number, at: at.toISOString() };
    // A repeated click is not a dial: the first click's row already tells what was sent.
    if (outcome.status !== 'duplicate') runWrite(() => logDial(attempt, outcome));
    return outcome;
  }

  function logDial(attempt: Attempt, outcome: DialOutcome): void {
    deps.store.dialLog.append({
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
    const allowed = deps.store.settings.allowedSchemes();
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
    if (!result.ok) return { ...base, status: 'failed', message: `Dial failed: ${result.reason}` };
    const message = plan.kind === 'udp' ? `Sent "${plan.payload}" to ${base.destination}.` : `Opened ${plan.uri} in the softphone.`;
    return { ...base, status: 'sent', message };
  }

  return {
    async dialPhone(operatorId, phoneId) {
      const operator = requireOperator(operatorId);
      const phone = deps.store.debtors.phoneContext(phoneId);
      if (phone === null) throw new Refusal('That phone number no longer exists. Search again.');
      return dial({ operator, number: phone.number, context: { client: phone.clientNumber, debtor: phone.fileNumber } });
    },
    async dialNumber(operatorId, number, context = {}) {
      return dial({ operator: requireOperator(operatorId), number, context });
    },
  };
}

function blocked(message: string): Finished {
  const status: DialStatus = 'blocked';
  return { status, message, method: null, destination: null, payload: null };
}
