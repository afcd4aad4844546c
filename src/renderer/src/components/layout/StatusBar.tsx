import { useAppStore } from '../../store/app-store.ts';

export const NO_OPERATOR = 'No operator chosen';

/** Always visible: where a click will go, in main's words and nothing else. */
export function StatusBar() {
  const mode = useAppStore((s) => s.app?.session?.mode ?? null);
  return (
    <div role="status" aria-label="Dial mode" className={mode === null ? 'status-bar idle' : 'status-bar'}>
      {mode ?? NO_OPERATOR}
    </div>
  );
}
