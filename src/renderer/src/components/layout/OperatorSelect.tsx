import { operatorOptionText } from '../../logic/format.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Who is dialing: every dial uses this operator's stored settings, chosen in main. */
export function OperatorSelect() {
  const app = useAppStore((s) => s.app);
  const chooseOperator = useAppStore((s) => s.chooseOperator);
  const current = app?.session?.operatorId;
  return (
    <label className="dialing-as">
      <span>Dialing as</span>
      <select
        value={current === undefined ? '' : String(current)}
        disabled={app === null}
        onChange={(event) => {
          if (event.target.value !== '') void chooseOperator(Number(event.target.value));
        }}
      >
        {current === undefined && (
          <option value="" disabled>
            Choose an operator…
          </option>
        )}
        {app?.operators.map((operator) => (
          <option key={operator.id} value={operator.id}>
            {operatorOptionText(operator)}
          </option>
        ))}
      </select>
    </label>
  );
}
