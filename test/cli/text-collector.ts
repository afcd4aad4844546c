/** Stands in for stdout/stderr of an in-process command: keeps the text, wakes whoever waits for a line. */
export type TextCollector = {
  write(chunk: string): boolean;
  readonly text: string;
  /** Resolves with the first match of `pattern` in everything written so far or later. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
};

export function collectText(): TextCollector {
  let text = '';
  const waiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  const wake = (): void => {
    for (const waiter of [...waiters]) {
      const match = text.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  return {
    write(chunk) {
      text += chunk;
      wake();
      return true;
    },
    get text() {
      return text;
    },
    waitFor(pattern) {
      return new Promise((resolve) => {
        waiters.push({ pattern, resolve });
        wake();
      });
    },
  };
}

export function collectIo(): { stdout: TextCollector; stderr: TextCollector } {
  return { stdout: collectText(), stderr: collectText() };
}
