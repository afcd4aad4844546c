import { useEffect } from 'react';
import { CALL_RULE_LABELS, CALL_RULES } from '../../../../shared/call-rules.ts';
import { dialerDigits, parseNumberPlan } from '../../../../shared/number-plan.ts';
import { normalizeNumber } from '../../../../shared/phone-number.ts';
import { PLAN_FIELDS } from '../../logic/plan-fields.ts';
import { InlineError } from '../form/InlineError.tsx';
import { SaveStatus } from '../form/SaveStatus.tsx';
import { useCallRulesStore } from '../../store/call-rules-store.ts';

const EXAMPLES = ['716-698-3877', '+44 20 7946 0018'];

/** What the plan makes of the examples, as the dial service sends them; or why the plan is not valid. */
function planPreview(plan: Parameters<typeof parseNumberPlan>[0]): string {
  const parsed = parseNumberPlan(plan);
  if (!parsed.ok) return parsed.error.message;
  return EXAMPLES.map((example) => {
    const number = normalizeNumber(example);
    return number.ok ? `${example} → ${dialerDigits(number.value, parsed.value)}` : example;
  }).join(' · ');
}

/** The administrator's choice per call rule (warn: the collector confirms with a reason; block: nothing sent), and the dial plan. */
export function CallRules() {
  const draft = useCallRulesStore((s) => s.draft);
  const stored = useCallRulesStore((s) => s.stored);
  const save = useCallRulesStore((s) => s.save);
  const load = useCallRulesStore((s) => s.load);
  const setAction = useCallRulesStore((s) => s.setAction);
  const setPlan = useCallRulesStore((s) => s.setPlan);
  const saveDraft = useCallRulesStore((s) => s.saveDraft);
  useEffect(() => {
    void load();
  }, [load]);
  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(stored);

  return (
    <section className="panel call-rules" aria-labelledby="call-rules-title">
      <h2 id="call-rules-title" className="form-title">
        Call rules and dial plan
      </h2>
      <p className="help">Block: nothing is sent and the reason is shown and logged. Warn: the collector must give a reason, which is logged.</p>
      {draft === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          {CALL_RULES.map((rule) => (
            <label key={rule} className="rule-row">
              <span>{CALL_RULE_LABELS[rule]}</span>
              <select value={draft.policy[rule]} onChange={(e) => setAction(rule, e.target.value === 'warn' ? 'warn' : 'block')}>
                <option value="block">Block</option>
                <option value="warn">Warn</option>
              </select>
            </label>
          ))}
          {PLAN_FIELDS.map(({ field, label, placeholder }) => (
            <label key={field} className="field">
              <span>{label}</span>
              <input
                value={draft.numberPlan[field] ?? ''}
                maxLength={8}
                inputMode="numeric"
                autoComplete="off"
                placeholder={placeholder}
                onChange={(e) => setPlan(field, e.target.value)}
              />
            </label>
          ))}
          <p className="help" aria-live="polite">
            Sent as: <code>{planPreview(draft.numberPlan)}</code>
          </p>
        </>
      )}
      <div className="save-bar">
        <button type="button" className="button primary" disabled={!dirty || save.kind === 'saving'} onClick={() => void saveDraft()}>
          Save call rules
        </button>
        <SaveStatus save={save} dirty={dirty} />
        <InlineError message={save.kind === 'refused' ? save.message : null} />
      </div>
    </section>
  );
}
