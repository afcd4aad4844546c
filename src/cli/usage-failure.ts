import { EXIT_USAGE, type CliIo } from './cli-context.ts';

/** A usage error: what is wrong, where to read how it is done, exit 2. */
export function usageFailure(io: CliIo, message: string, command: string | null): number {
  const help = command === null ? 'softphone --help' : `softphone ${command} --help`;
  io.stderr.write(`softphone: ${message}\nRun "${help}" for the options.\n`);
  return EXIT_USAGE;
}
