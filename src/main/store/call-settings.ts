/*
 * The call guard's settings as both backends store them (one JSON value per key in `settings`), checked the
 * same way on the way in and read the same way on the way out.
 */
import { CALL_RULES, DEFAULT_CALL_POLICY, type CallRuleId, type RuleAction } from '../../shared/call-rules.ts';
import { parseNumberPlan, type NumberPlanInput } from '../../shared/number-plan.ts';
import { UserError } from '../errors.ts';

export const CALL_POLICY = 'callPolicy';
export const NUMBER_PLAN = 'numberPlan';
/** An operator's own plan; a stored null means "the floor's" (the desk role may not DELETE settings rows). */
export const operatorPlanKey = (operatorId: number): string => `numberPlan:operator:${operatorId}`;

/** A stored operator plan, or null when none is set (never stored, or set back to the floor's). */
export function readOperatorPlan(stored: unknown): NumberPlanInput | null {
  return stored === null || stored === undefined ? null : readNumberPlan(stored);
}

const ACTIONS: readonly RuleAction[] = ['warn', 'block'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every rule's action: the stored one where it is a valid one, else the default (block). */
export function readCallPolicy(stored: unknown): Record<CallRuleId, RuleAction> {
  const policy = { ...DEFAULT_CALL_POLICY };
  if (!isRecord(stored)) return policy;
  for (const rule of CALL_RULES) {
    const action = ACTIONS.find((a) => a === stored[rule]);
    if (action !== undefined) policy[rule] = action;
  }
  return policy;
}

/** The complete policy to store; throws UserError for an unknown rule or action. */
export function checkCallPolicy(policy: unknown): Record<CallRuleId, RuleAction> {
  if (!isRecord(policy)) throw new UserError('A call policy is a rule → "warn" or "block" list.');
  for (const [rule, action] of Object.entries(policy)) {
    if (!CALL_RULES.some((r) => r === rule)) throw new UserError(`"${rule}" is not a call rule (one of ${CALL_RULES.join(', ')}).`);
    if (!ACTIONS.some((a) => a === action)) throw new UserError(`The rule "${rule}" can warn or block, not "${String(action)}".`);
  }
  return readCallPolicy(policy);
}

const PLAN_FIELDS = ['outsideLine', 'homeCountry', 'intlPrefix'] as const;

/** The stored plan's text parts and URI form; a part that is not text is left blank. */
export function readNumberPlan(stored: unknown): NumberPlanInput {
  if (!isRecord(stored)) return {};
  const plan: Record<string, string> = {};
  for (const field of PLAN_FIELDS) {
    const value = stored[field];
    if (typeof value === 'string' && value.trim() !== '') plan[field] = value.trim();
  }
  return { ...plan, ...(stored['uriForm'] === 'e164' ? { uriForm: 'e164' as const } : {}) };
}

/** The plan to store, as typed (trimmed); throws UserError with the plan's own message when it does not parse. */
export function checkNumberPlan(plan: NumberPlanInput): NumberPlanInput {
  const checked = parseNumberPlan(plan);
  if (!checked.ok) throw new UserError(checked.error.message);
  return readNumberPlan(plan);
}
