import { useAppStore } from '../../store/app-store.ts';
import { useOperatorFormStore } from '../../store/operator-form-store.ts';
import { AllowedSchemes } from './AllowedSchemes.tsx';
import { AuditTrail } from './AuditTrail.tsx';
import { CallRules } from './CallRules.tsx';
import { MySettings } from './MySettings.tsx';
import { OperatorForm } from './OperatorForm.tsx';
import { OperatorList } from './OperatorList.tsx';
import { PasswordPanel } from './PasswordPanel.tsx';

/** Administrators manage every operator here; an operator sees "My settings" instead. */
export function OperatorsScreen() {
  const isAdmin = useAppStore((s) => s.app?.session?.role === 'admin');
  return isAdmin ? <AdminOperators /> : <MySettings />;
}

function AdminOperators() {
  const open = useOperatorFormStore((s) => s.open);
  const loading = useOperatorFormStore((s) => s.loading);
  const loadError = useOperatorFormStore((s) => s.loadError);
  const saved = useOperatorFormStore((s) => s.saved);
  return (
    <div className="operators-screen">
      <div className="operators-side">
        <OperatorList />
        <AllowedSchemes />
        <CallRules />
      </div>
      <div className="operator-pane">
        {loadError !== null && (
          <p role="alert" className="inline-error">
            {loadError}
          </p>
        )}
        {open ? (
          <>
            <OperatorForm readOnly={false} />
            {/* A new operator gets a password and a history once saved. */}
            {saved !== null && <PasswordPanel operatorId={saved.id} name={saved.name} />}
            {saved !== null && <AuditTrail />}
          </>
        ) : (
          <p className="muted hint">{loading ? 'Loading…' : 'Choose an operator to edit, or add a new one.'}</p>
        )}
      </div>
    </div>
  );
}
