import { expect, it } from 'vitest';
import { parseNote2 } from '../../../../src/shared/note2.ts';
import { dialModeWords } from '../../../../src/renderer/src/logic/dial-mode-words.ts';

const schemes = ['sip', 'tel'];

it('says where a click goes in a collector\'s words', () => {
  expect(dialModeWords(null)).toBe('You dial by hand: a click shows the number to copy');
  expect(dialModeWords(parseNote2('sip:', schemes))).toBe('A click calls through your softphone (sip:)');
  expect(dialModeWords(parseNote2('UDP:/192.168.2.122:1544:452#authcode', schemes))).toBe(
    'A click sends the call to the office dialer, extension 452',
  );
  expect(dialModeWords(parseNote2('udp://host', schemes))).toBe(
    'Dialing is not set up for you: ask an administrator to fix your settings',
  );
});
