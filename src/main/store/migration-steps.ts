/**
 * The schema's history, oldest first. Step N takes a database from user_version N-1 to N. Never edit
 * a step that has shipped: add a new one, so every existing database can be brought up to date.
 */
export type MigrationStep = { readonly description: string; readonly sql: string };

const BASE_TABLES = `
CREATE TABLE operators (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL COLLATE NOCASE UNIQUE,
  name TEXT NOT NULL,
  use_softphone INTEGER NOT NULL DEFAULT 0 CHECK (use_softphone IN (0, 1)),
  note2 TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX operators_by_name ON operators (name COLLATE NOCASE);

CREATE TABLE clients (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL COLLATE NOCASE UNIQUE,
  name TEXT NOT NULL
);

CREATE TABLE debtors (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  file_number TEXT NOT NULL COLLATE NOCASE UNIQUE,
  name TEXT NOT NULL
);
CREATE INDEX debtors_by_client ON debtors (client_id);
-- Serves the empty search (all debtors by name, then file number) without sorting.
CREATE INDEX debtors_by_name ON debtors (name COLLATE NOCASE, file_number);

CREATE TABLE phones (
  id INTEGER PRIMARY KEY,
  debtor_id INTEGER NOT NULL REFERENCES debtors (id) ON DELETE CASCADE,
  label TEXT NOT NULL DEFAULT '',
  number TEXT NOT NULL,
  digits TEXT NOT NULL
);
CREATE INDEX phones_by_debtor ON phones (debtor_id, id);

CREATE TABLE dial_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  operator_id INTEGER REFERENCES operators (id) ON DELETE SET NULL,
  operator_name TEXT NOT NULL,
  number TEXT NOT NULL,
  method TEXT CHECK (method IN ('udp', 'uri')),
  target TEXT,
  payload TEXT,
  result TEXT NOT NULL CHECK (result IN ('sent', 'failed', 'blocked')),
  reason TEXT
);
CREATE INDEX dial_log_by_operator ON dial_log (operator_id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
);
`;

/*
 * Full-text indexes so search stays index-served at 100,000 debtors / 300,000 phones:
 * - debtor_name_words (unicode61): word-prefix matches of any length ("an" finds "Anna", "Anders");
 * - debtor_name_grams (trigram): substring matches of 3+ characters ("mit" finds "Smith");
 * - phone_digit_grams (trigram): 3+ digit substrings of phones.digits.
 * They are external-content tables over debtors/phones, kept in step by the triggers below.
 */
const SEARCH_INDEXES = `
CREATE VIRTUAL TABLE debtor_name_words USING fts5(
  name, content='debtors', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE VIRTUAL TABLE debtor_name_grams USING fts5(
  name, content='debtors', content_rowid='id', tokenize='trigram remove_diacritics 1'
);
CREATE VIRTUAL TABLE phone_digit_grams USING fts5(
  digits, content='phones', content_rowid='id', tokenize='trigram'
);

CREATE TRIGGER debtors_search_insert AFTER INSERT ON debtors BEGIN
  INSERT INTO debtor_name_words (rowid, name) VALUES (new.id, new.name);
  INSERT INTO debtor_name_grams (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER debtors_search_delete AFTER DELETE ON debtors BEGIN
  INSERT INTO debtor_name_words (debtor_name_words, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO debtor_name_grams (debtor_name_grams, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER debtors_search_update AFTER UPDATE OF id, name ON debtors BEGIN
  INSERT INTO debtor_name_words (debtor_name_words, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO debtor_name_grams (debtor_name_grams, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO debtor_name_words (rowid, name) VALUES (new.id, new.name);
  INSERT INTO debtor_name_grams (rowid, name) VALUES (new.id, new.name);
END;

CREATE TRIGGER phones_search_insert AFTER INSERT ON phones BEGIN
  INSERT INTO phone_digit_grams (rowid, digits) VALUES (new.id, new.digits);
END;
CREATE TRIGGER phones_search_delete AFTER DELETE ON phones BEGIN
  INSERT INTO phone_digit_grams (phone_digit_grams, rowid, digits) VALUES ('delete', old.id, old.digits);
END;
CREATE TRIGGER phones_search_update AFTER UPDATE OF id, digits ON phones BEGIN
  INSERT INTO phone_digit_grams (phone_digit_grams, rowid, digits) VALUES ('delete', old.id, old.digits);
  INSERT INTO phone_digit_grams (rowid, digits) VALUES (new.id, new.digits);
END;

-- Index the rows a version-1 database already holds.
INSERT INTO debtor_name_words (debtor_name_words) VALUES ('rebuild');
INSERT INTO debtor_name_grams (debtor_name_grams) VALUES ('rebuild');
INSERT INTO phone_digit_grams (phone_digit_grams) VALUES ('rebuild');
`;

/*
 * Sign-in and the audit trail. Existing operators become plain operators without a password: they
 * cannot sign in until an administrator sets one, and the first-run setup creates that administrator.
 * audit_log.operator_id is NULL for a change to an app-wide setting (the scheme allow-list); actor_name
 * is copied so the trail still reads right after the actor is renamed. Operators are deactivated, never
 * deleted, so the trail's references have no ON DELETE action: deleting an audited operator fails.
 */
const OPERATOR_ACCOUNTS = `
ALTER TABLE operators ADD COLUMN role TEXT NOT NULL DEFAULT 'operator' CHECK (role IN ('admin', 'operator'));
ALTER TABLE operators ADD COLUMN password_hash TEXT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_id INTEGER REFERENCES operators (id),
  actor_name TEXT NOT NULL,
  operator_id INTEGER REFERENCES operators (id),
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX audit_log_by_operator ON audit_log (operator_id, id);
`;

/*
 * Each dial-log row gets the key its dial was made with, so a row the outbox retries (its first write's
 * commit unconfirmed) is stored once. Rows from before have no dial key: they get one from their id.
 */
const DIAL_LOG_KEYS = `
ALTER TABLE dial_log ADD COLUMN key TEXT;
UPDATE dial_log SET key = 'logged-before-keys-' || id;
CREATE UNIQUE INDEX dial_log_by_key ON dial_log (key);
`;

/** The sign-in lockout, kept across restarts. locked_until and updated_at: milliseconds since the epoch. */
const SIGN_IN_FAILURES = `
CREATE TABLE sign_in_failures (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL CHECK (failures >= 0),
  locked_until INTEGER,
  updated_at INTEGER NOT NULL
);
`;

/*
 * What became of a dial (issue 11), as the PostgreSQL floor keeps it: a row per report keyed by the
 * dial's key, so the dial log itself is never updated and a later report is a new row (the newest wins).
 */
const DIAL_OUTCOMES = `
CREATE TABLE dial_outcomes (
  id INTEGER PRIMARY KEY,
  dial_key TEXT NOT NULL REFERENCES dial_log (key),
  at TEXT NOT NULL,
  outcome TEXT NOT NULL,
  note TEXT
);
CREATE INDEX dial_outcomes_by_key ON dial_outcomes (dial_key, id);
`;

/*
 * What the call guard (issue 12) reads: the debtor's address (an IANA zone name, a state, a ZIP code), the
 * do-not-call marks on a debtor and on one phone (when and by whom: the mark is kept with its date), and the
 * file number on each dial so the calls to one debtor file can be counted (index-served, newest last).
 */
const CALL_GUARD_DATA = `
ALTER TABLE debtors ADD COLUMN timezone TEXT;
ALTER TABLE debtors ADD COLUMN state TEXT;
ALTER TABLE debtors ADD COLUMN zip TEXT;
ALTER TABLE debtors ADD COLUMN do_not_call_at TEXT;
ALTER TABLE debtors ADD COLUMN do_not_call_by TEXT;
ALTER TABLE phones ADD COLUMN do_not_call_at TEXT;
ALTER TABLE phones ADD COLUMN do_not_call_by TEXT;
ALTER TABLE dial_log ADD COLUMN file_number TEXT;
CREATE INDEX dial_log_by_file ON dial_log (file_number, at);
`;

/** A test dial is logged as the sender's, marked with whose settings it tried (null: a real call). */
const TEST_DIALS = `
ALTER TABLE dial_log ADD COLUMN test_of TEXT;
`;

/** A call the debtor asked for (prior consent, 12 CFR 1006.14(b)(3)(i)) does not count toward 7 in 7. */
const CALL_CONSENT = `
ALTER TABLE dial_outcomes ADD COLUMN consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1));
`;

export const MIGRATION_STEPS: readonly MigrationStep[] = [
  { description: 'operators, clients, debtors, phones, dial log and settings', sql: BASE_TABLES },
  { description: 'full-text search indexes for debtor names and phone digits', sql: SEARCH_INDEXES },
  { description: 'operator roles and passwords, and the audit trail', sql: OPERATOR_ACCOUNTS },
  { description: 'a unique key on each dial-log row', sql: DIAL_LOG_KEYS },
  { description: 'sign-in lockout counts', sql: SIGN_IN_FAILURES },
  { description: 'call outcomes and notes on dials', sql: DIAL_OUTCOMES },
  { description: 'debtor addresses, do-not-call marks and the file number of each dial', sql: CALL_GUARD_DATA },
  { description: 'test dials marked with the operator whose settings they tried', sql: TEST_DIALS },
  { description: 'calls the debtor asked for, marked with the outcome', sql: CALL_CONSENT },
];
