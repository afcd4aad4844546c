import type { DatabaseSync } from 'node:sqlite';
import { phoneDigits } from './phone-digits.ts';

/*
 * Writers for client, debtor and phone rows. The seed uses them now; a debtor import will too. They
 * keep phones.digits in step with phones.number, which search depends on.
 */
export type NewClient = { number: string; name: string };
export type NewDebtor = { clientId: number; fileNumber: string; name: string; timezone?: string; state?: string; zip?: string };
export type NewPhone = { debtorId: number; label: string; number: string };

export function insertClient(db: DatabaseSync, client: NewClient): number {
  return Number(db.prepare('INSERT INTO clients (number, name) VALUES (?, ?)').run(client.number, client.name).lastInsertRowid);
}

export function insertDebtor(db: DatabaseSync, debtor: NewDebtor): number {
  return Number(
    db.prepare('INSERT INTO debtors (client_id, file_number, name, timezone, state, zip) VALUES (?, ?, ?, ?, ?, ?)')
      .run(debtor.clientId, debtor.fileNumber, debtor.name, debtor.timezone ?? null, debtor.state ?? null, debtor.zip ?? null).lastInsertRowid,
  );
}

export function insertPhone(db: DatabaseSync, phone: NewPhone): number {
  return Number(db.prepare('INSERT INTO phones (debtor_id, label, number, digits) VALUES (?, ?, ?, ?)').run(phone.debtorId, phone.label, phone.number, phoneDigits(phone.number)).lastInsertRowid);
}
