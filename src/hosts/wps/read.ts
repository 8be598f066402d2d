/// <reference types="et-jsapi-declare" />
// One WPS sheet as a grid, as the CLI reads the same sheet from the file: Value2 and Formula in one call
// each, number formats only where numbers need them, error values from SpecialCells, merged areas.
import { Grid, toA1, type CellEntry, type CellValue } from "../../workbook";
import { gridEntry } from "../cells";
import { MAX_CELLS_PER_SHEET } from "../port";
import { addressOf, CELL_TYPE_CONSTANTS, CELL_TYPE_FORMULAS, comError, matrix, normalFormat, specialCells } from "./cells";
import { mergedAreas, type MergeTrust } from "./merges";

/** One sheet as a grid: Value2 and Formula in one call each, number formats only where numbers need them. */
export function readSheet(ws: Et.Worksheet, trust: MergeTrust): Grid {
  const used = ws.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const cols = used.Columns.Count;
  const rows = Math.min(used.Rows.Count, Math.max(1, Math.floor(MAX_CELLS_PER_SHEET / Math.max(cols, 1))));
  const area = rows < used.Rows.Count ? ws.Range(addressOf(top, left, rows, cols)) : used;
  const values = matrix(area.Value2, rows, cols);
  const formulas = matrix(area.Formula, rows, cols);
  const uniform = area.NumberFormat;
  // A number's format changes how it reads (a date, a percentage): asked for by column, then by cell
  // only in a column whose cells differ; never for text.
  const columnFormats = new Map<number, unknown>();
  const formatAt = (r: number, c: number): string => {
    if (typeof uniform === "string") return normalFormat(uniform);
    if (!columnFormats.has(c)) columnFormats.set(c, ws.Range(addressOf(top, left + c, rows, 1)).NumberFormat);
    const column = columnFormats.get(c);
    return normalFormat(typeof column === "string" ? column : ws.Range(toA1(top + r, left + c)).NumberFormat);
  };
  const errors = new Map<string, string>();
  specialCells(area, CELL_TYPE_FORMULAS, errors);
  specialCells(area, CELL_TYPE_CONSTANTS, errors);
  const entries: CellEntry[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      let value = values[r]?.[c];
      const error = errors.get(`${top + r}:${left + c}`) ?? comError(value);
      if (error) value = error;
      else if (value === undefined || value === null) value = "";
      const format = typeof value === "number" && !error ? formatAt(r, c) : "General";
      const e = gridEntry(top + r, left + c, { value: value as CellValue, format, formula: formulas[r]?.[c], isError: !!error });
      if (e) entries.push(e);
    }
  const blank = (r: number, c: number) => {
    const v = values[r - top]?.[c - left];
    return (v === undefined || v === null || v === "") && !errors.has(`${r}:${c}`);
  };
  return new Grid(entries, mergedAreas(ws, top, left, rows, cols, trust, blank), ws.Name);
}
