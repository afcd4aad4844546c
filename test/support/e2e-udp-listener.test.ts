import { createSocket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { startUdpListener, type UdpListener } from '../../e2e/support/udp-listener.ts';

let listener: UdpListener | undefined;
afterEach(async () => {
  await listener?.close();
  listener = undefined;
});

function send(port: number, payload: Buffer): Promise<void> {
  const socket = createSocket('udp4');
  return new Promise((resolve, reject) => {
    socket.send(payload, port, '127.0.0.1', (error) => {
      socket.close();
      if (error) reject(error);
      else resolve();
    });
  });
}

describe('startUdpListener', () => {
  it('hands over each datagram once, with its exact bytes, in arrival order', async () => {
    listener = await startUdpListener();
    await send(listener.port, Buffer.from('452,5551237777'));
    await send(listener.port, Buffer.from([0x31, 0x0a, 0xff]));

    const first = await listener.next();
    expect(first.text).toBe('452,5551237777');
    expect(first.from.address).toBe('127.0.0.1');
    const second = await listener.next();
    expect(second.bytes).toEqual(Buffer.from([0x31, 0x0a, 0xff]));
    expect(second.text).toBe('1\n\u00ff');
    expect(listener.received.map((d) => d.text)).toEqual(['452,5551237777', '1\n\u00ff']);
  });

  it('next() names the port when nothing arrives', async () => {
    listener = await startUdpListener();
    await expect(listener.next(50)).rejects.toThrow(`No datagram arrived on 127.0.0.1:${listener.port} within 50 ms`);
  });

  it('expectNone() resolves on silence and names the payload that broke it', async () => {
    listener = await startUdpListener();
    await expect(listener.expectNone(50)).resolves.toBeUndefined();

    const waiting = listener.expectNone(5_000);
    await send(listener.port, Buffer.from('109,7166983877'));
    await expect(waiting).rejects.toThrow('Expected no datagram, but received "109,7166983877"');
    // The datagram that broke the silence can still be inspected.
    expect((await listener.next(50)).text).toBe('109,7166983877');
  });
});
