import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import { useMyDialerStore } from '../../store/my-dialer-store.ts';

export const NO_OPERATOR = 'No operator chosen';

/** Always visible: where a click will go, in a collector's words; main's exact line behind "Details". */
export function StatusBar() {
  const operatorId = useAppStore((s) => s.app?.session?.operatorId ?? null);
  const mode = useAppStore((s) => s.app?.session?.mode ?? null);
  const words = useMyDialerStore((s) => s.words);
  const noHandler = useMyDialerStore((s) => s.noHandler);
  const load = useMyDialerStore((s) => s.load);

  useEffect(() => {
    // Main's mode line changes whenever the operator's settings or the allow-list do: read them again.
    if (operatorId !== null) void load(operatorId);
  }, [operatorId, mode, load]);

  return (
    <>
      <div className={mode === null ? 'status-bar idle' : 'status-bar'}>
        <span role="status" aria-label="Dial mode" className="status-words">
          {mode === null ? NO_OPERATOR : (words ?? mode)}
        </span>
        {mode !== null && (
          <details className="status-details">
            <summary>Details</summary>
            <code aria-label="Dial mode details">{mode}</code>
          </details>
        )}
      </div>
      {noHandler !== null && (
        <p role="alert" aria-label="Softphone missing" className="banner notice">
          {noHandler}
        </p>
      )}
    </>
  );
}
