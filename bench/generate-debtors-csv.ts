/**
 * Writes a debtor CSV in the import format: COUNT debtors with exactly three phones each (home, work,
 * mobile), spread over 250 clients. Deterministic: the same count and seed give the same bytes.
 * Names include commas and quotes so the file exercises CSV quoting; phones use the fictional 555
 * exchange in the spellings people type.
 *
 *   node bench/generate-debtors-csv.ts COUNT OUT.csv [SEED]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const CSV_HEADER = 'file_number,client_number,client_name,debtor_name,phone_home,phone_work,phone_mobile';
export const PHONES_PER_DEBTOR = 3;

const CLIENTS = 250;
const FIRST = [
  'Avery', 'Blake', 'Casey', 'Dana', 'Elliot', 'Frances', 'Gabriel', 'Harper', 'Imani', 'Jules', 'Kendall', 'Logan',
  'Marisol', 'Noah', 'Sean', 'Priya', 'Quinn', 'Rafael', 'Sofia', 'Tobias', 'Uma', 'Victor', 'Wendy', 'Xin', 'Yara',
  'Zachary', 'Zoë', 'José', 'Annika', 'Brian', 'Carla', 'Derek', 'Elena', 'Farah', 'George', 'Hannah', 'Isaac', 'Joan',
];
const LAST = [
  'Anderson', 'Brooks', 'Castillo', 'Dubois', 'Edwards', 'Fischer', 'Garcia', 'Hughes', 'Okafor', 'Jensen', 'Kowalski',
  'Larsen', 'Moreau', 'Nakamura', "O'Brien", 'Patel', 'Quintero', 'Robinson', 'Schmidt', 'Thompson', 'Underwood',
  'Vasquez', 'Whitaker', 'Xu', 'Young', 'Zimmerman', 'Lefèvre', 'Muñoz', 'Lindqvist', 'Mendes', 'Smith', 'Haddad',
];
const SUFFIXES = ['', '', '', '', '', '', ', Jr.', ', Sr.', ' "Bud"'];
const AREA_CODES = ['212', '312', '415', '503', '617', '702', '808', '919', '716', '305'];
const CLIENT_WORDS = ['Northwind', 'Lakeshore', 'Harbor', 'Summit', 'Comtech', 'Bluebird', 'Acme', 'Granite', 'Prairie', 'Cedar'];
const CLIENT_KINDS = ['Recovery', 'Medical Billing', 'Credit Union', 'Utilities', 'Finance', 'Collections, Inc.'];

/** mulberry32: small, fast, and the same sequence on every platform. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function phone(random: Random): string {
  const area = pick(random, AREA_CODES);
  const line = String(Math.floor(random() * 10_000)).padStart(4, '0');
  switch (Math.floor(random() * 5)) {
    case 0: return `(${area}) 555-${line}`;
    case 1: return `${area}-555-${line}`;
    case 2: return `+1 ${area} 555 ${line}`;
    case 3: return `${area}.555.${line} x${1 + Math.floor(random() * 99)}`;
    default: return `${area}555${line}`;
  }
}

function clientName(index: number): string {
  return `${CLIENT_WORDS[index % CLIENT_WORDS.length]} ${CLIENT_KINDS[Math.floor(index / CLIENT_WORDS.length) % CLIENT_KINDS.length]} ${index + 1}`;
}

/** Row `index` of the file, without its line end. File numbers rise by 1–7 so they are unique. */
function row(random: Random, index: number, fileNumber: number): string {
  const client = Math.floor(random() * CLIENTS);
  const name = `${pick(random, FIRST)} ${pick(random, LAST)}${pick(random, SUFFIXES)}`;
  return [String(fileNumber), String(1000 + client), clientName(client), name, phone(random), phone(random), phone(random)]
    .map(quote)
    .join(',');
}

export async function writeDebtorsCsv(count: number, outPath: string, seed = 1): Promise<{ bytes: number; phones: number }> {
  const random = createRandom(seed);
  const out = createWriteStream(outPath);
  let chunk = `${CSV_HEADER}\r\n`;
  let fileNumber = 10_000_000;
  for (let index = 0; index < count; index += 1) {
    fileNumber += 1 + Math.floor(random() * 7);
    chunk += `${row(random, index, fileNumber)}\r\n`;
    if (chunk.length > 65_536) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return { bytes: out.bytesWritten, phones: count * PHONES_PER_DEBTOR };
}

if (import.meta.main) {
  const [countText, outPath, seedText] = process.argv.slice(2);
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 0 || outPath === undefined) {
    process.stderr.write('Usage: node bench/generate-debtors-csv.ts COUNT OUT.csv [SEED]\n');
    process.exit(2);
  }
  const written = await writeDebtorsCsv(count, outPath, seedText === undefined ? 1 : Number(seedText));
  process.stdout.write(`wrote ${count} debtors with ${written.phones} phones to ${outPath} (${written.bytes} bytes)\n`);
}
