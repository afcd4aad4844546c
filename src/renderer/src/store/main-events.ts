import { listenForDialLogRows } from './dial-log-store.ts';
import { listenForFloorChanges } from './floor-changes.ts';

/** Every listener to main's events (ipc-contract.ts MainEvents), started once with the app; returns the stop. */
export function listenToMain(): () => void {
  const stops = [listenForDialLogRows(), listenForFloorChanges()];
  return () => {
    for (const stop of stops) stop();
  };
}
