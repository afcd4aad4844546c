import dgram from 'node:dgram';
import { formatHostPort } from '../shared/host-address.ts';
import { parseListenArgs, type ListenArgs } from './args.ts';
import { EXIT_FAILED, EXIT_OK, type CliContext, type CliIo, type Command } from './cli-context.ts';
import { datagramRecord, formatDatagramLine } from './datagram-report.ts';
import { LISTEN_HELP } from './help-text.ts';
import { usageFailure } from './usage-failure.ts';

export const listenCommand: Command = async (argv, io, context) => {
  const args = parseListenArgs(argv);
  if (!args.ok) return usageFailure(io, args.error, 'listen');
  if (args.value === 'help') {
    io.stdout.write(LISTEN_HELP);
    return EXIT_OK;
  }
  return listen(args.value, io, context);
};

/** A stand-in dialer: reports each datagram until --count is reached or the user stops it. */
function listen(args: ListenArgs, io: CliIo, context: CliContext): Promise<number> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket(args.family === 6 ? 'udp6' : 'udp4');
    let received = 0;
    let done = false;
    let stopListening = (): void => {};
    const finish = (code: number): void => {
      if (done) return;
      done = true;
      stopListening();
      closeQuietly(socket);
      resolve(code);
    };
    socket.on('error', (error: NodeJS.ErrnoException) => {
      io.stderr.write(`softphone: ${describeListenError(error, args)}\n`);
      finish(EXIT_FAILED);
    });
    socket.on('listening', () => {
      const bound = socket.address();
      io.stderr.write(`listening on ${formatHostPort(bound.address, bound.family === 'IPv6' ? 'ipv6' : 'ipv4', bound.port)}\n`);
    });
    socket.on('message', (message, sender) => {
      if (done) return;
      const record = datagramRecord(message, sender);
      io.stdout.write(`${args.json ? JSON.stringify(record) : formatDatagramLine(record)}\n`);
      received += 1;
      if (args.count !== null && received >= args.count) finish(EXIT_OK);
    });
    stopListening = context.onStopRequest(() => finish(EXIT_OK));
    socket.bind(args.port, args.host);
  });
}

function describeListenError(error: NodeJS.ErrnoException, args: ListenArgs): string {
  const where = formatHostPort(args.host, args.family === 6 ? 'ipv6' : 'ipv4', args.port);
  switch (error.code) {
    case 'EADDRINUSE':
      return `Cannot listen on ${where}: the port is already in use by another program (EADDRINUSE).`;
    case 'EADDRNOTAVAIL':
      return `Cannot listen on ${where}: ${args.host} is not an address of this computer (EADDRNOTAVAIL).`;
    case 'EACCES':
      return `Cannot listen on ${where}: permission denied; ports below 1024 need administrator rights (EACCES).`;
    case 'ENOTFOUND':
      return `Cannot listen on ${where}: host name "${args.host}" was not found (ENOTFOUND).`;
    default:
      return `Cannot listen on ${where}: ${error.message}.`;
  }
}

function closeQuietly(socket: dgram.Socket): void {
  try {
    socket.close();
  } catch {
    // A socket whose bind failed may already be closed.
  }
}
