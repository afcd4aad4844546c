import type { CallDecision } from '../../../../shared/call-guard.ts';
import { overallWindow, windowWords } from '../../logic/call-window.ts';

/**
 * The debtor's local time at every known location, the calling-window state (in words: colour is never the only
 * signal) and the calls used of 7. A help for the collector: main decides again at every dial.
 */
export function CallWindowBadge({ decision }: { readonly decision: CallDecision | undefined }) {
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
    </span>
  );
}
