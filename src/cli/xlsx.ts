// The only code that reads and writes .xlsx files: ExcelJS ↔ the engine's Grid.
import fs from "fs";
import ExcelJS from "exceljs";
import { CLI, fmt } from "../messages";
import { Grid, parseRange, type Area, type CellEntry, type CellValue, type CellWrite } from "../workbook";

export class InputError extends Error {}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Reads a file ExcelJS can open, or says in Chinese why it cannot, before ExcelJS tries. */
async function readXlsxBytes(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new InputError(CLI.isDirectory(file));
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError(CLI.notFound(file));
    throw new InputError(CLI.corrupt(file, code ?? String(err)));
  }
  if (bytes.length === 0) throw new InputError(CLI.empty(file));
  const head = bytes.subarray(0, 4);
  if (head.equals(OLE_MAGIC)) throw new InputError(CLI.encryptedOrXls(file));
  if (!head.equals(ZIP_MAGIC)) throw new InputError(CLI.notXlsx(file));
  return bytes;
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await readXlsxBytes(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new InputError(CLI.corrupt(file, err instanceof Error ? err.message : String(err)));
  }
  return wb;
}

/** A cell's value, error value, and whether it is a formula the file kept no result for. */
function readValue(v: ExcelJS.CellValue): { value: CellValue; error?: string; uncomputed?: boolean } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: fmt.date(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) };
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return { value: null, uncomputed: true };
      return readValue(result as ExcelJS.CellValue);
    }
    if ("richText" in v) return { value: (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("") };
    if ("text" in v) return { value: String((v as ExcelJS.CellHyperlinkValue).text) };
    if ("error" in v) return { value: null, error: String((v as ExcelJS.CellErrorValue).error) };
  }
  return { value: String(v) };
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The worksheet's merged areas. ExcelJS keeps them in `_merges`; `ws.model` would also give them
 * but builds a model of every cell to do so, which costs more than reading the whole sheet.
 */
function mergesOf(ws: ExcelJS.Worksheet): Area[] {
  const own = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges;
  if (own) return Object.values(own).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  return ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(parseRange);
}

/** One worksheet as a Grid: values (cached results of formulas), number formats, merged areas. */
export function gridOfWorksheet(ws: ExcelJS.Worksheet): Grid {
  const entries: CellEntry[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const raw = cell.value;
      const read = readValue(raw);
      if (read.value === null && !read.error && !read.uncomputed) return;
      // Only a number's format changes what it means (0.97 shown as 97%); a formula's may, once computed.
      const numFmt = typeof read.value === "number" || read.uncomputed ? cell.numFmt : undefined;
      const format = numFmt && numFmt !== "General" ? numFmt : undefined;
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      entries.push({ row: Number(cell.row) - 1, col: Number(cell.col) - 1, ...read, format, ...(formula ? { formula } : {}) });
    });
  });
  return new Grid(entries, mergesOf(ws), ws.name);
}

/** Writes values into a loaded workbook; a format is set only where the cell had none. */
export function applyWrites(ws: ExcelJS.Worksheet, writes: CellWrite[]): void {
  for (const w of writes) {
    const cell = ws.getCell(w.cell);
    cell.value = w.formula
      ? ({ formula: w.formula, result: w.value ?? undefined } as ExcelJS.CellFormulaValue)
      : (w.value as ExcelJS.CellValue);
    if (w.format && (!cell.numFmt || cell.numFmt === "General")) cell.numFmt = w.format;
  }
}

export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await wb.xlsx.writeFile(file);
}
