/**
 * A dial goes to one dialer. An address that reaches many computers (broadcast, multicast) or none
 * (unspecified) is refused, with the reason, before anything is sent: in Note 2, and again in main
 * for the address a host name resolves to, where the subnets this computer is on are known too.
 */
import { isIpv4, isIpv6 } from './host-address.ts';

const ONE_DIALER = 'a dial must go to one dialer';
const NAMES_NONE = "it names no computer: enter the dialer's own address";

/** Host names that stand for a broadcast or multicast address in common hosts files. */
const GROUP_NAMES: ReadonlyMap<string, string> = new Map([
  ['broadcasthost', '255.255.255.255, the broadcast address'],
  ['ip6-allnodes', 'ff02::1, the multicast group of every computer on the link'],
  ['ip6-allrouters', 'ff02::2, the multicast group of every router on the link'],
  ['ip6-mcastprefix', 'ff00::, the start of the IPv6 multicast range'],
]);

/** The address as four numbers, or null when it is not a dotted quad. */
export function ipv4Octets(address: string): readonly number[] | null {
  return isIpv4(address) ? address.split('.').map(Number) : null;
}

/** The eight 16-bit groups of an IPv6 address (an embedded dotted quad becomes the last two). */
export function ipv6Groups(address: string): readonly number[] | null {
  if (!isIpv6(address)) return null;
  const toGroups = (half: string): number[] => {
    if (half === '') return [];
    return half.split(':').flatMap((part) => {
      const quad = ipv4Octets(part);
      if (quad === null) return [parseInt(part, 16)];
      const [a = 0, b = 0, c = 0, d = 0] = quad;
      return [a * 256 + b, c * 256 + d];
    });
  };
  const [head = '', tail] = address.split('::');
  const front = toGroups(head);
  const back = tail === undefined ? [] : toGroups(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

function ipv4Reason(address: string, octets: readonly number[]): string | null {
  const [first = 0] = octets;
  if (address === '255.255.255.255') return `${address} is the broadcast address: ${ONE_DIALER}, not every computer on the network.`;
  if (first >= 224 && first <= 239) return `${address} is a multicast address (224.0.0.0 to 239.255.255.255): ${ONE_DIALER}.`;
  if (address === '0.0.0.0') return `${address} is the unspecified address: ${NAMES_NONE}.`;
  if (first === 0) return `${address} is in 0.0.0.0/8, "this network", which is not a destination: ${NAMES_NONE}.`;
  return null;
}

/** `::ffff:a.b.c.d`: an IPv4 address written as IPv6, which reaches what the IPv4 address reaches. */
function mappedIpv4(groups: readonly number[]): string | null {
  if (!groups.slice(0, 5).every((g) => g === 0) || groups[5] !== 0xffff) return null;
  const [high = 0, low = 0] = groups.slice(6);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:192.0.2.255`), or null. */
export function unmappedIpv4(address: string): string | null {
  const groups = ipv6Groups(address);
  return groups === null ? null : mappedIpv4(groups);
}

function ipv6Reason(address: string, groups: readonly number[]): string | null {
  const shown = `[${address}]`;
  if (groups.every((g) => g === 0)) return `${shown} is the unspecified address: ${NAMES_NONE}.`;
  if ((groups[0] ?? 0) >> 8 === 0xff) return `${shown} is a multicast address (ff00::/8): ${ONE_DIALER}.`;
  const mapped = mappedIpv4(groups);
  const inner = mapped === null ? null : ipv4Reason(mapped, ipv4Octets(mapped) ?? []);
  if (inner === null) return null;
  return `${shown} is ${mapped} written as IPv6, and ${inner.charAt(0).toLowerCase()}${inner.slice(1)}`;
}

/**
 * Why `host` (a dotted quad, an IPv6 address without brackets, or a host name) cannot be one dialer,
 * or null when it can be. A host name other than the few well-known group names is checked once resolved.
 */
export function nonUnicastReason(host: string): string | null {
  const octets = ipv4Octets(host);
  if (octets !== null) return ipv4Reason(host, octets);
  const groups = ipv6Groups(host);
  if (groups !== null) return ipv6Reason(host, groups);
  const group = GROUP_NAMES.get(host.toLowerCase().replace(/\.$/, ''));
  return group === undefined ? null : `"${host}" is the name of ${group}: ${ONE_DIALER}.`;
}

/** One IPv4 address of this computer, as os.networkInterfaces() lists it. */
export type InterfaceAddress = { readonly name: string; readonly address: string; readonly netmask: string };

const toNumber = (octets: readonly number[]): number => octets.reduce((n, o) => n * 256 + o, 0);

function prefixLength(mask: number): number {
  let bits = 0;
  for (let bit = 31; bit >= 0 && Math.floor(mask / 2 ** bit) % 2 === 1; bit -= 1) bits += 1;
  return bits;
}

/**
 * Why `address` is the broadcast address of a subnet this computer is on (192.168.1.255 on a
 * 192.168.1.0/24 interface), or null. /31 and /32 networks have no broadcast address.
 */
export function directedBroadcastReason(address: string, interfaces: readonly InterfaceAddress[]): string | null {
  const target = ipv4Octets(address);
  if (target === null) return null;
  for (const face of interfaces) {
    const own = ipv4Octets(face.address);
    const mask = ipv4Octets(face.netmask);
    if (own === null || mask === null) continue;
    const bits = prefixLength(toNumber(mask));
    if (bits >= 31) continue;
    const hostBits = 2 ** (32 - bits);
    const network = Math.floor(toNumber(own) / hostBits) * hostBits;
    if (toNumber(target) !== network + hostBits - 1) continue;
    const net = [network >>> 24, (network >>> 16) & 0xff, (network >>> 8) & 0xff, network & 0xff].join('.');
    return `${address} is the broadcast address of ${net}/${bits}, a network this computer is on (${face.name}): ${ONE_DIALER}.`;
  }
  return null;
}
