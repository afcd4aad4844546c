import type { OperatorSummary } from '../../../../shared/ipc-contract.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useOperatorFormStore } from '../../store/operator-form-store.ts';

const NO_OPERATORS: readonly OperatorSummary[] = [];

export function OperatorList() {
  const operators = useAppStore((s) => s.app?.operators ?? NO_OPERATORS);
  const selectedId = useOperatorFormStore((s) => (s.open ? s.draft.id : null));
  const select = useOperatorFormStore((s) => s.select);
  const startNew = useOperatorFormStore((s) => s.startNew);
  return (
    <nav className="operator-list" aria-label="Operators">
      <button type="button" className="button primary" onClick={startNew}>
        New operator
      </button>
      <ul>
        {operators.map((operator) => (
          <li key={operator.id} className={operator.id === selectedId ? 'selected' : undefined}>
            <button
              type="button"
              className="operator-button"
              aria-current={operator.id === selectedId ? 'true' : undefined}
              aria-describedby={`operator-${operator.id}-mode`}
              onClick={() => void select(operator.id)}
            >
              {operator.name}
            </button>
            <span id={`operator-${operator.id}-mode`} className="operator-mode">
              {operator.code} · {operator.mode}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
