// Grids from the readable example data in examples/data (the same data make-examples writes to .xlsx).
import path from "path";
import { Grid, parseRange, fromA1, type CellEntry, type CellValue } from "../../src/workbook";

export interface SheetData {
  name: string;
  cells: Record<string, CellValue>;
  merges: string[];
  formats?: Record<string, string>;
}

export interface WorkbookData {
  file: string;
  sheets: SheetData[];
}

export function loadExample(name: string): WorkbookData {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.resolve(__dirname, "../../examples/data", name));
}

export function gridOf(sheet: SheetData): Grid {
  const entries: CellEntry[] = Object.entries(sheet.cells).map(([a1, value]) => ({ ...fromA1(a1), value, format: sheet.formats?.[a1] }));
  for (const [a1, format] of Object.entries(sheet.formats ?? {})) {
    if (!(a1 in sheet.cells)) entries.push({ ...fromA1(a1), value: null, format });
  }
  return new Grid(entries, sheet.merges.map(parseRange), sheet.name);
}

/** A copy of a sheet with some cells changed (null clears), for negative tests. */
export function withCells(sheet: SheetData, changes: Record<string, CellValue>): SheetData {
  return { ...sheet, cells: { ...sheet.cells, ...changes } };
}
