/**
 * Damages a real, closed softphone.db the way a failing disk or a crash mid-write can: bytes of one
 * b-tree page edited in place, so its pages stay well-formed (quick_check passes) but an index no
 * longer matches its table, or a table row breaks its own UNIQUE rule.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

function leafPages(path: string, btree: string): { pageSize: number; pages: number[] } {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const pageSize = Number(db.prepare('PRAGMA page_size').get()?.['page_size']);
    const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'").all(btree).map((row) => Number(row['pageno']));
    return { pageSize, pages };
  } finally {
    db.close();
  }
}

/** Overwrites the first `find` in a leaf page of b-tree `btree` (a table or index name) with `replace`, same length. */
export function editLeafBytes(path: string, btree: string, find: string, replace: string): void {
  if (Buffer.byteLength(find) !== Buffer.byteLength(replace)) throw new Error('find and replace must have the same length');
  const { pageSize, pages } = leafPages(path, btree);
  const bytes = readFileSync(path);
  for (const page of pages) {
    const content = bytes.subarray((page - 1) * pageSize, page * pageSize);
    const at = content.indexOf(find);
    if (at === -1) continue;
    content.write(replace, at);
    writeFileSync(path, bytes);
    return;
  }
  throw new Error(`"${find}" is not in a leaf page of ${btree}`);
}

export function pragmaText(path: string, pragma: 'quick_check' | 'integrity_check'): string[] {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return db.prepare(`PRAGMA ${pragma}`).all().map((row) => String(row[pragma]));
  } finally {
    db.close();
  }
}
