#!/usr/bin/env node
// The CLI is TypeScript run as is: Node 24 strips the types. Older Node would fail on the import
// with a confusing syntax error, so say what is needed first.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`softphone needs Node.js 24 or newer; this is ${process.version}.\n`);
  process.exit(1);
}
// node:sqlite is stable enough for this tool's one database file; its "experimental" notice on every
// import run would only alarm the administrator. Every other warning still prints.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'ExperimentalWarning' && warning.message.includes('SQLite')) return;
  process.stderr.write(`${warning.name}: ${warning.message}\n`);
});
await import('../src/cli/main.ts');
