// A workbook that is not an .xlsx (.xls, .et, .ods, Excel 2003 XML, an HTML table) cannot be patched in
// its own format: its changes go into a new .xlsx written by SheetJS — values, formulas, number formats,
// merged areas and column widths carried over, fonts and borders not (the original stays as it was).
import * as XLSX from "@e965/xlsx";
import type { CellObject, WorkSheet } from "@e965/xlsx";
import { fromA1 } from "../workbook";
import type { SheetEdit } from "./patch";
import { quietly } from "./quiet";
import type { Sniffed } from "./sniff";

function setCell(ws: WorkSheet, address: string, value: unknown, formula: string | undefined, format: string | undefined): void {
  const old = ws[address] as CellObject | undefined;
  const cell: CellObject =
    value === null || value === ""
      ? { t: "z" }
      : typeof value === "number"
        ? { t: "n", v: value }
        : typeof value === "boolean"
          ? { t: "b", v: value }
          : { t: "s", v: String(value) };
  if (formula) cell.f = formula;
  const z = old?.z && old.z !== "General" ? old.z : format;
  if (z && cell.t === "n") cell.z = z;
  ws[address] = cell;
  const range = XLSX.utils.decode_range(ws["!ref"] ?? "A1");
  const { row, col } = fromA1(address);
  range.e.r = Math.max(range.e.r, row);
  range.e.c = Math.max(range.e.c, col);
  ws["!ref"] = XLSX.utils.encode_range(range);
}

/** The workbook's bytes as a new .xlsx with the edits made. */
export function convertToXlsx(bytes: Uint8Array, sniffed: Sniffed, edits: SheetEdit[]): Uint8Array {
  const options = { cellFormula: true, cellNF: true, cellStyles: true, cellDates: false } as const;
  const book = quietly(() =>
    sniffed.kind === "html"
      ? XLSX.read(new TextDecoder(/gb|936/i.test(sniffed.charset ?? "") ? "gb18030" : "utf-8").decode(bytes), {
          ...options,
          type: "string",
        })
      : XLSX.read(bytes, { ...options, type: "array" }),
  );
  for (const edit of edits) {
    const ws = book.Sheets[edit.sheet];
    if (!ws) continue;
    for (const w of edit.writes) {
      setCell(ws, w.cell, w.value, w.formula, w.format);
      if (typeof w.value === "string" && w.value.length > 40) {
        const rows = (ws["!rows"] ??= []);
        const { row } = fromA1(w.cell);
        rows[row] = { ...(rows[row] ?? {}), hpt: Math.min(409, 15 * Math.ceil(w.value.length / 30) + 4) };
      }
    }
  }
  return new Uint8Array(
    quietly(() => XLSX.write(book, { type: "array", bookType: "xlsx", cellStyles: true, compression: true }) as ArrayBuffer),
  );
}
