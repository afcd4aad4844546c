import { useOperatorFormStore } from '../../store/operator-form-store.ts';
import { OperatorForm } from './OperatorForm.tsx';
import { OperatorList } from './OperatorList.tsx';

export function OperatorsScreen() {
  const open = useOperatorFormStore((s) => s.open);
  const loading = useOperatorFormStore((s) => s.loading);
  const loadError = useOperatorFormStore((s) => s.loadError);
  return (
    <div className="operators-screen">
      <OperatorList />
      <div className="operator-pane">
        {loadError !== null && (
          <p role="alert" className="inline-error">
            {loadError}
          </p>
        )}
        {open ? (
          <OperatorForm />
        ) : (
          <p className="muted hint">{loading ? 'Loading…' : 'Choose an operator to edit, or add a new one.'}</p>
        )}
      </div>
    </div>
  );
}
