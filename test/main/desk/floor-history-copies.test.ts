/**
 * A listening desk keeps the call check's read of each phone its window shows (src/main/calls/history-copies.ts),
 * so a click sends without a database round trip; every change that could alter the decision must still reach
 * the next click. To tell a copy from a read, the test writes behind the app's back with the notice trigger off.
 */
import { describe, expect, it } from 'vitest';
import { startUdpListener } from '../../../e2e/support/udp-listener.ts';
import type { PhoneCallStatus } from '../../../src/shared/ipc-contract.ts';
import { adminQuery, createTestDatabase, withTriggerOff } from '../../support/postgres-database.ts';
import { floorAfternoonClock } from '../../support/floor-afternoon.ts';
import { OPERATOR_PASSWORD, saveNote2, SETUP, startDesk, type Desk } from './test-desk.ts';

async function status(desk: Desk, phoneId: number): Promise<PhoneCallStatus> {
  const statuses = await desk.value('calls:status', { phoneIds: [phoneId] });
  const found = statuses[phoneId];
  if (found === undefined) throw new Error(`no status for phone ${phoneId}`);
  return found;
}

/** Desk `desk`'s status of the phone once `accept` takes it, asking every 20 ms for up to 2 s (the live floor's promise). */
async function statusOnceHeard(desk: Desk, phoneId: number, accept: (s: PhoneCallStatus) => boolean): Promise<PhoneCallStatus> {
  const started = Date.now();
  for (;;) {
    const found = await status(desk, phoneId);
    if (accept(found)) return found;
    if (Date.now() - started > 2000) throw new Error(`desk never saw the change: ${JSON.stringify(found)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const A_CALL = `INSERT INTO dial_log (key, at, operator_id, operator_name, number, method, target, payload, result, reason, file_number)
  VALUES ($1, $2, NULL, 'Elsewhere', '7165550000', 'udp', 'x', 'x', 'sent', NULL, $3)`;

describe("a listening desk's call checks", () => {
  it("serve the window's read until a call, an outcome or a mark on any desk changes the phone's decision", async () => {
    const url = await createTestDatabase('i10_history_copies');
    const listener = await startUdpListener();
    // One clock for the floor: a call desk A made must not lie in desk B's future.
    const now = floorAfternoonClock();
    const deskA = await startDesk({ databaseUrl: url, seed: true, now });
    await deskA.value('auth:setup', SETUP);
    await saveNote2(deskA, 'ADA', `UDP:/127.0.0.1:${listener.port}:100`);
    await saveNote2(deskA, 'CARA', `UDP:/127.0.0.1:${listener.port}:109`);
    const cara = (await deskA.services.store.operators.accounts()).find((o) => o.code === 'CARA');
    await deskA.value('operator:set-password', { operatorId: cara?.id, password: OPERATOR_PASSWORD, passwordAgain: OPERATOR_PASSWORD });
    const phones = await adminQuery(
      'SELECT min(p.id) AS id, d.file_number FROM phones p JOIN debtors d ON d.id = p.debtor_id GROUP BY d.file_number ORDER BY 1 LIMIT 2', [], url,
    );
    const [first, second] = phones.rows.map((r: { id: number; file_number: string }) => ({ id: Number(r.id), file: r.file_number }));
    if (first === undefined || second === undefined) throw new Error('the sample data has fewer than two debtors');

    const deskB = await startDesk({ databaseUrl: url, now });
    expect(await deskB.services.floorListening).toBe(true);
    await deskB.value('auth:sign-in', { code: 'CARA', password: OPERATOR_PASSWORD });
    expect((await status(deskB, first.id)).attemptsUsed).toBe(0);

    // No notice: desk B decides on its copy (a call the floor never told it of is not counted).
    const aMinuteAgo = new Date(deskB.services.now().getTime() - 60_000).toISOString();
    await withTriggerOff(url, 'dial_log', 'dial_log_notify', () => adminQuery(A_CALL, ['quiet-1', aMinuteAgo, first.file], url));
    expect((await status(deskB, first.id)).attemptsUsed).toBe(0);

    // Desk A's dial to the file: its notice makes desk B read again, and count both calls.
    expect((await deskA.value('dial:phone', { phoneId: first.id })).status).toBe('sent');
    expect((await listener.next()).text).toMatch(/^100,/);
    expect((await statusOnceHeard(deskB, first.id, (s) => s.attemptsUsed !== 0)).attemptsUsed).toBe(2);

    // Desk A's outcome on that dial: Busy does not count toward 7 in 7.
    const [dialOfA] = await deskA.value('dial-log:list', { operatorId: null, offset: 0, limit: 1 }).then((page) => page.rows);
    if (dialOfA === undefined) throw new Error('desk A has no dial');
    await deskA.value('dial:set-outcome', { dialKey: dialOfA.key, outcome: 'busy', note: '' });
    expect((await statusOnceHeard(deskB, first.id, (s) => s.attemptsUsed !== 2)).attemptsUsed).toBe(1);

    // An administrator's do-not-call mark on desk A: desk B's next click on that phone sends nothing.
    await deskA.value('calls:mark-phone', { phoneId: first.id, doNotCall: true });
    await statusOnceHeard(deskB, first.id, (s) => s.reasons.some((r) => r.rule === 'do-not-call'));
    const refused = await deskB.value('dial:phone', { phoneId: first.id });
    expect(refused.status).not.toBe('sent');
    expect(refused.payload).toBeNull();

    // Desk B's own dial counts at its next check at once, notice or not.
    expect((await status(deskB, second.id)).attemptsUsed).toBe(0);
    await withTriggerOff(url, 'dial_log', 'dial_log_notify', async () => {
      expect((await deskB.value('dial:phone', { phoneId: second.id })).status).toBe('sent');
      expect((await listener.next()).text).toMatch(/^109,/);
      expect((await status(deskB, second.id)).attemptsUsed).toBe(1);
    });
    await listener.close();
  });
});
