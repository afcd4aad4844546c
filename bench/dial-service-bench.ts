/**
 * The main-process dial path against a bare dgram send, in the same run, interleaved so both see the
 * same machine:
 * - dial service: createDialService with a real store (a SQLite file; the operator and the allow-list
 *   read, the dial log written, on each dial) and the real sendDatagram to a loopback listener, timed
 *   from the call to the moment the datagram leaves (sendDatagram's onWire: the wire), and, separately,
 *   to the outcome the caller gets (after the wait for a refusal, REFUSAL_WAIT_MS, and the dial-log row);
 * - raw send: the same payload with dgram alone, as a datagram leaves any sender that, like the app's
 *   dialer, holds no socket between dials: createSocket, send, close, timed to the send callback;
 * - raw send on an open socket (for reference): `socket.send` on a socket kept open, timed to its callback.
 */
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendDatagram } from '../src/main/dial/udp-dialer.ts';
import { createDialService } from '../src/main/dial/dial-service.ts';
import { createDuplicateGuard } from '../src/main/dial/duplicate-guard.ts';
import { openStore } from '../src/main/store/open-store.ts';
import { percentile } from './stats.ts';

export type DialServiceFigures = {
  readonly dial_service_p50_ms: number;
  readonly dial_service_p99_ms: number;
  readonly dial_service_outcome_p50_ms: number;
  readonly raw_udp_send_p50_ms: number;
  readonly raw_udp_send_p99_ms: number;
  readonly raw_udp_send_open_socket_p50_ms: number;
};

function bindReceiver(): Promise<{ socket: Socket; port: number; received: () => number }> {
  const socket = createSocket('udp4');
  let count = 0;
  socket.on('message', () => {
    count += 1;
  });
  return new Promise((resolve) => socket.bind(0, '127.0.0.1', () => resolve({ socket, port: socket.address().port, received: () => count })));
}

function rawSend(socket: Socket, payload: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => socket.send(payload, port, '127.0.0.1', (error) => (error ? reject(error) : resolve())));
}

/** What any dialer that keeps no socket between dials does for one datagram. */
async function rawSendFreshSocket(payload: string, port: number): Promise<void> {
  const socket = createSocket('udp4');
  try {
    await rawSend(socket, payload, port);
  } finally {
    socket.close();
  }
}

export async function measureDialService(count = 2000, warmUp = 200): Promise<DialServiceFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'softphone-dial-bench-'));
  const receiver = await bindReceiver();
  const sender = createSocket('udp4');
  const { store } = openStore(dir, { seed: true });
  try {
    const ben = (await store.operators.list()).find((operator) => operator.code === 'BEN');
    if (ben === undefined) throw new Error('The sample data has no operator BEN.');
    await store.operators.update(ben.id, { code: ben.code, name: ben.name, useSoftphone: true, note2: `UDP:/127.0.0.1:${receiver.port}:452` });
    let sentAt = 0;
    const service = createDialService({
      store,
      // The wire is when the datagram leaves, before the dialer's short wait for a "port unreachable".
      sendDatagram: (plan) =>
        sendDatagram(plan, {
          onWire: () => {
            sentAt = performance.now();
          },
        }),
      openUri: () => Promise.reject(new Error('The benchmark dials UDP only.')),
      guard: createDuplicateGuard(),
      now: () => new Date(),
      logDial: async (entry) => {
        await store.dialLog.append(entry);
      },
    });

    const serviceMs: number[] = [];
    const outcomeMs: number[] = [];
    const rawMs: number[] = [];
    const openSocketMs: number[] = [];
    for (let i = 0; i < warmUp + count; i += 1) {
      // Distinct numbers: the 2-s duplicate guard would block a repeat.
      const number = `555${String(i).padStart(7, '0')}`;
      const t0 = performance.now();
      const outcome = await service.dialNumber(ben.id, number);
      const t1 = performance.now();
      if (outcome.status !== 'sent') throw new Error(`Dial ${i} was not sent: ${outcome.message}`);
      await rawSendFreshSocket(`452,${number}`, receiver.port);
      const t2 = performance.now();
      await rawSend(sender, `452,${number}`, receiver.port);
      const t3 = performance.now();
      if (i >= warmUp) {
        serviceMs.push(sentAt - t0);
        outcomeMs.push(t1 - t0);
        rawMs.push(t2 - t1);
        openSocketMs.push(t3 - t2);
      }
    }
    return {
      dial_service_p50_ms: percentile(serviceMs, 50),
      dial_service_p99_ms: percentile(serviceMs, 99),
      dial_service_outcome_p50_ms: percentile(outcomeMs, 50),
      raw_udp_send_p50_ms: percentile(rawMs, 50),
      raw_udp_send_p99_ms: percentile(rawMs, 99),
      raw_udp_send_open_socket_p50_ms: percentile(openSocketMs, 50),
    };
  } finally {
    await store.close();
    sender.close();
    receiver.socket.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  console.log(await measureDialService());
}
