import type { NumberPlanField } from '../../../shared/number-plan.ts';

/** The dial plan's typed parts as both plan forms (the floor's, one operator's) label them. */
export const PLAN_FIELDS: readonly { readonly field: NumberPlanField; readonly label: string; readonly placeholder: string }[] = [
  { field: 'outsideLine', label: 'Outside-line prefix', placeholder: '9' },
  { field: 'homeCountry', label: 'Home country code', placeholder: '1' },
  { field: 'intlPrefix', label: 'International access code', placeholder: '011' },
];
