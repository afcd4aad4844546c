import { listenForDialLogRows } from './dial-log-store.ts';

/** Every listener to main's events (ipc-contract.ts MainEvents), started once with the app; returns the stop. */
export function listenToMain(): () => void {
  const stops = [listenForDialLogRows()];
  return () => {
    for (const stop of stops) stop();
  };
}
