/**
 * One sentence per way a UDP send can fail, naming the host and the system error code, so the
 * operator (or the integrator reading the dial log) knows what to fix without a stack trace.
 */
export type UdpFailureContext = {
  /** The host as Note 2 wrote it: a name or an address. */
  readonly host: string;
  /** `192.168.2.122:1544`, `[::1]:1544` or `localhost:1544 (127.0.0.1)`. */
  readonly where: string;
  readonly lookupTimeoutMs: number;
};

export function describeUdpFailure(code: string | null, message: string, context: UdpFailureContext): string {
  const { host, where } = context;
  switch (code) {
    case 'ENOTFOUND':
      return `Host name "${host}" was not found (ENOTFOUND).`;
    case 'EAI_AGAIN':
      return `Host name "${host}" could not be looked up: the name server did not answer (EAI_AGAIN).`;
    case 'ENODATA':
      return `Host name "${host}" has no address (ENODATA).`;
    case 'LOOKUP_TIMEOUT':
      return `Looking up host name "${host}" took longer than ${context.lookupTimeoutMs} ms (LOOKUP_TIMEOUT).`;
    case 'ECONNREFUSED':
      return `Nothing is listening at ${where}: that computer refused the dial string (ECONNREFUSED). Is the dialer running, on that port?`;
    case 'ENETUNREACH':
      return `The network of ${where} cannot be reached from this computer (ENETUNREACH).`;
    case 'EHOSTUNREACH':
      return `${where} cannot be reached: there is no route to that host (EHOSTUNREACH).`;
    case 'EADDRNOTAVAIL':
      return `This computer cannot send to ${where}: the address is not available here (EADDRNOTAVAIL).`;
    case 'EACCES':
      return `Sending to ${where} was not permitted (EACCES); it may be a broadcast address.`;
    case 'EPERM':
      return `Sending to ${where} was blocked (EPERM), probably by a firewall rule.`;
    case 'EAFNOSUPPORT':
      return `This computer cannot send to ${where}: that address family (IPv4 or IPv6) is not available here (EAFNOSUPPORT).`;
    case 'EMSGSIZE':
      return `The dial string is too long for one datagram to ${where} (EMSGSIZE).`;
    default:
      return `Sending to ${where} failed: ${message.replace(/\.$/, '')}${code && !message.includes(code) ? ` (${code})` : ''}.`;
  }
}
