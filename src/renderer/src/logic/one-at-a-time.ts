/**
 * Runs `task` at once unless a run is under way; calls made during a run become one more run when it
 * ends. The search box uses it: each keystroke searches at once (no waiting out a debounce), and a
 * burst of keystrokes during a slow search costs one more search with the latest text, not one each.
 * `cancel` forgets a run asked for but not yet started.
 */
export function oneAtATime(task: () => Promise<void>) {
  let running = false;
  let again = false;
  const start = (): void => {
    running = true;
    void task()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (!again) return;
        again = false;
        start();
      });
  };
  const run = (): void => {
    if (running) again = true;
    else start();
  };
  run.cancel = (): void => {
    again = false;
  };
  return run;
}
