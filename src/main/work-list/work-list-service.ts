import type { DebtorPage, WorkListView } from '../../shared/ipc-contract.ts';
import type { WorkListFile } from './work-list-file.ts';
import { UserError } from '../errors.ts';

export type WorkListServiceDeps = {
  readonly file: WorkListFile;
  readonly search: (query: string, offset: number, limit: number) => Promise<DebtorPage>;
};

export type WorkListService = {
  /** The operator's work list where it stands, or null when none is running. */
  current(operatorId: number): Promise<WorkListView | null>;
  /** Starts a work list on the search result for `query`, at its first debtor. */
  start(operatorId: number, query: string): Promise<WorkListView>;
  /** Moves to position `index` (kept within the result; the result's length means "done"). */
  moveTo(operatorId: number, index: number): Promise<WorkListView>;
  stop(operatorId: number): Promise<null>;
};

/**
 * Preview dialing by a person: the work list walks a search result one debtor at a time and only shows
 * who is next. It never dials: every call is a key press on the desk. The result is searched again at
 * each step, so debtors imported or removed meanwhile are seen as they are now.
 */
export function createWorkListService({ file, search }: WorkListServiceDeps): WorkListService {
  async function at(operatorId: number, query: string, index: number): Promise<WorkListView> {
    const page = await search(query, index, 1);
    // The result may have shrunk since the position was saved: past its end is "done", not an error.
    const position = Math.min(index, page.total);
    await file.put(operatorId, { query, index: position });
    return { query, index: position, total: page.total, debtor: position < page.total ? (page.rows[0] ?? null) : null };
  }
  return {
    async current(operatorId) {
      const saved = await file.get(operatorId);
      return saved === null ? null : at(operatorId, saved.query, saved.index);
    },
    start: (operatorId, query) => at(operatorId, query, 0),
    async moveTo(operatorId, index) {
      const saved = await file.get(operatorId);
      if (saved === null) throw new UserError(NO_WORK_LIST);
      return at(operatorId, saved.query, index);
    },
    async stop(operatorId) {
      await file.put(operatorId, null);
      return null;
    },
  };
}

export const NO_WORK_LIST = 'No work list is running: start one on a search result first.';
