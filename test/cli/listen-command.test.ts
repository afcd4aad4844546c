import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { collectIo } from './text-collector.ts';

const sockets: Socket[] = [];
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** A sending socket with a known source port, so the listener's report of the sender can be checked. */
async function sender(address = '127.0.0.1'): Promise<{ socket: Socket; port: number; send(text: string | Buffer, port: number): Promise<void> }> {
  const socket = createSocket(address.includes(':') ? 'udp6' : 'udp4');
  sockets.push(socket);
  await new Promise<void>((resolve) => socket.bind(0, address, resolve));
  return {
    socket,
    port: socket.address().port,
    send: (text, port) => new Promise((resolve, reject) => socket.send(text, port, address, (e) => (e ? reject(e) : resolve()))),
  };
}

/** Runs `softphone listen` in-process; `stop()` plays the part of Ctrl-C. */
function listen(args: string[]) {
  const io = collectIo();
  let stop: (() => void) | null = null;
  let stopSubscribed = 0;
  const exit = runCli(['listen', ...args], io, {
    onStopRequest: (callback) => {
      stop = callback;
      stopSubscribed += 1;
      return () => {
        stopSubscribed -= 1;
      };
    },
  });
  const listening = io.stderr.waitFor(/^listening on (.+):(\d+)\n/m).then((m) => Number(m[2]));
  return { io, exit, listening, stop: () => stop?.(), subscribed: () => stopSubscribed };
}

describe('softphone listen', () => {
  it('prints each datagram with its sender, raw payload and parsed fields, and exits 0 after --count', async () => {
    const listener = listen(['--port', '0', '--count', '3']);
    const port = await listener.listening;
    const from = await sender();

    await from.send('452,5551237777', port);
    await from.send('109,7166983877,002400004585', port);
    await from.send('452,555\n', port);

    expect(await listener.exit).toBe(0);
    expect(listener.io.stderr.text).toBe(`listening on 127.0.0.1:${port}\n`);
    expect(listener.io.stdout.text).toBe(
      `127.0.0.1:${from.port} "452,5551237777": extension 452, number 5551237777, no authcode; well-formed\n` +
        `127.0.0.1:${from.port} "109,7166983877,002400004585": extension 109, number 7166983877, authcode 002400004585; well-formed\n` +
        `127.0.0.1:${from.port} "452,555\\x0a": extension 452, number 555\\x0a, no authcode; NOT well-formed: payload holds characters outside printable ASCII\n`,
    );
  });

  it('shows quotes, backslashes and bytes outside printable ASCII escaped, one line per datagram', async () => {
    const listener = listen(['--port', '0', '--count', '1']);
    const port = await listener.listening;
    const from = await sender();

    await from.send(Buffer.from([0x34, 0x35, 0x32, 0x2c, 0x22, 0x5c, 0xe9, 0x00]), port);

    expect(await listener.exit).toBe(0);
    expect(listener.io.stdout.text).toBe(
      `127.0.0.1:${from.port} "452,\\"\\\\\\xe9\\x00": extension 452, number "\\\\\\xe9\\x00, no authcode; ` +
        'NOT well-formed: payload holds characters outside printable ASCII\n',
    );
  });

  it('--json prints one object per datagram', async () => {
    const listener = listen(['--port', '0', '--count', '2', '--json']);
    const port = await listener.listening;
    const from = await sender();

    await from.send('452,5551237777,123412345678', port);
    await from.send('hello', port);

    expect(await listener.exit).toBe(0);
    const lines = listener.io.stdout.text.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([
      {
        from: `127.0.0.1:${from.port}`, address: '127.0.0.1', port: from.port, payload: '452,5551237777,123412345678', bytes: 27,
        extension: '452', number: '5551237777', authcode: '123412345678', wellFormed: true, problem: null,
      },
      {
        from: `127.0.0.1:${from.port}`, address: '127.0.0.1', port: from.port, payload: 'hello', bytes: 5,
        extension: 'hello', number: null, authcode: null, wellFormed: false, problem: 'expected 2 or 3 comma-separated fields, got 1',
      },
    ]);
  });

  it('listens on IPv6 with --host ::1', async () => {
    const listener = listen(['--host', '::1', '--port', '0', '--count', '1']);
    const port = await listener.listening;
    const from = await sender('::1');

    await from.send('452,5551237777', port);

    expect(await listener.exit).toBe(0);
    expect(listener.io.stderr.text).toBe(`listening on [::1]:${port}\n`);
    expect(listener.io.stdout.text).toBe(`[::1]:${from.port} "452,5551237777": extension 452, number 5551237777, no authcode; well-formed\n`);
  });

  it('closes the socket and exits 0 when asked to stop', async () => {
    const listener = listen(['--port', '0']);
    const port = await listener.listening;

    listener.stop();

    expect(await listener.exit).toBe(0);
    expect(listener.subscribed()).toBe(0);
    // The port is free again: the listener's socket was closed.
    const again = createSocket('udp4');
    sockets.push(again);
    await expect(new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.bind(port, '127.0.0.1', resolve);
    })).resolves.toBeUndefined();
  });

  it('exits 1 with a clear message when the port is in use', async () => {
    const taken = await sender();

    const io = collectIo();
    const code = await runCli(['listen', '--port', String(taken.port)], io, { onStopRequest: () => () => {} });

    expect(code).toBe(1);
    expect(io.stderr.text).toBe(`softphone: Cannot listen on 127.0.0.1:${taken.port}: the port is already in use by another program (EADDRINUSE).\n`);
  });

  it.each([
    [['--port', '70000'], '--port "70000" must be a number from 0 to 65535 (0 picks a free port)'],
    [['--count', '0'], '--count "0" must be a whole number of 1 or more'],
    [['--host', 'not a host'], '--host "not a host" is not an IP address or host name, for example 127.0.0.1 or ::1'],
    [['--json', 'yes'], "Unexpected argument 'yes'. This command does not take positional arguments."],
  ])('exits 2 on bad options %j', async (args, message) => {
    const io = collectIo();

    const code = await runCli(['listen', ...args], io, { onStopRequest: () => () => {} });

    expect(code).toBe(2);
    expect(io.stderr.text).toBe(`softphone: ${message}\nRun "softphone listen --help" for the options.\n`);
  });
});
