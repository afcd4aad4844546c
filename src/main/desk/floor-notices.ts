import type { HistoryCopies } from '../calls/history-copies.ts';
import type { SettingsCopies } from '../dial/settings-copies.ts';
import type { MainEventHub } from '../ipc/main-events.ts';
import { toDialLogEntry } from '../store/dial-log-entry.ts';
import type { FloorChange } from '../store/postgres/pg-notify.ts';

export type FloorNoticeDeps = {
  readonly settings: Pick<SettingsCopies, 'clear'>;
  readonly history: Pick<HistoryCopies, 'clear' | 'touchFile'>;
  readonly events: MainEventHub;
};

/**
 * What this desk does with another desk's change: drops the copies it concerns, and tells the window of saved
 * operators and settings (floor:changed) and of every dial logged (dial-log:added).
 */
export function floorNoticeHandler(deps: FloorNoticeDeps): (change: FloorChange) => void {
  return (change) => {
    switch (change.table) {
      case 'debtors':
        return deps.history.clear();
      case 'dial_outcomes':
        return deps.history.touchFile(change.file);
      case 'dial_log':
        return dialLogged(deps, change.row);
      case 'resync':
        deps.history.clear();
        deps.settings.clear();
        return deps.events.publish('floor:changed', change);
      default:
        deps.settings.clear();
        return deps.events.publish('floor:changed', change);
    }
  };
}

/** Another desk's dial (or this desk's own, which the window already has: it keeps one row per key). */
function dialLogged(deps: FloorNoticeDeps, notice: Readonly<Record<string, unknown>>): void {
  try {
    const entry = toDialLogEntry({ outcome: null, note: null, outcome_at: null, consent: false, ...notice });
    deps.history.touchFile(entry.fileNumber);
    const operatorId = typeof notice['operator_id'] === 'number' ? notice['operator_id'] : null;
    deps.events.publish('dial-log:added', { operatorId, entry });
  } catch (error) {
    // A notice this desk cannot read may have been about any file.
    deps.history.clear();
    console.error('softphone: a floor dial-log notice could not be read', error);
  }
}
