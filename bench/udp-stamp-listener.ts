/**
 * A loopback UDP listener in a process of its own, so the benchmark's own event loop (which also runs
 * the app's main-process services) cannot delay the moment a datagram is seen. For each datagram it
 * sends its parent { text, at } with `at` on the epoch clock (performance.timeOrigin + performance.now()),
 * the clock the page stamps its clicks with. Started by fork(); the first message is { port }.
 */
import { createSocket } from 'node:dgram';

if (process.send === undefined) throw new Error('udp-stamp-listener.ts is started with fork() by the benchmark.');
const send = process.send.bind(process);
const socket = createSocket('udp4');
socket.on('message', (bytes) => {
  const at = performance.timeOrigin + performance.now();
  send({ text: bytes.toString('latin1'), at });
});
socket.bind(0, '127.0.0.1', () => send({ port: socket.address().port }));
process.on('disconnect', () => socket.close());
