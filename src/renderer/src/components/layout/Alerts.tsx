import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store.ts';

/** Notices from main (told once) and refusals of app-wide actions, at the top of the window. */
export function Alerts() {
  const notices = useAppStore(
    useShallow((s) => (s.app?.notices ?? []).filter((notice) => !s.dismissedNotices.includes(notice))),
  );
  const dismissNotices = useAppStore((s) => s.dismissNotices);
  const error = useAppStore((s) => s.error);
  const dismissError = useAppStore((s) => s.dismissError);
  return (
    <>
      {notices.length > 0 && (
        <div role="alert" aria-label="Notices" className="banner notice">
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          <button type="button" className="button small" onClick={dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      {error !== null && (
        <div role="alert" aria-label="Problem" className="banner problem">
          <p>{error}</p>
          <button type="button" className="button small" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
