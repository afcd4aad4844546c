import { describeDestination } from '../../shared/describe-target.ts';
import type { DialContext } from '../../shared/dial-plan.ts';
import { planDial } from '../../shared/dial-plan.ts';
import { numberPlanFor } from '../dial/operator-plan.ts';
import type { LinkCard } from '../../shared/ipc-contract.ts';
import { normalizeNumber } from '../../shared/phone-number.ts';
import { operatorTarget } from '../dial/operator-mode.ts';
import type { Store } from '../store/contract.ts';
import type { CallCheck } from '../calls/call-check.ts';
import type { LinkGuardVerdict } from '../../shared/ipc-contract.ts';

export type LinkPreview = Pick<LinkCard, 'sends' | 'destination' | 'problem' | 'guard'>;

/** The guard as the dial will ask it, at the card's instant; absent where the app runs without it (harness option). */
export type PreviewGuard = { readonly check: CallCheck; readonly now: () => Date };

/**
 * What Enter on a link's card would send for this operator, built by the same pure steps as the dial
 * service (Note 2, number rule, authcode), so the card shows exactly the bytes or link that go out.
 */
export async function previewDial(store: Store, operatorId: number, number: string, context: DialContext, guard?: PreviewGuard): Promise<LinkPreview> {
  const operator = await store.operators.get(operatorId);
  if (operator === null) return nothing(`Operator ${operatorId} does not exist.`);
  const target = operatorTarget(operator, await store.settings.allowedSchemes());
  if (target === null) return nothing(`Softphone dialing is off for ${operator.name}: Enter would send nothing.`);
  if (!target.ok) return nothing(`Note 2 of ${operator.name} is not valid: ${target.error.message}`);
  const normalized = normalizeNumber(number);
  if (!normalized.ok) return nothing(normalized.error);
  const plan = planDial(target.value, normalized.value, context, await numberPlanFor(store.settings, operatorId));
  const verdict = guard === undefined ? null : await judge(guard, number, context);
  return { sends: plan.kind === 'udp' ? plan.payload : plan.uri, destination: describeDestination(plan), problem: null, guard: verdict };
}

/** The dial fails closed when the check cannot run, so the card says the same. */
async function judge({ check, now }: PreviewGuard, number: string, context: DialContext): Promise<LinkGuardVerdict> {
  try {
    const decision = await check.forLink(number, context, now());
    const shown = decision.verdict === 'block' ? decision.reasons.filter((r) => r.action === 'block') : decision.reasons;
    return { verdict: decision.verdict, reasons: shown.map((r) => r.text) };
  } catch (error) {
    return { verdict: 'block', reasons: [`The call could not be checked (${error instanceof Error ? error.message : String(error)})`] };
  }
}

function nothing(problem: string): LinkPreview {
  return { sends: null, destination: null, problem, guard: null };
}
