import { listenForDialLogRows } from './dial-log-store.ts';
import { listenForFloorChanges } from './floor-changes.ts';
import { listenForLinks } from './link-store.ts';

/** Every listener to main's events (ipc-contract.ts MainEvents), started once with the app; returns the stop. */
export function listenToMain(): () => void {
  const stops = [listenForDialLogRows(), listenForFloorChanges(), listenForLinks()];
  return () => {
    for (const stop of stops) stop();
  };
}
