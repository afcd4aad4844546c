/*
 * A dial-log row, as either backend returns it, mapped to the entry the window sees. One mapping, so the
 * two stores cannot drift apart in what they accept from their tables.
 */
import { callOutcome, type CallOutcomeId } from '../../shared/call-outcomes.ts';
import type { DialLogEntry, DialMethod, DialStatus } from '../../shared/ipc-contract.ts';
import { UserError } from '../errors.ts';
import { readInt, readText, readTextOrNull, type Row } from './row-values.ts';

const METHODS: readonly DialMethod[] = ['udp', 'uri'];
const STATUSES: readonly DialStatus[] = ['sent', 'failed', 'blocked'];

function readMethod(row: Row): DialMethod | null {
  const value = readTextOrNull(row, 'method');
  const method = METHODS.find((m) => m === value);
  if (value !== null && method === undefined) throw new UserError(`The dial log holds an unknown method "${value}".`);
  return method ?? null;
}

export function readStatus(row: Row): DialStatus {
  const value = readText(row, 'result');
  const status = STATUSES.find((s) => s === value);
  if (status === undefined) throw new UserError(`The dial log holds an unknown result "${value}".`);
  return status;
}

export function readOutcome(row: Row): CallOutcomeId | null {
  const value = readTextOrNull(row, 'outcome');
  if (value === null) return null;
  const outcome = callOutcome(value);
  if (outcome === null) throw new UserError(`The dial log holds an unknown call outcome "${value}".`);
  return outcome.id;
}

/** SQLite keeps 0/1, PostgreSQL a boolean; no outcome row yet means no consent. */
export function readConsent(row: Row): boolean {
  const value = row['consent'];
  return value === true || value === 1 || value === 1n;
}

export function toDialLogEntry(row: Row): DialLogEntry {
  return {
    id: readInt(row, 'id'),
    at: readText(row, 'at'),
    operatorName: readText(row, 'operator_name'),
    number: readText(row, 'number'),
    method: readMethod(row),
    target: readTextOrNull(row, 'target'),
    payload: readTextOrNull(row, 'payload'),
    result: readStatus(row),
    reason: readTextOrNull(row, 'reason'),
    key: readText(row, 'key'),
    outcome: readOutcome(row),
    note: readTextOrNull(row, 'note'),
    outcomeAt: readTextOrNull(row, 'outcome_at'),
    consent: readConsent(row),
    fileNumber: readTextOrNull(row, 'file_number'),
    debtorName: readTextOrNull(row, 'debtor_name'),
    clientNumber: readTextOrNull(row, 'client_number'),
    clientName: readTextOrNull(row, 'client_name'),
    testOf: readTextOrNull(row, 'test_of'),
  };
}

export function checkPage(offset: number, limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) throw new UserError(`A dial log limit must be a whole number of at least 1, not ${limit}.`);
  if (!Number.isInteger(offset) || offset < 0) throw new UserError(`A dial log offset must be a whole number of at least 0, not ${offset}.`);
}
