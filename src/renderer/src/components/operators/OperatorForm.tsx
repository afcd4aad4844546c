import { useEffect } from 'react';
import { operatorFormView } from '../../logic/operator-form-view.ts';
import { READ_ONLY_NOTE } from '../../logic/session-text.ts';
import { useCallRulesStore } from '../../store/call-rules-store.ts';
import { useAppStore } from '../../store/app-store.ts';
import { allowedSchemes, useOperatorFormStore, type FormTab } from '../../store/operator-form-store.ts';
import { TabList, type TabItem } from '../layout/TabList.tsx';
import { TabPanel } from '../layout/TabPanel.tsx';
import { DetailFields } from './DetailFields.tsx';
import { GeneralFields } from './GeneralFields.tsx';
import { SaveBar } from './SaveBar.tsx';
import { TestDialPanel } from './TestDialPanel.tsx';
import { OperatorDialPlan } from './OperatorDialPlan.tsx';
import { useOperatorPlanStore } from '../../store/operator-plan-store.ts';

const FORM_ID = 'operator-form';
const FORM_TABS: readonly TabItem<FormTab>[] = [
  { key: 'general', label: 'GENERAL' },
  { key: 'detail', label: 'DETAIL' },
];

/**
 * The seed's Operator form: GENERAL identifies the operator, DETAIL holds the softphone settings.
 * Read-only for an operator looking at their own settings: only administrators change them (and main
 * refuses anyone else's save, whatever this form shows).
 */
export function OperatorForm({ readOnly }: { readonly readOnly: boolean }) {
  const draft = useOperatorFormStore((s) => s.draft);
  const saved = useOperatorFormStore((s) => s.saved);
  const tab = useOperatorFormStore((s) => s.tab);
  const setTab = useOperatorFormStore((s) => s.setTab);
  const saveDraft = useOperatorFormStore((s) => s.saveDraft);
  // Subscribing keeps the preview in step when an administrator changes the allowed schemes.
  useAppStore((s) => s.app?.allowedSchemes);
  const numberPlan = useCallRulesStore((s) => s.stored?.numberPlan);
  const loadCallRules = useCallRulesStore((s) => s.load);
  useEffect(() => {
    if (numberPlan === undefined) void loadCallRules();
  }, [numberPlan, loadCallRules]);
  // The preview sends what a click would: with the operator's own plan when they have one.
  const ownPlan = useOperatorPlanStore((s) => (saved !== null && s.operatorId === saved.id ? s.stored : null));
  const view = operatorFormView(draft, saved, allowedSchemes(), ownPlan ?? numberPlan);

  return (
    <form
      className="operator-form"
      aria-labelledby="operator-form-title"
      aria-describedby={readOnly ? 'read-only-note' : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        if (!readOnly) void saveDraft();
      }}
    >
      <h2 id="operator-form-title" className="form-title">
        {saved === null ? 'New operator' : `Operator: ${saved.name}`}
      </h2>
      {readOnly && (
        <p id="read-only-note" className="read-only-note">
          {READ_ONLY_NOTE}
        </p>
      )}
      <TabList label="Operator form" idPrefix={FORM_ID} items={FORM_TABS} selected={tab} onSelect={setTab} />
      <TabPanel idPrefix={FORM_ID} tab={tab} className="form-panel">
        {tab === 'general' ? (
          <GeneralFields draft={draft} readOnly={readOnly} />
        ) : (
          <DetailFields draft={draft} view={view} readOnly={readOnly} />
        )}
      </TabPanel>
      {!readOnly && <SaveBar view={view} />}
      <TestDialPanel view={view} />
      {!readOnly && saved !== null && <OperatorDialPlan operatorId={saved.id} name={saved.name} />}
    </form>
  );
}
