import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store.ts';

export const NO_OPERATOR = 'No operator chosen';

/** Always visible: where a click will go, in main's words and nothing else. */
export function StatusBar() {
  const mode = useAppStore((s) => s.app?.session?.mode ?? null);
  const waiting = useAppStore((s) => s.app?.waitingDials.message ?? null);
  useRefreshWhileWaiting(waiting !== null);
  return (
    <>
      <div role="status" aria-label="Dial mode" className={mode === null ? 'status-bar idle' : 'status-bar'}>
        {mode ?? NO_OPERATOR}
      </div>
      {waiting !== null && (
        <div role="status" aria-label="Dial log" className="status-bar waiting">
          {waiting}
        </div>
      )}
    </>
  );
}

/** While dials wait to be logged, asks main again every WAITING_REFRESH_MS, so the line goes once they are in. */
export const WAITING_REFRESH_MS = 2000;

function useRefreshWhileWaiting(waiting: boolean): void {
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setInterval(() => void useAppStore.getState().load(), WAITING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [waiting]);
}
