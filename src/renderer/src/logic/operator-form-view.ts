import { describePlan } from '../../../shared/describe-target.ts';
import { planFromInputs } from '../../../shared/dial-plan.ts';
import type { OperatorAccount, OperatorRole } from '../../../shared/ipc-contract.ts';
import { parseNote2 } from '../../../shared/note2.ts';
import { suggestNote2 } from '../../../shared/note2-suggestion.ts';
import type { NumberPlanInput } from '../../../shared/number-plan.ts';

/** The Operator form as edited: `id` is null until a new operator is first saved. */
export type OperatorDraft = {
  readonly id: number | null;
  readonly code: string;
  readonly name: string;
  readonly useSoftphone: boolean;
  readonly note2: string;
  readonly role: OperatorRole;
  readonly active: boolean;
};

/** The spec's sample call, so the preview shows the exact bytes of a click on a debtor's phone. */
export const PREVIEW_SAMPLE = { number: '555-123-7777', client: '1234', debtor: '12345678' } as const;

export const OFF_PREVIEW = 'Softphone dialing is off: nothing is sent.';
export const INVALID_PREVIEW = 'Nothing can be sent until Note 2 is fixed.';
export const FIX_NOTE2_REASON = 'Fix Note 2 before saving';
export const SAVE_FIRST_REASON = 'Save the operator first';

export const noHandlerWarning = (scheme: string): string =>
  `No program on this computer handles ${scheme}: links. Calls will fail until a softphone is installed.`;

export type OperatorFormView = {
  /** Shown under Note 2 only while the toggle is on: with it off, Note 2 is not used. */
  readonly note2Error: string | null;
  /** The likely fix of a Note 2 that does not parse ("did you mean …?"), or null. */
  readonly note2Suggestion: string | null;
  readonly preview: string;
  readonly saveBlockedReason: string | null;
  readonly dirty: boolean;
  readonly testBlockedReason: string | null;
  /** The protocol prefix's scheme, whose handler on this computer is worth checking. */
  readonly scheme: string | null;
};

/** A new operator is an active Operator (not an administrator) until someone decides otherwise. */
export const blankDraft = (): OperatorDraft => ({
  id: null,
  code: '',
  name: '',
  useSoftphone: false,
  note2: '',
  role: 'operator',
  active: true,
});

/** Exactly the fields operator:save takes, so the draft can be sent as it is. */
export const draftOf = (account: OperatorAccount): OperatorDraft => ({
  id: account.id,
  code: account.code,
  name: account.name,
  useSoftphone: account.useSoftphone,
  note2: account.note2,
  role: account.role,
  active: account.active,
});

/** A new operator counts as edited once anything differs from the blank form. */
export function hasUnsavedEdits(draft: OperatorDraft, saved: OperatorAccount | null): boolean {
  if (saved !== null) return isDirty(draft, saved);
  const blank = blankDraft();
  return draft.code !== blank.code || draft.name !== blank.name || draft.useSoftphone !== blank.useSoftphone || draft.note2 !== blank.note2;
}

export function isDirty(draft: OperatorDraft, saved: OperatorAccount | null): boolean {
  if (saved === null) return true;
  return (
    draft.code !== saved.code ||
    draft.name !== saved.name ||
    draft.useSoftphone !== saved.useSoftphone ||
    draft.note2 !== saved.note2 ||
    draft.role !== saved.role ||
    draft.active !== saved.active
  );
}

export function operatorFormView(
  draft: OperatorDraft,
  saved: OperatorAccount | null,
  allowedSchemes: readonly string[],
  /** The floor's dial plan, so the preview shows what a click really sends; absent: none set. */
  numberPlan: NumberPlanInput = {},
): OperatorFormView {
  const dirty = isDirty(draft, saved);
  const testBlockedReason = dirty ? SAVE_FIRST_REASON : null;
  if (!draft.useSoftphone) {
    return { note2Error: null, note2Suggestion: null, preview: OFF_PREVIEW, saveBlockedReason: null, dirty, testBlockedReason, scheme: null };
  }
  const target = parseNote2(draft.note2, allowedSchemes);
  if (!target.ok) {
    return {
      note2Error: target.error.message,
      note2Suggestion: suggestNote2(draft.note2, allowedSchemes),
      preview: INVALID_PREVIEW,
      saveBlockedReason: FIX_NOTE2_REASON,
      dirty,
      testBlockedReason,
      scheme: null,
    };
  }
  const plan = planFromInputs({ note2: draft.note2, allowedSchemes, ...PREVIEW_SAMPLE, numberPlan });
  // The sample inputs are valid and a stored plan was checked when saved: only Note 2 could stop it, and it parsed.
  const preview = plan.ok ? describePlan(plan.value) : plan.error.message;
  const scheme = target.value.kind === 'uri' ? target.value.scheme : null;
  return { note2Error: null, note2Suggestion: null, preview, saveBlockedReason: null, dirty, testBlockedReason, scheme };
}
