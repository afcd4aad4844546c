/** A real UDP socket on a loopback address, standing in for a dialer: keeps each datagram's bytes. */
import { createSocket, type RemoteInfo, type SocketType } from 'node:dgram';

export type Received = { readonly bytes: Buffer; readonly from: RemoteInfo };

export type LoopbackReceiver = {
  readonly address: string;
  readonly port: number;
  /** The next datagram (already queued or still to come). */
  next(): Promise<Received>;
  close(): Promise<void>;
};

export async function openReceiver(address = '127.0.0.1'): Promise<LoopbackReceiver> {
  const type: SocketType = address.includes(':') ? 'udp6' : 'udp4';
  const socket = createSocket(type);
  const queued: Received[] = [];
  const waiting: ((datagram: Received) => void)[] = [];
  socket.on('message', (bytes, from) => {
    const datagram = { bytes: Buffer.from(bytes), from };
    const waiter = waiting.shift();
    if (waiter) waiter(datagram);
    else queued.push(datagram);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, address, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  return {
    address,
    port: socket.address().port,
    next: () => {
      const ready = queued.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
