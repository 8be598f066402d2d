// The only code that reads and writes .xlsx files: ExcelJS ↔ the engine's Grid.
import fs from "fs";
import ExcelJS from "exceljs";
import { CLI } from "../messages";
import { Grid, parseRange, type CellEntry, type CellValue, type CellWrite } from "../workbook";

export class InputError extends Error {}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Refuses what ExcelJS cannot read, with a message that says why, before trying. */
export function assertReadable(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(CLI.notFound(file));
  }
  if (stat.isDirectory()) throw new InputError(CLI.isDirectory(file));
  if (stat.size === 0) throw new InputError(CLI.empty(file));
  const head = Buffer.alloc(4);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.equals(OLE_MAGIC)) throw new InputError(CLI.encryptedOrXls(file));
  if (!head.equals(ZIP_MAGIC)) throw new InputError(CLI.notXlsx(file));
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  assertReadable(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    throw new InputError(CLI.corrupt(file, err instanceof Error ? err.message : String(err)));
  }
  return wb;
}

function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return `${v.getUTCFullYear()}年${v.getUTCMonth() + 1}月${v.getUTCDate()}日`;
  if (typeof v === "object") {
    if ("result" in v) return plainValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("formula" in v || "sharedFormula" in v) return null;
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return (v as ExcelJS.CellErrorValue).error;
  }
  return String(v);
}

function formulaOf(v: ExcelJS.CellValue): string | undefined {
  if (v && typeof v === "object" && "formula" in v) return (v as ExcelJS.CellFormulaValue).formula;
  return undefined;
}

/** One worksheet as a Grid: values (cached results of formulas), number formats, merged areas. */
export function gridOfWorksheet(ws: ExcelJS.Worksheet): Grid {
  const entries: CellEntry[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = plainValue(cell.value);
      const format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
      if (value === null && !format) return;
      entries.push({ row: Number(cell.row) - 1, col: Number(cell.col) - 1, value, format, formula: formulaOf(cell.value) });
    });
  });
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(parseRange);
  return new Grid(entries, merges, ws.name);
}

/** Writes values into a loaded workbook; a format is set only where the cell had none. */
export function applyWrites(ws: ExcelJS.Worksheet, writes: CellWrite[]): void {
  for (const w of writes) {
    const cell = ws.getCell(w.cell);
    cell.value = w.value as ExcelJS.CellValue;
    if (w.format && (!cell.numFmt || cell.numFmt === "General")) cell.numFmt = w.format;
  }
}

export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await wb.xlsx.writeFile(file);
}
