/**
 * Replies to an older request are dropped: each `begin()` makes the calls before it stale, and
 * `invalidate()` (a sign-out, a reset) makes every call under way stale.
 */
export type LatestCall = {
  /** Starts a call; the function it returns says whether that call is still the newest. */
  begin(): () => boolean;
  invalidate(): void;
};

export function latestCall(): LatestCall {
  let newest = 0;
  return {
    begin() {
      const mine = ++newest;
      return () => mine === newest;
    },
    invalidate() {
      newest += 1;
    },
  };
}
