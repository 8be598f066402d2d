// Workbooks as a spreadsheet host holds them, for the strict fake Excel (fake-excel.js): each cell's
// stored value (dates as serial numbers with their format, error values, formulas with their results,
// text that reads like a number marked as text), built from example data or from a real file.
import * as XLSX from "@e965/xlsx";
import { completeFormulas, toA1, type CellValue, type Grid } from "../../src/workbook";
import { readWorkbook } from "../../src/io/read";
import { nodeFormulaEngine } from "../../src/formula/node";
import { wouldCoerce } from "../../src/hosts/cells";
import type { SheetData } from "./fixtures";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createFakeExcel } = require("./fake-excel");

export interface HostCell {
  v: CellValue | "";
  f?: string;
  formula?: string;
  text?: boolean;
  error?: string;
}

export interface HostSheet {
  name: string;
  cells: Record<string, HostCell>;
  merges: string[];
  protected?: boolean;
}

export interface FakeExcel {
  Excel: unknown;
  Office: unknown;
  state: {
    syncs: number;
    runs: Array<Record<string, unknown>>;
    selection: { sheet: string; cell: string } | null;
    active: number;
    editing: boolean;
    opened: string[];
    settings: Record<string, string>;
  };
  valueOf: (sheet: string, a1: string) => unknown;
  cellOf: (sheet: string, a1: string) => { value: unknown; formula: string | null; format: string; text: boolean };
}

/** A sheet of example data (values and formats) as the host holds it; text that reads like a number is text. */
export function hostSheet(sheet: SheetData, extra: Partial<HostSheet> = {}): HostSheet {
  const cells: Record<string, HostCell> = {};
  for (const [a1, v] of Object.entries(sheet.cells)) {
    const f = sheet.formats?.[a1];
    cells[a1] = { v: v ?? "", ...(f ? { f } : {}), ...(typeof v === "string" && wouldCoerce(v) ? { text: true } : {}) };
  }
  for (const [a1, f] of Object.entries(sheet.formats ?? {})) if (!(a1 in cells)) cells[a1] = { v: "", f };
  return { name: sheet.name, cells, merges: sheet.merges, ...extra };
}

/** Installs a fake Excel host holding the sheets as the globals Office.js code sees. */
export function installExcel(sheets: HostSheet[], options: Record<string, unknown> = {}, settings: Record<string, string> = {}): FakeExcel {
  const fake: FakeExcel = createFakeExcel({ sheets, settings }, { apiVersion: "1.20", ...options });
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = fake.Excel;
  g.Office = fake.Office;
  return fake;
}

const ERRORS: Record<number, string> = { 0: "#NULL!", 7: "#DIV/0!", 15: "#VALUE!", 23: "#REF!", 29: "#NAME?", 36: "#NUM!", 42: "#N/A" };

/**
 * A workbook file as Excel would hold it once opened: SheetJS's raw cells (serial dates, formats,
 * formulas, error values), with the results Excel would compute where the file kept none (from the
 * CLI's own formula engine), and text that reads like a number marked as text.
 */
export async function hostWorkbookOf(bytes: Uint8Array): Promise<{ sheets: HostSheet[]; grids: Grid[] }> {
  const read = readWorkbook(bytes);
  const grids = completeFormulas(read.grids, await nodeFormulaEngine());
  // SheetJS warns on the console about ODS formats it approximates; the reader proper keeps it quiet too.
  const warn = console.error;
  console.error = () => undefined;
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: "array",
      dense: true,
      cellFormula: true,
      cellNF: true,
      cellDates: false,
      sheetStubs: true,
      xlfn: true,
    });
  } finally {
    console.error = warn;
  }
  const sheets = grids.map((grid) => {
    const ws = book.Sheets[grid.name];
    const cells: Record<string, HostCell> = {};
    const rows = (ws?.["!data"] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
    rows.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c) return;
        const a1 = toA1(r, col);
        const formula = c.f ? `=${c.f.replace(/^=/, "")}` : undefined;
        const f = c.z && c.z !== "General" ? String(c.z) : undefined;
        const known = grid.cell(r, col);
        let cell: HostCell;
        if (c.t === "e") cell = { v: "", error: ERRORS[Number(c.v)] ?? String(c.w ?? "#VALUE!") };
        else if (c.t === "z" && formula) cell = known?.error ? { v: "", error: known.error } : { v: (known?.value as CellValue) ?? "" };
        else if (c.t === "z") cell = { v: "" };
        else if (c.t === "s") cell = { v: String(c.v ?? ""), ...(wouldCoerce(String(c.v ?? "")) ? { text: true } : {}) };
        else cell = { v: c.v as CellValue };
        if (f) cell.f = f;
        if (formula) cell.formula = formula;
        if (cell.v === "" && !cell.formula && !cell.error && !cell.f) return;
        cells[a1] = cell;
      }),
    );
    return { name: grid.name, cells, merges: grid.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`) };
  });
  return { sheets, grids };
}
