import { NO_NUMBER_PLAN, parseNumberPlan, type NumberPlan } from '../../shared/number-plan.ts';
import type { SettingsRepo } from '../store/contract.ts';
import type { LastRead } from './last-read.ts';

const readNow: LastRead = (_key, read) => read();

/**
 * The dial plan a dial of `operatorId` goes out with: their own when an administrator gave them one, else the
 * floor's; a stored plan that does not parse is no plan. The dial passes its last-read copies; the link card's
 * preview reads each time.
 */
export async function numberPlanFor(settings: SettingsRepo, operatorId: number, read: LastRead = readNow): Promise<NumberPlan> {
  // Both at once: one round trip to a floor database.
  const [own, floor] = await Promise.all([
    read(`numberPlan:operator:${operatorId}`, () => settings.operatorNumberPlan(operatorId)),
    read('numberPlan', () => settings.numberPlan()),
  ]);
  const parsed = parseNumberPlan(own ?? floor);
  return parsed.ok ? parsed.value : NO_NUMBER_PLAN;
}
