import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * Prepares each SQL text once per connection. For the statements of the dial path (operator, allow-list,
 * dial-log row), preparing on every call cost more than sending the datagram itself (measured by
 * bench/dial-service-bench.ts).
 */
export function createStatementCache(db: DatabaseSync): (sql: string) => StatementSync {
  const statements = new Map<string, StatementSync>();
  return (sql) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
