/**
 * A stand-in for a third-party dialer: a real UDP socket on loopback that keeps every datagram it
 * receives, so a test can assert the exact bytes the app put on the wire.
 */
import { createSocket, type Socket } from 'node:dgram';

export type Datagram = {
  /** The payload decoded as latin1, so every byte maps to one character and nothing is hidden. */
  readonly text: string;
  readonly bytes: Buffer;
  readonly from: { readonly address: string; readonly port: number };
};

export type UdpListener = {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** Every datagram received so far, oldest first (including ones already taken by next()). */
  readonly received: readonly Datagram[];
  /** The next datagram not yet taken; rejects when none arrives within timeoutMs. */
  next(timeoutMs?: number): Promise<Datagram>;
  /** Resolves when nothing more arrives within ms; rejects naming the payload if something does. */
  expectNone(ms?: number): Promise<void>;
  close(): Promise<void>;
};

type Waiter = (datagram: Datagram) => void;

export async function startUdpListener(port = 0): Promise<UdpListener> {
  const socket = createSocket('udp4');
  const received: Datagram[] = [];
  const unread: Datagram[] = [];
  const waiters: Waiter[] = [];

  socket.on('message', (bytes, rinfo) => {
    const datagram: Datagram = {
      text: bytes.toString('latin1'),
      bytes: Buffer.from(bytes),
      from: { address: rinfo.address, port: rinfo.port },
    };
    received.push(datagram);
    const waiter = waiters.shift();
    if (waiter) waiter(datagram);
    else unread.push(datagram);
  });

  const boundPort = await bind(socket, port);

  return {
    host: '127.0.0.1',
    port: boundPort,
    received,
    next: (timeoutMs = 5_000) => takeNext(unread, waiters, timeoutMs, boundPort),
    expectNone: (ms = 1_000) => expectNothing(unread, waiters, ms),
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

function bind(socket: Socket, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve(socket.address().port);
    });
  });
}

function takeNext(unread: Datagram[], waiters: Waiter[], timeoutMs: number, port: number): Promise<Datagram> {
  const ready = unread.shift();
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve, reject) => {
    const waiter: Waiter = (datagram) => {
      clearTimeout(timer);
      resolve(datagram);
    };
    const timer = setTimeout(() => {
      waiters.splice(waiters.indexOf(waiter), 1);
      reject(new Error(`No datagram arrived on 127.0.0.1:${port} within ${timeoutMs} ms`));
    }, timeoutMs);
    waiters.push(waiter);
  });
}

function expectNothing(unread: Datagram[], waiters: Waiter[], ms: number): Promise<void> {
  const early = unread[0];
  if (early) return Promise.reject(unexpected(early));
  return new Promise((resolve, reject) => {
    const waiter: Waiter = (datagram) => {
      clearTimeout(timer);
      // Put it back: the test may want to inspect what slipped through.
      unread.unshift(datagram);
      reject(unexpected(datagram));
    };
    const timer = setTimeout(() => {
      waiters.splice(waiters.indexOf(waiter), 1);
      resolve();
    }, ms);
    waiters.push(waiter);
  });
}

function unexpected(datagram: Datagram): Error {
  return new Error(`Expected no datagram, but received ${JSON.stringify(datagram.text)} from ${datagram.from.address}:${datagram.from.port}`);
}
