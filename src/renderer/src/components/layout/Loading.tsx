import { useAppStore } from '../../store/app-store.ts';

/** Before main has answered; if it could not, the banner says why and this offers to ask again. */
export function Loading() {
  const failed = useAppStore((s) => s.error !== null);
  const load = useAppStore((s) => s.load);
  return (
    <main className="loading">
      {failed ? (
        <button type="button" className="button" onClick={() => void load()}>
          Try again
        </button>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </main>
  );
}
