import { callOutcome } from '../../../../shared/call-outcomes.ts';
import type { LastCall, PhoneCallStatus } from '../../../../shared/ipc-contract.ts';
import { formatTime } from '../../logic/format.ts';
import { overallWindow, windowWords } from '../../logic/call-window.ts';

/**
 * The debtor's local time at every known location, the calling-window state (in words: colour is never the only
 * signal) and the calls used of 7. A help for the collector: main decides again at every dial.
 */
export function CallWindowBadge({ decision }: { readonly decision: PhoneCallStatus | undefined }) {
  // Until main answers, an empty badge holds the place: the row does not grow under the keyboard's focus.
  if (decision === undefined) return <span className="call-window" />;
  const overall = overallWindow(decision);
  return (
    <span className={`call-window ${overall}`}>
      {decision.localTimes.length === 0 && <span className="call-time">Local time unknown</span>}
      {decision.localTimes.map((time) => (
        <span key={time.zone} className="call-time" title={`${time.zoneName}, from the ${time.source}`}>
          {time.clock} {time.city} · <span className={`window-state ${windowWords(time).state}`}>{windowWords(time).text}</span>
        </span>
      ))}
      <span className="call-attempts">
        {decision.attemptsUsed} of {decision.attemptsLimit} calls this week
      </span>
      <span className="call-last">{lastCallWords(decision.lastCall)}</span>
    </span>
  );
}

/** The debtor's last contact in words: "Last call 03/04 10:20 · No answer", or that there was none. */
export function lastCallWords(last: LastCall | null): string {
  if (last === null) return 'No call yet';
  const outcome = last.outcome === null ? 'outcome not recorded' : (callOutcome(last.outcome)?.label ?? last.outcome);
  return `Last call ${formatTime(last.at)} · ${outcome}`;
}
