import { describe, expect, it } from 'vitest';
import { CsvStructureError, MAX_RECORD_CHARS, readCsvRecords, type CsvRecord } from '../../../src/main/import/csv-records.ts';
import { tempDir } from '../store/temp-store.ts';
import { csvFile } from './import-fixtures.ts';

async function records(text: string | Buffer): Promise<CsvRecord[]> {
  const reader = readCsvRecords(csvFile(tempDir(), text));
  const all: CsvRecord[] = [];
  try {
    for await (const record of reader.records) all.push(record);
  } finally {
    reader.close();
  }
  return all;
}

describe('readCsvRecords', () => {
  it('numbers each record by the physical line it starts on, whatever the line ends', async () => {
    const text = 'h1,h2\n"a\r\nb",1\r\n\r\n"c\rd\ne",2\rlast,3';
    expect(await records(text)).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 2, cells: ['a\r\nb', '1'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['c\rd\ne', '2'] },
      { line: 8, cells: ['last', '3'] },
    ]);
  });

  it('skips a byte-order mark, reads UTF-8, and keeps doubled quotes and commas inside quotes', async () => {
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name,x\n"Zoë ""Z"", Lefèvre",José\n', 'utf8')]);
    expect(await records(text)).toEqual([
      { line: 1, cells: ['name', 'x'] },
      { line: 2, cells: ['Zoë "Z", Lefèvre', 'José'] },
    ]);
  });

  it('keeps a stray quote inside an unquoted value as text, and rows of any length', async () => {
    expect(await records('a,b\nSean O"Brien,1,extra\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['Sean O"Brien', '1', 'extra'] },
    ]);
  });

  it('throws CsvStructureError at the line of a quote that is never closed', async () => {
    const failure = records('a,b\n1,2\n3,"open\n4,5\n');
    await expect(failure).rejects.toThrow(CsvStructureError);
    await expect(failure).rejects.toMatchObject({
      line: 3,
      message: 'a quoted value starts on this line and is never closed (the file ends inside the quotes)',
    });
  });

  it('throws CsvStructureError for a row longer than MAX_RECORD_CHARS', async () => {
    const failure = records(`a,b\n1,2\n"${'x'.repeat(MAX_RECORD_CHARS + 10)}",3\n`);
    await expect(failure).rejects.toMatchObject({
      line: 3,
      message: `the row is longer than ${MAX_RECORD_CHARS} characters; a quote is probably left open`,
    });
  });
});
