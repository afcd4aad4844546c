/** What `softphone import --help` prints: the usage and the CSV format it reads. */
export const IMPORT_USAGE = 'softphone import FILE --db PATH|URL';

export const IMPORT_HELP = `Usage: ${IMPORT_USAGE}

Imports the debtors of a CSV file into the app's database, all in one transaction. Rows that
cannot be imported are listed with their line number and the reason; the other rows go in.
Importing a file again updates the debtors it names (by file number) instead of adding them twice.

Options:
  --db PATH    the app's user-data folder (the one holding softphone.db), or that softphone.db
               file; a folder without one gets a new, empty database. Or a call floor's
               PostgreSQL database: postgres://user:password@host:5432/database
  -h, --help   show this help

The file: UTF-8 (a byte-order mark is fine; Excel's plain "CSV" is not UTF-8, choose "CSV UTF-8"),
comma-separated, first line the header. Header names ignore case; their order is free; columns
with other names are ignored (and listed).
  file_number     the debtor's file number, 1 to 20 digits, once per file (required)
  client_number   the client's number, 1 to 20 digits (required)
  client_name     the client's name; may be blank when the client is already in the database
                  or named on an earlier row (then the stored name is kept)
  debtor_name     the debtor's name (required)
  phone_<label>   one or more phone columns: phone_home, phone_work, phone_mobile ... give the
                  labels Home, Work, Mobile; a column named just "phone" gives Phone. A blank cell
                  is no phone; each filled one must be a dialable number (3 to 20 digits after
                  spaces, - . ( ) / are removed; letters count as keypad digits only after at
                  least 3 digits, as in 1-800-FLOWERS, so "unknown" or "NULL" is refused; x12 /
                  ext 12 is kept as an extension). Every row needs at least one phone.
A value holding a comma, a double quote or a line break goes in double quotes, with each quote
inside doubled: "Ellis, Morgan ""Mo""". Blank lines are skipped.

Example:
  file_number,client_number,client_name,debtor_name,phone_home,phone_work
  4585,24,Northwind Recovery,Morgan Ellis,716-698-3877,
  12345678,1234,Comtech Sample Client,"Sample, Pat",555-123-7777,(555) 123-7000 x12

Progress goes to stderr; the summary and the rows that were not imported to stdout.
Exit status: 0 imported (even when some rows were listed as not imported), 1 no row could
be imported (every row is listed with its problem), the file or the database could not be read
or written, or the import was stopped (Ctrl-C): nothing was imported, 2 the file was refused as a whole (a required column is missing, a quote is never
closed) or the command line is wrong: nothing was imported.
`;
