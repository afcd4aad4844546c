/**
 * Issue 9 item 4: `softphone dial` sends only to one dialer. Every broadcast, multicast and unspecified
 * form is refused with exit 2 and the reason, and nothing reaches the wire (a listener on the loopback
 * subnet's broadcast port would hear a sent datagram).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { localIpv4Subnets } from '../../src/main/dial/local-subnets.ts';
import { directedBroadcastReason } from '../../src/shared/unicast.ts';
import { runSoftphone } from './softphone-process.ts';
import { collectIo } from './text-collector.ts';

const EXAMPLE = 'Example: UDP:/192.168.2.122:1544:452';
const FORMS: readonly (readonly [string, string])[] = [
  ['255.255.255.255', '255.255.255.255 is the broadcast address: a dial must go to one dialer, not every computer on the network.'],
  ['224.0.0.1', '224.0.0.1 is a multicast address (224.0.0.0 to 239.255.255.255): a dial must go to one dialer.'],
  ['0.0.0.0', "0.0.0.0 is the unspecified address: it names no computer: enter the dialer's own address."],
  ['[::]', "[::] is the unspecified address: it names no computer: enter the dialer's own address."],
  ['[ff02::1]', '[ff02::1] is a multicast address (ff00::/8): a dial must go to one dialer.'],
  [
    '[::ffff:255.255.255.255]',
    '[::ffff:255.255.255.255] is 255.255.255.255 written as IPv6, and 255.255.255.255 is the broadcast address: a dial must go to one dialer, not every computer on the network.',
  ],
  ['broadcasthost', '"broadcasthost" is the name of 255.255.255.255, the broadcast address: a dial must go to one dialer.'],
];

describe('softphone dial refuses targets that are not one dialer', () => {
  it.each(FORMS)('UDP:/%s:1544:452 exits 2 naming why, as a real process', async (host, why) => {
    const run = await runSoftphone(['dial', '--note2', `UDP:/${host}:1544:452`, '--number', '555-123-7777']);

    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 2, stdout: '', stderr: `softphone: Note 2: ${why} ${EXAMPLE}\n` });
  });

  it('refuses the broadcast address of a subnet this computer is on (192.168.1.255 on a 192.168.1.0/24 LAN), exit 2', async () => {
    // The loopback subnet 127.0.0.0/8 exists on every machine, so its broadcast address is always one of ours.
    const subnets = localIpv4Subnets();
    const broadcast = '127.255.255.255';
    const why = directedBroadcastReason(broadcast, subnets);
    expect(why).toMatch(/^127\.255\.255\.255 is the broadcast address of 127\.0\.0\.0\/8, a network this computer is on \(.+\): a dial must go to one dialer\.$/);
    const io = collectIo();

    const code = await runCli(['dial', '--note2', `UDP:/${broadcast}:1544:452`, '--number', '555-123-7777'], io);

    expect({ code, stdout: io.stdout.text, stderr: io.stderr.text }).toEqual({ code: 2, stdout: '', stderr: `softphone: ${why}\n` });
  });

  it('--dry-run does not hide the refusal', async () => {
    const io = collectIo();

    const code = await runCli(['dial', '--note2', 'UDP:/224.0.0.1:1544:452', '--number', '555-123-7777', '--dry-run'], io);

    expect(code).toBe(2);
    expect(io.stderr.text).toContain('224.0.0.1 is a multicast address');
  });
});
