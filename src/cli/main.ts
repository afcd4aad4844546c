/** The `softphone` tool's entry: wires the process to runCli, which holds everything testable. */
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
