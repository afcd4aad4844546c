import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import { useOperatorFormStore } from '../../store/operator-form-store.ts';
import { OperatorForm } from './OperatorForm.tsx';

/** An operator's own GENERAL and DETAIL tabs, read-only, and a test dial with their settings. */
export function MySettings() {
  const self = useAppStore((s) => s.app?.session?.operatorId ?? null);
  const open = useOperatorFormStore((s) => s.open);
  const loading = useOperatorFormStore((s) => s.loading);
  const loadError = useOperatorFormStore((s) => s.loadError);
  const select = useOperatorFormStore((s) => s.select);

  useEffect(() => {
    // Once per session (signing in resets the form); a failed load is shown, not retried in a loop.
    if (self !== null && !open && !loading && loadError === null) void select(self);
  }, [self, open, loading, loadError, select]);

  return (
    <div className="operator-pane my-settings">
      {loadError !== null && (
        <p role="alert" className="inline-error">
          {loadError}
        </p>
      )}
      {open ? <OperatorForm readOnly /> : loadError === null && <p className="muted hint">Loading…</p>}
    </div>
  );
}
