import type { CallDecision } from '../../../shared/call-guard.ts';
import type { LocationTime } from '../../../shared/calling-hours.ts';

/** The badge's words for one location: "open", "closes in 20 min", "closed (opens in 3 h 13 min)". */
export function windowWords(time: LocationTime): { readonly state: 'open' | 'closing' | 'closed'; readonly text: string } {
  if (!time.open) return { state: 'closed', text: time.opensIn === null ? 'closed' : `closed (opens in ${duration(time.opensIn)})` };
  if (time.minutesLeft !== null && time.minutesLeft <= 30) return { state: 'closing', text: `closes in ${time.minutesLeft} min` };
  return { state: 'open', text: 'open' };
}

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The strictest state over every location: a call must be convenient at all of them. */
export function overallWindow(decision: CallDecision): 'open' | 'closing' | 'closed' | 'unknown' {
  const states = decision.localTimes.map((t) => windowWords(t).state);
  if (states.length === 0) return 'unknown';
  return states.includes('closed') ? 'closed' : states.includes('closing') ? 'closing' : 'open';
}
