import dgram from 'node:dgram';
import { promises as dns } from 'node:dns';
import { formatHostPort, type HostKind } from '../../shared/host-address.ts';
import { errorCode, errorMessage, failed, sent, type SendResult } from './send-result.ts';
import { describeUdpFailure } from './udp-failure.ts';

export type { SendResult } from './send-result.ts';

export type DatagramTarget = { host: string; hostKind: HostKind; port: number; payload: string };

export type SendOptions = {
  lookup?: typeof dns.lookup;
  /** How long a host name lookup may take; sending to an address never waits on the network. */
  timeoutMs?: number;
};

const DEFAULT_LOOKUP_TIMEOUT_MS = 5_000;
const NOT_ASCII = /[\u0080-\uffff]/;

/** `where` names the target in messages: `192.168.2.122:1544`, or `localhost:1544 (127.0.0.1)` once resolved. */
type Resolved = { address: string; family: 4 | 6; where: string; viaName: boolean };

/**
 * Sends one dial string as one UDP datagram: the payload's ASCII bytes exactly, no terminator.
 * Every failure comes back as a result with a sentence naming the problem; nothing throws, no
 * 'error' event goes unhandled, and the socket is closed whatever happens.
 */
export async function sendDatagram(target: DatagramTarget, options: SendOptions = {}): Promise<SendResult> {
  const lookupTimeoutMs = options.timeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS;
  if (NOT_ASCII.test(target.payload)) {
    return failed(`The dial string ${JSON.stringify(target.payload)} holds characters that are not ASCII; nothing was sent.`, 'NOT_ASCII');
  }
  const resolved = target.hostKind === 'hostname' ? await resolveHost(target, options.lookup ?? dns.lookup, lookupTimeoutMs) : literal(target);
  if ('ok' in resolved) return resolved;
  return sendTo(resolved, target, lookupTimeoutMs);
}

function literal(target: DatagramTarget): Resolved {
  return {
    address: target.host,
    family: target.hostKind === 'ipv6' ? 6 : 4,
    where: formatHostPort(target.host, target.hostKind, target.port),
    viaName: false,
  };
}

async function resolveHost(target: DatagramTarget, lookup: typeof dns.lookup, timeoutMs: number): Promise<Resolved | SendResult> {
  let timer: NodeJS.Timeout | undefined;
  // A lookup can hang for as long as the resolver retries; the operator is waiting for a result.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('lookup timed out'), { code: 'LOOKUP_TIMEOUT' })), timeoutMs);
  });
  try {
    const { address, family } = await Promise.race([lookup(target.host), timeout]);
    const where = `${formatHostPort(target.host, 'hostname', target.port)} (${address})`;
    return { address, family: family === 6 ? 6 : 4, where, viaName: true };
  } catch (error) {
    const where = formatHostPort(target.host, 'hostname', target.port);
    const code = errorCode(error);
    return failed(describeUdpFailure(code, errorMessage(error), { host: target.host, where, lookupTimeoutMs: timeoutMs }), code);
  } finally {
    clearTimeout(timer);
  }
}

function sendTo(to: Resolved, target: DatagramTarget, lookupTimeoutMs: number): Promise<SendResult> {
  const type = to.family === 6 ? 'udp6' : 'udp4';
  return new Promise((resolve) => {
    let settled = false;
    let socket: dgram.Socket | null = null;
    // The send callback and the socket's 'error' event can both report one failure: answer once.
    const finish = (error?: Error | null): void => {
      if (settled) return;
      settled = true;
      closeQuietly(socket);
      if (!error) {
        resolve(sent(successDetail(target, to, type)));
        return;
      }
      const code = errorCode(error);
      resolve(failed(describeUdpFailure(code, errorMessage(error), { host: target.host, where: to.where, lookupTimeoutMs }), code));
    };
    try {
      socket = dgram.createSocket(type);
      socket.on('error', finish);
      socket.send(Buffer.from(target.payload, 'ascii'), target.port, to.address, finish);
    } catch (error) {
      finish(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** `sent "452,5551237777" to 192.168.2.122:1544 (udp4)`, or `... to localhost:1544 (127.0.0.1, udp4)`. */
function successDetail(target: DatagramTarget, to: Resolved, type: string): string {
  const where = to.viaName ? `${formatHostPort(target.host, 'hostname', target.port)} (${to.address}, ${type})` : `${to.where} (${type})`;
  return `sent "${target.payload}" to ${where}`;
}

function closeQuietly(socket: dgram.Socket | null): void {
  try {
    socket?.close();
  } catch {
    // Already closed (a failed implicit bind closes it): nothing left to release.
  }
}
