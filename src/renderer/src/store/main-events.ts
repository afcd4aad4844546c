import { listenForDialLogRows } from './dial-log-store.ts';
import { listenForLinks } from './link-store.ts';

/** Every listener to main's events (ipc-contract.ts MainEvents), started once with the app; returns the stop. */
export function listenToMain(): () => void {
  const stops = [listenForDialLogRows(), listenForLinks()];
  return () => {
    for (const stop of stops) stop();
  };
}
