import { createReadStream } from 'node:fs';
import { CsvError, parse } from 'csv-parse';

/** One CSV record and the physical line it starts on (the header is line 1). */
export type CsvRecord = { readonly line: number; readonly cells: string[] };

/** The file's CSV structure breaks at `line` (an unclosed quote, say): no row after it can be trusted. */
export class CsvStructureError extends Error {
  override name = 'CsvStructureError';
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/** A row longer than this is not a debtor: most likely a quote left open that swallows the file. */
export const MAX_RECORD_CHARS = 65_536;

/** A line break as a file may spell it. */
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Line breaks inside a record (in quoted values). csv-parse's `raw` holds the record and only the
 * first character of its delimiter, so that character is left out; its own `info.lines` counts a
 * quoted CRLF as two lines, which is why lines are counted here.
 */
function breaksInside(raw: string): number {
  const last = raw.at(-1);
  const body = last === '\n' || last === '\r' ? raw.slice(0, -1) : raw;
  return body.match(LINE_BREAK)?.length ?? 0;
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value starts on this line and is never closed (the file ends inside the quotes)';
    case 'CSV_MAX_RECORD_SIZE':
      return `the row is longer than ${MAX_RECORD_CHARS} characters; a quote is probably left open`;
    default:
      return `the CSV cannot be read here: ${error.message}`;
  }
}

export type CsvReader = {
  readonly records: AsyncIterable<CsvRecord>;
  /** Bytes of the file read so far. */
  bytesRead(): number;
  /** Stops reading and releases the file. */
  close(): void;
};

/**
 * Streams the records of a UTF-8 CSV file (a BOM is skipped) without holding the file in memory.
 * Records are arrays of cells; quoted cells may hold commas, quotes ("") and line breaks; CRLF, LF
 * and CR line ends are all accepted. Throws CsvStructureError when the quoting is broken.
 */
export function readCsvRecords(path: string): CsvReader {
  const file = createReadStream(path);
  const parser = parse({
    bom: true,
    raw: true,
    relax_column_count: true,
    // A stray quote inside an unquoted value (O"Brien) is kept as text; the row checks judge the value.
    relax_quotes: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_CHARS,
  });
  file.on('error', (error) => parser.destroy(error));
  file.pipe(parser);
  let nextLine = 1;

  async function* records(): AsyncGenerator<CsvRecord> {
    try {
      for await (const item of parser as AsyncIterable<{ record: string[]; raw: string }>) {
        const line = nextLine;
        nextLine += breaksInside(item.raw) + 1;
        yield { line, cells: item.record };
      }
    } catch (error) {
      if (error instanceof CsvError) throw new CsvStructureError(nextLine, describeCsvError(error));
      throw error;
    }
  }

  return {
    records: records(),
    bytesRead: () => file.bytesRead,
    close() {
      file.destroy();
      parser.destroy();
    },
  };
}
