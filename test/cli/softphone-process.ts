/** The real `softphone` binary as a user runs it: Node 24 on bin/softphone.js, in its own process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { collectText, type TextCollector } from './text-collector.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE = `${ROOT}node_modules/.bin/node`;
const BIN = `${ROOT}bin/softphone.js`;

export type Finished = { readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string };

export type SoftphoneProcess = {
  readonly child: ChildProcess;
  readonly stdout: TextCollector;
  readonly stderr: TextCollector;
  readonly finished: Promise<Finished>;
};

export function startSoftphone(args: readonly string[], env: NodeJS.ProcessEnv = process.env): SoftphoneProcess {
  const child = spawn(NODE, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout = collectText();
  const stderr = collectText();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => stdout.write(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.write(chunk));
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: stdout.text, stderr: stderr.text }));
  });
  return { child, stdout, stderr, finished };
}

export function runSoftphone(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<Finished> {
  return startSoftphone(args, env).finished;
}
