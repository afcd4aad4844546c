import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { collectIo } from './text-collector.ts';

async function cli(argv: string[]) {
  const io = collectIo();
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

// The seed's examples, as the help shows them: Note 2 and number, then what goes out.
const SPEC_EXAMPLES = [
  /UDP:\/192\.168\.2\.122:1544:452 +555-123-7777 +-> 452,5551237777\n/,
  /UDP:\/192\.168\.2\.122:1544:452#authcode +5551237777, client 1234,\n +debtor 12345678 +-> 452,5551237777,123412345678\n/,
  /UDP:\/192\.168\.2\.122:1544:109#authcode +716-698-3877, client 24,\n +debtor 4585 +-> 109,7166983877,002400004585\n/,
  /UDP:\/192\.168\.2\.122:1544:109#authcode +716-698-3877, no client\/debtor +-> 109,7166983877\n/,
  /sip: +716-698-3877 +-> sip:7166983877\n/,
];

describe('softphone --help', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the Note 2 syntax and the spec examples, exit 0', async (flag) => {
    const run = await cli([flag]);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('softphone dial --note2 TEXT --number PHONE');
    expect(run.stdout).toContain('softphone listen [--host H] [--port P] [--count N] [--json]');
    expect(run.stdout).toContain('UDP:/host:port:extension#authcode    also send ClientNumber[4]DebtorNumber[8], always 12 digits');
    for (const example of SPEC_EXAMPLES) expect(run.stdout).toMatch(example);
  });

  it.each([[['dial', '--help']], [['dial', '-h']], [['help', 'dial']]])('%j prints the dial options and the examples', async (argv) => {
    const run = await cli(argv);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: softphone dial --note2 TEXT --number PHONE \[options\]\n/);
    expect(run.stdout).toContain('--dry-run        print the target and the exact payload or link; send nothing');
    for (const example of SPEC_EXAMPLES) expect(run.stdout).toMatch(example);
  });

  it('dial --help wins over missing required options', async () => {
    expect((await cli(['dial', '--note2', 'sip:', '--help'])).code).toBe(0);
  });

  it.each([[['listen', '--help']], [['help', 'listen']]])('%j prints the listen options', async (argv) => {
    const run = await cli(argv);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: softphone listen \[--host H\] \[--port P\] \[--count N\] \[--json\]\n/);
    expect(run.stdout).toContain('--port P      port to listen on (default 1544; 0 picks a free port)');
  });
});

describe('softphone usage errors', () => {
  it('an unknown command prints the usage and exits 2', async () => {
    const run = await cli(['call', '555']);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^softphone: unknown command "call"\.\n\nUsage:\n {2}softphone dial /);
    expect(run.stderr).toMatch(/Run "softphone --help" for the options\.\n$/);
  });

  it('no command at all prints the usage and exits 2', async () => {
    const run = await cli([]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^softphone: a command is needed\.\n\nUsage:\n/);
  });

  it('a name from Object.prototype is not a command', async () => {
    expect((await cli(['toString'])).code).toBe(2);
  });
});
