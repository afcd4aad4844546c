import dgram from 'node:dgram';
import { promises as dns } from 'node:dns';
import { formatHostPort, type HostKind } from '../../shared/host-address.ts';
import { errorCode, errorMessage, failed, sent, type SendResult } from './send-result.ts';
import { describeUdpFailure } from './udp-failure.ts';
import { directedBroadcastReason, nonUnicastReason, unmappedIpv4, type InterfaceAddress } from '../../shared/unicast.ts';
import { localIpv4Subnets } from './local-subnets.ts';

export type { SendResult } from './send-result.ts';

/** The code of a refusal to send to an address that is not one dialer: nothing left this computer. */
export const NOT_UNICAST = 'NOT_UNICAST';

export type DatagramTarget = { host: string; hostKind: HostKind; port: number; payload: string };

export type SendOptions = {
  lookup?: typeof dns.lookup;
  /** How long a host name lookup may take; sending to an address never waits on the network. */
  timeoutMs?: number;
  /** How long to listen, once the datagram is out, for the target's "port unreachable". */
  refusalWaitMs?: number;
  /** Called the moment the datagram has left, before the wait for a refusal (the bench times the wire with it). */
  onWire?: () => void;
  /** This computer's IPv4 subnets, for refusing their broadcast addresses; read from the OS by default. */
  subnets?: () => readonly InterfaceAddress[];
};

const DEFAULT_LOOKUP_TIMEOUT_MS = 5_000;
/**
 * A computer with nothing on the port answers with ICMP port-unreachable within a LAN round trip; a
 * few tens of milliseconds covers that and stays short of what an operator notices. Where ICMP is
 * filtered nothing comes back and the dial stays "sent".
 */
export const REFUSAL_WAIT_MS = 40;
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
  const notOne = notOneDialer(resolved, options.subnets ?? localIpv4Subnets);
  if (notOne !== null) return notOne;
  return sendTo(resolved, target, { ...options, timeoutMs: lookupTimeoutMs });
}

/**
 * Note 2 already refuses a literal broadcast or multicast address; here the address a name resolved
 * to is checked too, and the broadcast addresses of this computer's subnets, which only main knows.
 */
function notOneDialer(to: Resolved, subnets: () => readonly InterfaceAddress[]): SendResult | null {
  const named = to.viaName ? `${to.where} resolves to ${to.address}, which is not one dialer: ` : '';
  const reason = nonUnicastReason(to.address) ?? directedBroadcastReason(unmappedIpv4(to.address) ?? to.address, subnets());
  return reason === null ? null : failed(`${named}${reason}`, NOT_UNICAST);
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

/**
 * Sends on a connected socket: the kernel then hands the target's ICMP port-unreachable to this socket
 * (as ECONNREFUSED on its 'error' event), which an unconnected send never hears about.
 */
function sendTo(to: Resolved, target: DatagramTarget, options: SendOptions): Promise<SendResult> {
  const type = to.family === 6 ? 'udp6' : 'udp4';
  const lookupTimeoutMs = options.timeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS;
  return new Promise((resolve) => {
    let settled = false;
    let socket: dgram.Socket | null = null;
    // The callbacks and the socket's 'error' event can each report one failure: answer once.
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
    const awaitRefusal = (): void => {
      options.onWire?.();
      // After the timer, one more turn of the loop: a refusal already queued (a busy loop ran late) is
      // read in the poll phase before setImmediate runs, so it is not mistaken for silence.
      setTimeout(() => setImmediate(() => finish()), options.refusalWaitMs ?? REFUSAL_WAIT_MS);
    };
    try {
      const udp = dgram.createSocket(type);
      socket = udp;
      udp.on('error', finish);
      udp.connect(target.port, to.address, (connectError?: Error) => {
        if (connectError) return finish(connectError);
        udp.send(Buffer.from(target.payload, 'ascii'), (sendError) => (sendError ? finish(sendError) : awaitRefusal()));
      });
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
