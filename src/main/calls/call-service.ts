import type { CallDecision } from '../../shared/call-guard.ts';
import { CALL_RULE_LABELS, CALL_RULES } from '../../shared/call-rules.ts';
import type { CallSettings, CallStatuses, PhoneCallStatus } from '../../shared/ipc-contract.ts';
import type { SessionUser } from '../auth/session.ts';
import { UserError } from '../errors.ts';
import type { Store } from '../store/contract.ts';
import type { NumberPlanInput } from '../../shared/number-plan.ts';
import type { CallCheck } from './call-check.ts';

/** What the window asks about calls: badges (never a decision: main decides again at every dial), marks, settings. */
export type CallService = {
  /** The guard's view of each phone at `at`: the debtor's local time(s), the window badge, the attempts used. */
  status(phoneIds: readonly number[], at: Date): Promise<CallStatuses>;
  /** The collector's "asked not to be called on this number"; lifting a mark is an administrator's. */
  markPhone(phoneId: number, doNotCall: boolean, user: SessionUser, at: Date): Promise<CallDecision>;
  settings(): Promise<CallSettings>;
  saveSettings(settings: CallSettings, user: SessionUser, at: Date): Promise<CallSettings>;
  /** One operator's own dial plan (null: they use the floor's). */
  operatorPlan(operatorId: number): Promise<NumberPlanInput | null>;
  /** Sets or clears (null) an operator's own plan, in the audit trail as that operator's "Dial plan". */
  saveOperatorPlan(operatorId: number, plan: NumberPlanInput | null, user: SessionUser, at: Date): Promise<NumberPlanInput | null>;
};

export function createCallService(store: Store, check: CallCheck): CallService {
  const settings = async (): Promise<CallSettings> => ({ policy: await store.settings.callPolicy(), numberPlan: await store.settings.numberPlan() });
  const statusOf = async (phoneId: number, at: Date): Promise<CallDecision> => {
    const checked = await check.forPhone(phoneId, at);
    if (checked === null) throw new UserError('That phone number no longer exists. Search again.');
    return checked.decision;
  };
  return {
    async status(phoneIds, at) {
      const statuses: Record<number, PhoneCallStatus> = {};
      for (const phoneId of new Set(phoneIds)) {
        const checked = await check.forPhone(phoneId, at);
        if (checked !== null) statuses[phoneId] = { ...checked.decision, lastCall: checked.lastCall };
      }
      return statuses;
    },
    async markPhone(phoneId, doNotCall, user, at) {
      if (!doNotCall && user.role !== 'admin') throw new UserError('Only an administrator can lift a do-not-call mark.');
      await store.transaction(async (tx) => {
        const facts = await tx.debtors.callFacts(phoneId);
        if (facts === null) throw new UserError('That phone number no longer exists. Search again.');
        const before = facts.phoneDoNotCall;
        if ((before !== null) === doNotCall) return;
        await tx.debtors.setPhoneDoNotCall(phoneId, doNotCall ? { at: at.toISOString(), by: user.name } : null);
        await tx.audit.append({
          at: at.toISOString(), actorId: user.operatorId, actorName: user.name, operatorId: null,
          field: `doNotCall ${facts.fileNumber} ${facts.label} ${facts.number}`,
          oldValue: before === null ? 'callable' : `do not call (set ${before.at} by ${before.by})`,
          newValue: doNotCall ? 'do not call' : 'callable',
        });
      });
      return statusOf(phoneId, at);
    },
    settings,
    async saveSettings(next, user, at) {
      await store.transaction(async (tx) => {
        const policy = await tx.settings.callPolicy();
        const plan = await tx.settings.numberPlan();
        await tx.settings.setCallPolicy(next.policy);
        await tx.settings.setNumberPlan(next.numberPlan);
        const changes: [string, string, string][] = [];
        const after = await tx.settings.callPolicy();
        for (const rule of CALL_RULES) {
          if (policy[rule] !== after[rule]) changes.push([`callPolicy: ${CALL_RULE_LABELS[rule]}`, policy[rule], after[rule]]);
        }
        const planText = (p: CallSettings['numberPlan']): string => JSON.stringify(p);
        const planAfter = await tx.settings.numberPlan();
        if (planText(plan) !== planText(planAfter)) changes.push(['numberPlan', planText(plan), planText(planAfter)]);
        for (const [field, oldValue, newValue] of changes) {
          await tx.audit.append({ at: at.toISOString(), actorId: user.operatorId, actorName: user.name, operatorId: null, field, oldValue, newValue });
        }
      });
      return settings();
    },
    operatorPlan: (operatorId) => store.settings.operatorNumberPlan(operatorId),
    async saveOperatorPlan(operatorId, plan, user, at) {
      if ((await store.operators.get(operatorId)) === null) throw new UserError(`There is no operator with id ${operatorId}.`);
      const words = (p: NumberPlanInput | null): string => (p === null ? "the floor's" : JSON.stringify(p));
      await store.transaction(async (tx) => {
        const before = await tx.settings.operatorNumberPlan(operatorId);
        await tx.settings.setOperatorNumberPlan(operatorId, plan);
        const after = await tx.settings.operatorNumberPlan(operatorId);
        if (words(before) !== words(after)) {
          await tx.audit.append({ at: at.toISOString(), actorId: user.operatorId, actorName: user.name, operatorId, field: 'Dial plan', oldValue: words(before), newValue: words(after) });
        }
      });
      return store.settings.operatorNumberPlan(operatorId);
    },
  };
}
