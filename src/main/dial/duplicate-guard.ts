/**
 * Double clicks happen: the same number dialed by the same operator within the window is sent once.
 * The attempt is recorded before the send is awaited, so two clicks racing each other are caught too.
 */
export type DuplicateGuard = {
  /** Milliseconds since the same operator dialed the same digits, or null when the dial may go. */
  check(operatorId: number, digits: string, nowMs: number): number | null;
};

export const DUPLICATE_WINDOW_MS = 2000;

export function createDuplicateGuard(windowMs = DUPLICATE_WINDOW_MS): DuplicateGuard {
  const last = new Map<string, number>();
  return {
    check(operatorId, digits, nowMs) {
      const key = `${operatorId}:${digits}`;
      const previous = last.get(key);
      if (previous !== undefined && nowMs - previous < windowMs) return nowMs - previous;
      last.set(key, nowMs);
      if (last.size > 1000) pruneOlderThan(last, nowMs - windowMs);
      return null;
    },
  };
}

function pruneOlderThan(map: Map<string, number>, cutoff: number): void {
  for (const [key, at] of map) if (at < cutoff) map.delete(key);
}
