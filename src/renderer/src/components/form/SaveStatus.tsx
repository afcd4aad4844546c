import type { SaveState } from '../../logic/save-state.ts';

type Props = {
  readonly id?: string;
  readonly save: SaveState;
  readonly dirty: boolean;
  /** Why Save is off (shown instead of anything else), or null. */
  readonly blockedReason?: string | null;
};

/** Beside a Save button: why it is off, saving, saved, or that there are unsaved changes. */
export function SaveStatus({ id, save, dirty, blockedReason = null }: Props) {
  return (
    <span id={id} className="save-reason" aria-live="polite">
      {blockedReason !== null && <span className="inline-error">{blockedReason}</span>}
      {blockedReason === null && save.kind === 'saving' && <span className="muted">Saving…</span>}
      {blockedReason === null && save.kind === 'saved' && !dirty && <span className="saved">Saved</span>}
      {blockedReason === null && save.kind !== 'saving' && dirty && <span className="muted">Unsaved changes</span>}
    </span>
  );
}
