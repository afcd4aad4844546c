#!/usr/bin/env node
// The CLI is TypeScript run as is: Node 24 strips the types. Older Node would fail on the import
// with a confusing syntax error, so say what is needed first.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`softphone needs Node.js 24 or newer; this is ${process.version}.\n`);
  process.exit(1);
}
await import('../src/cli/main.ts');
