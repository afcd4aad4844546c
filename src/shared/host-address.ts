/** What a UDP dialer's address is: decides udp4/udp6 and whether a DNS lookup is needed. */
export type HostKind = 'ipv4' | 'ipv6' | 'hostname';

const DOTTED = /^[0-9.]+$/;
const IPV4_PART = /^(0|[1-9][0-9]{0,2})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

export function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => IPV4_PART.test(p) && Number(p) <= 255);
}

/** Looks like an attempt at a dotted quad (only digits and dots), valid or not. */
export function looksLikeIpv4(text: string): boolean {
  return DOTTED.test(text);
}

export function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string): string[] | null => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (head === null || tail === null) return false;
  const all = [...head, ...tail];
  // An embedded dotted quad may only be the address's last group: not before a trailing "::" (1.2.3.4::).
  const lastIsGroup = !text.endsWith(':');
  let width = 0;
  for (const [i, g] of all.entries()) {
    if (i === all.length - 1 && lastIsGroup && g.includes('.')) {
      if (!isIpv4(g)) return false;
      width += 2;
    } else if (HEX_GROUP.test(g)) {
      width += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? width < 8 : width === 8;
}

export function isHostname(text: string): boolean {
  if (text.length === 0 || text.length > 253) return false;
  const labels = text.replace(/\.$/, '').split('.');
  const last = labels[labels.length - 1] ?? '';
  return labels.every((l) => LABEL.test(l)) && !/^[0-9]+$/.test(last);
}

/** `host:port` as a person writes it: IPv6 addresses in brackets. */
export function formatHostPort(host: string, kind: HostKind, port: number): string {
  return kind === 'ipv6' ? `[${host}]:${port}` : `${host}:${port}`;
}
