import type { OperatorSummary } from '../../../../shared/ipc-contract.ts';
import { operatorMarkers } from '../../logic/session-text.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useLeaveGuardStore } from '../../store/leave-guard-store.ts';
import { useOperatorFormStore } from '../../store/operator-form-store.ts';

const NO_OPERATORS: readonly OperatorSummary[] = [];

export function OperatorList() {
  const operators = useAppStore((s) => s.app?.operators ?? NO_OPERATORS);
  const selectedId = useOperatorFormStore((s) => (s.open ? s.draft.id : null));
  const select = useOperatorFormStore((s) => s.select);
  const startNew = useOperatorFormStore((s) => s.startNew);
  const leaveThen = useLeaveGuardStore((s) => s.leaveThen);
  return (
    <nav className="operator-list" aria-label="Operators">
      <button type="button" className="button primary" onClick={() => leaveThen(startNew)}>
        New operator
      </button>
      <ul>
        {operators.map((operator) => (
          <OperatorItem
            key={operator.id}
            operator={operator}
            selected={operator.id === selectedId}
            onSelect={() => (operator.id === selectedId ? undefined : leaveThen(() => void select(operator.id)))}
          />
        ))}
      </ul>
    </nav>
  );
}

type ItemProps = { readonly operator: OperatorSummary; readonly selected: boolean; readonly onSelect: () => void };

function OperatorItem({ operator, selected, onSelect }: ItemProps) {
  const markers = operatorMarkers(operator);
  const modeId = `operator-${operator.id}-mode`;
  const markersId = `operator-${operator.id}-markers`;
  return (
    <li className={[selected ? 'selected' : '', operator.active ? '' : 'inactive'].join(' ').trim() || undefined}>
      <button
        type="button"
        className="operator-button"
        aria-current={selected ? 'true' : undefined}
        aria-describedby={markers.length > 0 ? `${modeId} ${markersId}` : modeId}
        onClick={onSelect}
      >
        {operator.name}
      </button>
      <span id={modeId} className="operator-mode">
        {operator.code} · {operator.mode}
      </span>
      {markers.length > 0 && (
        <span id={markersId} className="operator-markers">
          {markers.map((marker) => (
            <span key={marker} className="marker">
              {marker}
            </span>
          ))}
        </span>
      )}
    </li>
  );
}
