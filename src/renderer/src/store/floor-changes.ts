import type { MainEvents } from '../../../shared/ipc-contract.ts';
import { draftOf, operatorFormView } from '../logic/operator-form-view.ts';
import { allowedSchemesNow, useAppStore } from './app-store.ts';
import { useOperatorFormStore } from './operator-form-store.ts';
import { softphone } from './preload-bridge.ts';

type FloorChange = MainEvents['floor:changed'];

/** The operator form shows `id` as saved, with no edits of this user's own in the way. */
function showsUnedited(id: number): boolean {
  const { saved, draft } = useOperatorFormStore.getState();
  return saved?.id === id && !operatorFormView(draft, saved, allowedSchemesNow()).dirty;
}

/**
 * Another desk saved an operator or a setting: the operator list, the session's dial mode (the status bar)
 * and the allow-list come again from main, and an operator form showing that operator takes the stored
 * values unless the user has edits of their own in it.
 */
export async function reloadAfterFloorChange(change: FloorChange): Promise<void> {
  await useAppStore.getState().load();
  const open = useOperatorFormStore.getState().saved?.id;
  const id = change.table === 'operators' ? change.id : change.table === 'resync' ? open : undefined;
  if (id === undefined || !showsUnedited(id)) return;
  try {
    const account = await softphone().getOperator(id);
    if (showsUnedited(id)) useOperatorFormStore.setState({ saved: account, draft: draftOf(account) });
  } catch {
    // The operator is gone or no longer visible to this user: the app state just loaded says so.
  }
}

export function listenForFloorChanges(): () => void {
  return softphone().on('floor:changed', (change) => void reloadAfterFloorChange(change));
}
