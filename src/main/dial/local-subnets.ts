import { networkInterfaces } from 'node:os';
import type { InterfaceAddress } from '../../shared/unicast.ts';

/** This computer's IPv4 addresses and netmasks now (interfaces come and go: a VPN, a new Wi-Fi). */
export function localIpv4Subnets(): InterfaceAddress[] {
  return Object.entries(networkInterfaces()).flatMap(([name, addresses]) =>
    (addresses ?? []).filter((a) => a.family === 'IPv4').map((a) => ({ name, address: a.address, netmask: a.netmask })),
  );
}
