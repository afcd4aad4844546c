/**
 * Arrow-key movement in the debtor grid: rows are debtors, column 0 is the debtor, columns 1… are its
 * phones. Pure: the list hands in how many rows there are and how many columns a row has.
 */
export type Cell = { readonly row: number; readonly col: number };

export type GridShape = {
  readonly rowCount: number;
  /** Columns of a row: 1 (the debtor) + its phones; a row not loaded yet counts as 1. */
  readonly colsIn: (row: number) => number;
};

/** Rows a Page Up / Page Down moves. */
export const PAGE_ROWS = 10;

export type GridKey = { readonly key: string; readonly ctrlKey?: boolean };

/** The cell a key moves to, or null when the key is not a grid movement (or the grid is empty). */
export function moveCell(cell: Cell, { key, ctrlKey = false }: GridKey, shape: GridShape): Cell | null {
  if (shape.rowCount === 0) return null;
  const at = clampCell(cell, shape);
  const inRow = (row: number, col: number): Cell => ({ row, col: Math.min(col, shape.colsIn(row) - 1) });
  const toRow = (row: number): Cell => inRow(Math.max(0, Math.min(shape.rowCount - 1, row)), at.col);
  switch (key) {
    case 'ArrowDown':
      return toRow(at.row + 1);
    case 'ArrowUp':
      return toRow(at.row - 1);
    case 'PageDown':
      return toRow(at.row + PAGE_ROWS);
    case 'PageUp':
      return toRow(at.row - PAGE_ROWS);
    case 'ArrowRight':
      return inRow(at.row, at.col + 1);
    case 'ArrowLeft':
      return { row: at.row, col: Math.max(0, at.col - 1) };
    case 'Home':
      return ctrlKey ? inRow(0, 0) : { row: at.row, col: 0 };
    case 'End':
      return ctrlKey ? inRow(shape.rowCount - 1, Number.MAX_SAFE_INTEGER) : inRow(at.row, Number.MAX_SAFE_INTEGER);
    default:
      return null;
  }
}

/** The cell kept inside the grid after the rows changed (a new search, a shorter result). */
export function clampCell(cell: Cell, shape: GridShape): Cell {
  if (shape.rowCount === 0) return { row: 0, col: 0 };
  const row = Math.max(0, Math.min(shape.rowCount - 1, cell.row));
  return { row, col: Math.max(0, Math.min(shape.colsIn(row) - 1, cell.col)) };
}

/** Where focus enters the results from the search box: the first debtor's first phone, ready for Enter. */
export function entryCell(shape: GridShape): Cell {
  return { row: 0, col: shape.rowCount > 0 && shape.colsIn(0) > 1 ? 1 : 0 };
}

/** `N`: the next debtor's first phone (or the debtor, when they have none); the last debtor stays put. */
export function nextDebtorCell(cell: Cell, shape: GridShape): Cell | null {
  if (shape.rowCount === 0) return null;
  const row = Math.min(shape.rowCount - 1, clampCell(cell, shape).row + 1);
  return { row, col: shape.colsIn(row) > 1 ? 1 : 0 };
}
