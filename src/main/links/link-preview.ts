import { describeDestination } from '../../shared/describe-target.ts';
import type { DialContext } from '../../shared/dial-plan.ts';
import { planDial } from '../../shared/dial-plan.ts';
import type { LinkCard } from '../../shared/ipc-contract.ts';
import { normalizeNumber } from '../../shared/phone-number.ts';
import { operatorTarget } from '../dial/operator-mode.ts';
import type { Store } from '../store/contract.ts';

export type LinkPreview = Pick<LinkCard, 'sends' | 'destination' | 'problem'>;

/**
 * What Enter on a link's card would send for this operator, built by the same pure steps as the dial
 * service (Note 2, number rule, authcode), so the card shows exactly the bytes or link that go out.
 */
export async function previewDial(store: Store, operatorId: number, number: string, context: DialContext): Promise<LinkPreview> {
  const operator = await store.operators.get(operatorId);
  if (operator === null) return nothing(`Operator ${operatorId} does not exist.`);
  const target = operatorTarget(operator, await store.settings.allowedSchemes());
  if (target === null) return nothing(`Softphone dialing is off for ${operator.name}: Enter would send nothing.`);
  if (!target.ok) return nothing(`Note 2 of ${operator.name} is not valid: ${target.error.message}`);
  const normalized = normalizeNumber(number);
  if (!normalized.ok) return nothing(normalized.error);
  const plan = planDial(target.value, normalized.value, context);
  return { sends: plan.kind === 'udp' ? plan.payload : plan.uri, destination: describeDestination(plan), problem: null };
}

function nothing(problem: string): LinkPreview {
  return { sends: null, destination: null, problem };
}
