// Grids from the readable example data in examples/data (the same data make-examples writes to .xlsx).
import path from "path";
import {
  Grid,
  checkTables,
  parseRange,
  fromA1,
  toA1,
  type CellEntry,
  type CellValue,
  type CheckOptions,
  type SheetReport,
} from "../../src/workbook";

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

/**
 * One example workbook per layout (its readable data in examples/data): the golden, layout and corpus tests all
 * read this list, so a new layout's example is added here once.
 */
export const LAYOUT_EXAMPLES: Record<string, string> = {
  guangzhou: "guangzhou-panyu-2021.js",
  central: "central-weiquan-2022.js",
  sichuan: "sichuan-peixun-2023.js",
};

/** The department-wide example (a 部门整体支出绩效自评表). */
export const DEPARTMENT_EXAMPLE = "department-2022.js";

export function loadExample(name: string): WorkbookData {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.resolve(__dirname, "../../examples/data", name));
}

/** A grid where cells written { formula } are formulas the file kept no result for (as generators write them). */
export function gridOfFormulas(sheet: {
  name: string;
  cells: Record<string, unknown>;
  merges: string[];
  formats?: Record<string, string>;
}): Grid {
  const entries: CellEntry[] = Object.entries(sheet.cells).map(([a1, v]) => {
    const format = sheet.formats?.[a1];
    if (v && typeof v === "object" && "formula" in v)
      return { ...fromA1(a1), value: null, formula: String((v as { formula: string }).formula), uncomputed: true, format };
    return { ...fromA1(a1), value: v as CellValue, format };
  });
  return new Grid(entries, sheet.merges.map(parseRange), sheet.name);
}

export function gridOf(sheet: SheetData): Grid {
  const entries: CellEntry[] = Object.entries(sheet.cells).map(([a1, value]) => ({ ...fromA1(a1), value, format: sheet.formats?.[a1] }));
  for (const [a1, format] of Object.entries(sheet.formats ?? {})) {
    if (!(a1 in sheet.cells)) entries.push({ ...fromA1(a1), value: null, format });
  }
  return new Grid(entries, sheet.merges.map(parseRange), sheet.name);
}

/** A grid of the sheet with some cells replaced by error values or formulas (with or without a result). */
export function gridWithCells(sheet: SheetData, special: Record<string, Partial<Omit<CellEntry, "row" | "col">>>): Grid {
  const base = gridOf(sheet);
  const entries: CellEntry[] = [...base.entries()].filter((e) => !(toA1(e.row, e.col) in special));
  for (const [a1, cell] of Object.entries(special)) {
    const old = base.cell(fromA1(a1).row, fromA1(a1).col);
    entries.push({ ...fromA1(a1), value: null, format: old?.format, ...cell });
  }
  return new Grid(entries, sheet.merges.map(parseRange), sheet.name);
}

/** A copy of a sheet with some cells changed (null clears), for negative tests. */
export function withCells(sheet: SheetData, changes: Record<string, CellValue>): SheetData {
  return { ...sheet, cells: { ...sheet.cells, ...changes } };
}

/** The report of a sheet that holds exactly one table (or none): tests of single tables use this. */
export function checkOne(grid: Grid, options: CheckOptions = {}): SheetReport {
  const reports = checkTables(grid, options);
  if (reports.length !== 1) throw new Error(`expected one table on ${grid.name}, found ${reports.length}`);
  return reports[0];
}
