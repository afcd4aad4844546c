import { useEffect } from 'react';
import { PLAN_FIELDS } from '../../logic/plan-fields.ts';
import { useOperatorPlanStore } from '../../store/operator-plan-store.ts';
import { InlineError } from '../form/InlineError.tsx';


/** An administrator gives one operator a dial plan of their own (a desk on another PBX), or leaves the floor's. */
export function OperatorDialPlan({ operatorId, name }: { readonly operatorId: number; readonly name: string }) {
  const loaded = useOperatorPlanStore((s) => s.operatorId);
  const own = useOperatorPlanStore((s) => s.own);
  const stored = useOperatorPlanStore((s) => s.stored);
  const draft = useOperatorPlanStore((s) => s.draft);
  const save = useOperatorPlanStore((s) => s.save);
  const load = useOperatorPlanStore((s) => s.load);
  const setOwn = useOperatorPlanStore((s) => s.setOwn);
  const setField = useOperatorPlanStore((s) => s.setField);
  const saveDraft = useOperatorPlanStore((s) => s.saveDraft);
  useEffect(() => {
    if (loaded !== operatorId) void load(operatorId);
  }, [loaded, operatorId, load]);

  const saveOnEnter = (event: React.KeyboardEvent): void => {
    // Inside the operator form, Enter here saves this plan, not the operator.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void saveDraft();
  };
  return (
    <fieldset className="operator-plan">
      <legend>Dial plan for {name}</legend>
      <label className="toggle">
        <input type="checkbox" checked={own} onChange={(e) => setOwn(e.target.checked)} onKeyDown={saveOnEnter} />
        <span>Own dial plan (instead of the floor&apos;s)</span>
      </label>
      {own &&
        PLAN_FIELDS.map(({ field, label, placeholder }) => (
          <label key={field} className="field">
            <span>{label}</span>
            <input
              value={draft[field]}
              maxLength={8}
              inputMode="numeric"
              autoComplete="off"
              placeholder={placeholder}
              onChange={(e) => setField(field, e.target.value)}
              onKeyDown={saveOnEnter}
            />
          </label>
        ))}
      <div className="save-row">
        <button type="button" className="button" disabled={save.kind === 'saving'} onClick={() => void saveDraft()}>
          Save dial plan
        </button>
        <span className="muted" aria-live="polite">
          {save.kind === 'saved' ? 'Saved' : stored === null ? "Uses the floor's dial plan" : 'Uses its own dial plan'}
        </span>
      </div>
      <InlineError message={save.kind === 'refused' ? save.message : null} />
    </fieldset>
  );
}
