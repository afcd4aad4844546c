import { EXAMPLE_HEADER } from '../../logic/import-view.ts';

/** The file format in a few lines; `softphone import --help` has the full description. */
export function CsvFormatHelp() {
  return (
    <div className="csv-format">
      <p className="help">
        A UTF-8 CSV file (in Excel: “CSV UTF-8”) whose first line names the columns: <code>file_number</code> and{' '}
        <code>client_number</code> (1 to 20 digits), <code>client_name</code> (may be blank for a client already in the
        database), <code>debtor_name</code>, and one or more phone columns named <code>phone</code> or{' '}
        <code>phone_&lt;label&gt;</code>. Every row needs at least one dialable phone; a value with a comma goes in double
        quotes. Importing a file again updates the debtors whose file number is already there.
      </p>
      <p className="help">
        Example header: <code className="example-header">{EXAMPLE_HEADER}</code>
      </p>
    </div>
  );
}
