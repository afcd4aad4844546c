import type { SampleDataAdded } from '../contract.ts';
import { phoneDigits } from '../phone-digits.ts';
import { readInt } from '../row-values.ts';
import { MADE_UP_DEBTORS, SEED_CLIENTS, SEED_OPERATORS, SPEC_DEBTORS } from '../seed.ts';
import { one, type Db } from './pg-db.ts';
import { createPgOperatorsRepo } from './pg-operators-repo.ts';
import { searchDigits, searchName, searchWords } from './pg-search-text.ts';

/**
 * The SQLite store's sample data (seed.ts), added the same way: what is not there yet, inside the
 * caller's transaction on `db`. A sample whose code, client number or file number is taken is left out.
 */
export async function addSampleData(db: Db, now: () => Date): Promise<SampleDataAdded> {
  const operators = createPgOperatorsRepo(db, now);
  const added = { operators: 0, clients: 0, debtors: 0 };
  for (const operator of SEED_OPERATORS) {
    if ((await operators.credentials(operator.code)) !== null) continue;
    await operators.create(operator);
    added.operators += 1;
  }
  const clientIds = new Map<string, number>();
  for (const client of SEED_CLIENTS) {
    const row = await one(db, 'INSERT INTO clients (number, name) VALUES ($1, $2) ON CONFLICT (number) DO NOTHING RETURNING id', [client.number, client.name]);
    if (row === undefined) continue;
    clientIds.set(client.number, readInt(row, 'id'));
    added.clients += 1;
  }
  for (const debtor of [...SPEC_DEBTORS, ...MADE_UP_DEBTORS]) {
    const clientId = clientIds.get(debtor.clientNumber);
    if (clientId === undefined) continue;
    const row = await one(
      db,
      `INSERT INTO debtors (client_id, file_number, name, search_name, search_words, search_digits, timezone, state, zip)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (file_number) DO NOTHING RETURNING id`,
      [
        clientId, debtor.fileNumber, debtor.name, searchName(debtor.name), searchWords(debtor.name),
        searchDigits(debtor.phones.map((phone) => phoneDigits(phone.number))),
        debtor.address.timezone ?? null, debtor.address.state ?? null, debtor.address.zip ?? null,
      ],
    );
    if (row === undefined) continue;
    for (const phone of debtor.phones) {
      await db.query('INSERT INTO phones (debtor_id, label, number, digits) VALUES ($1, $2, $3, $4)', [
        readInt(row, 'id'), phone.label, phone.number, phoneDigits(phone.number),
      ]);
    }
    added.debtors += 1;
  }
  return added;
}
