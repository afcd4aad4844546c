/** Where a command writes; process.stdout/stderr in the real tool, string collectors in tests. */
export type TextSink = { write(text: string): unknown };

export type CliIo = { readonly stdout: TextSink; readonly stderr: TextSink };

/** Calls `stop` when the user asks the tool to stop; returns a function that stops listening. */
export type StopRequests = (stop: () => void) => () => void;

/** What a command needs from the process, passed in so commands run in-process in tests. */
export type CliContext = {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly onStopRequest: StopRequests;
};

export type Command = (argv: readonly string[], io: CliIo, context: CliContext) => Promise<number>;

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Ctrl-C and `kill`: a listener should close its socket and exit 0, not die mid-write. */
export const processStopSignals: StopRequests = (stop) => {
  const handler = (): void => stop();
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
};

export function defaultContext(overrides: Partial<CliContext> = {}): CliContext {
  return {
    env: overrides.env ?? process.env,
    platform: overrides.platform ?? process.platform,
    onStopRequest: overrides.onStopRequest ?? processStopSignals,
  };
}
