import { describe, expect, it } from 'vitest';
import { clampCell, entryCell, moveCell, nextDebtorCell, PAGE_ROWS, type GridShape } from '../../../../src/renderer/src/logic/grid-keys.ts';

// Three debtors: two phones, one phone, three phones.
const phones = [2, 1, 3];
const shape: GridShape = { rowCount: phones.length, colsIn: (row) => 1 + (phones[row] ?? 0) };

describe('moveCell', () => {
  it('moves down and up between debtors, keeping the column where the next debtor has it', () => {
    expect(moveCell({ row: 0, col: 2 }, { key: 'ArrowDown' }, shape)).toEqual({ row: 1, col: 1 });
    expect(moveCell({ row: 1, col: 1 }, { key: 'ArrowDown' }, shape)).toEqual({ row: 2, col: 1 });
    expect(moveCell({ row: 2, col: 1 }, { key: 'ArrowDown' }, shape)).toEqual({ row: 2, col: 1 });
    expect(moveCell({ row: 0, col: 1 }, { key: 'ArrowUp' }, shape)).toEqual({ row: 0, col: 1 });
  });

  it('moves right through a debtor\'s phones and stops at the last; left back to the debtor', () => {
    expect(moveCell({ row: 2, col: 0 }, { key: 'ArrowRight' }, shape)).toEqual({ row: 2, col: 1 });
    expect(moveCell({ row: 2, col: 3 }, { key: 'ArrowRight' }, shape)).toEqual({ row: 2, col: 3 });
    expect(moveCell({ row: 2, col: 1 }, { key: 'ArrowLeft' }, shape)).toEqual({ row: 2, col: 0 });
    expect(moveCell({ row: 2, col: 0 }, { key: 'ArrowLeft' }, shape)).toEqual({ row: 2, col: 0 });
  });

  it('Home and End go to the row\'s ends; with Ctrl to the first and last debtor', () => {
    expect(moveCell({ row: 2, col: 2 }, { key: 'Home' }, shape)).toEqual({ row: 2, col: 0 });
    expect(moveCell({ row: 2, col: 0 }, { key: 'End' }, shape)).toEqual({ row: 2, col: 3 });
    expect(moveCell({ row: 2, col: 2 }, { key: 'Home', ctrlKey: true }, shape)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, { key: 'End', ctrlKey: true }, shape)).toEqual({ row: 2, col: 3 });
  });

  it('pages by PAGE_ROWS rows, clamped to the list', () => {
    const long: GridShape = { rowCount: 25, colsIn: () => 2 };
    expect(moveCell({ row: 0, col: 1 }, { key: 'PageDown' }, long)).toEqual({ row: PAGE_ROWS, col: 1 });
    expect(moveCell({ row: 20, col: 1 }, { key: 'PageDown' }, long)).toEqual({ row: 24, col: 1 });
    expect(moveCell({ row: 5, col: 1 }, { key: 'PageUp' }, long)).toEqual({ row: 0, col: 1 });
  });

  it('ignores other keys and an empty grid', () => {
    expect(moveCell({ row: 0, col: 0 }, { key: 'a' }, shape)).toBeNull();
    expect(moveCell({ row: 0, col: 0 }, { key: 'Enter' }, shape)).toBeNull();
    expect(moveCell({ row: 0, col: 0 }, { key: 'ArrowDown' }, { rowCount: 0, colsIn: () => 1 })).toBeNull();
  });
});

describe('clampCell and entryCell', () => {
  it('keeps a cell inside a shorter result', () => {
    expect(clampCell({ row: 7, col: 3 }, shape)).toEqual({ row: 2, col: 3 });
    expect(clampCell({ row: 1, col: 3 }, shape)).toEqual({ row: 1, col: 1 });
    expect(clampCell({ row: 4, col: 4 }, { rowCount: 0, colsIn: () => 1 })).toEqual({ row: 0, col: 0 });
  });

  it('enters on the first phone of the first debtor, or the debtor when it has none', () => {
    expect(entryCell(shape)).toEqual({ row: 0, col: 1 });
    expect(entryCell({ rowCount: 1, colsIn: () => 1 })).toEqual({ row: 0, col: 0 });
  });
});

describe('nextDebtorCell (N)', () => {
  const shape = { rowCount: 3, colsIn: (row: number) => [3, 1, 2][row] ?? 1 };
  it('goes to the next debtor\'s first phone, or the debtor when they have none', () => {
    expect(nextDebtorCell({ row: 0, col: 2 }, shape)).toEqual({ row: 1, col: 0 });
    expect(nextDebtorCell({ row: 1, col: 0 }, shape)).toEqual({ row: 2, col: 1 });
  });
  it('stays on the last debtor and does nothing in an empty grid', () => {
    expect(nextDebtorCell({ row: 2, col: 1 }, shape)).toEqual({ row: 2, col: 1 });
    expect(nextDebtorCell({ row: 0, col: 0 }, { rowCount: 0, colsIn: () => 1 })).toBeNull();
  });
});
