import { defaultContext, EXIT_FAILED, EXIT_OK, type CliContext, type CliIo, type Command } from './cli-context.ts';
import { checkCommand } from './check-command.ts';
import { dialCommand } from './dial-command.ts';
import { floorCommand } from './floor-command.ts';
import { MAIN_HELP, USAGE } from './help-text.ts';
import { importCommand } from './import-command.ts';
import { listenCommand } from './listen-command.ts';
import { logCommand } from './log-command.ts';
import { usageFailure } from './usage-failure.ts';

const COMMANDS: Readonly<Record<string, Command>> = {
  dial: dialCommand,
  listen: listenCommand,
  import: importCommand,
  log: logCommand,
  check: checkCommand,
  floor: floorCommand,
};

/** `softphone <command> [options]`: runs one command and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo, context: Partial<CliContext> = {}): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return usageFailure(io, `a command is needed.\n\n${USAGE}`, null);
  if (first === '--help' || first === '-h') {
    io.stdout.write(MAIN_HELP);
    return EXIT_OK;
  }
  // `softphone help dial` reads as naturally as `softphone dial --help`.
  if (first === 'help') return rest.length === 0 ? runCli(['--help'], io, context) : runCli([...rest.slice(0, 1), '--help'], io, context);
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (command === undefined) return usageFailure(io, `unknown command "${first}".\n\n${USAGE}`, null);
  try {
    return await command(rest, io, defaultContext(context));
  } catch (error) {
    io.stderr.write(`softphone: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILED;
  }
}
