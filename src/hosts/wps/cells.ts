/// <reference types="et-jsapi-declare" />
// Cells as WPS 表格's object model (ET) hands them over: synchronous and VBA-like — a one-cell range
// gives a scalar where a larger one gives a 2-D array, error values come back as COM error codes, a
// General number format may be given in Chinese.
import { parseRange, toA1, type Area, type CellValue } from "../../workbook";
import type { HostCell } from "../cells";

/** SpecialCells' constants (XlCellType, XlSpecialCellsValue). */
export const CELL_TYPE_FORMULAS = -4123;
export const CELL_TYPE_CONSTANTS = 2;
const ERRORS_ONLY = 16;

/** VBA's CVErr numbers; COM hands them over as 0x800A0000 + number (a negative 32-bit integer). */
const CVERR: Record<number, string> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
};
const COM_ERRORS = new Map(Object.entries(CVERR).map(([n, text]) => [0x800a0000 | Number(n) | 0, text]));
const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

/** The error a cell's Value2 stands for, when it is one of the host's error codes. */
export function comError(value: unknown): string | null {
  return typeof value === "number" ? (COM_ERRORS.get(value) ?? null) : null;
}

/** A number format as Office writes it: WPS in Chinese may give General as "G/通用格式". */
export function normalFormat(format: unknown): string {
  const f = format === null || format === undefined ? "" : String(format);
  return f === "" || /^(G\/)?通用格式$/.test(f) ? "General" : f;
}

/**
 * A range's 2-D property as rows × cols, shaped by the range's own size: a scalar (one cell, or one value for
 * all), a 2-D array, or a flat array, which no source rules out for one row or one column
 * (docs/developer/host-evidence.md, row 9) and which is cut into rows of `cols`, never read as a column.
 */
export function matrix(v: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(v)) return Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
  if (v.every((row) => Array.isArray(row))) return v as unknown[][];
  const flat = v.flatMap((x) => (Array.isArray(x) ? x : [x]));
  return Array.from({ length: rows }, (_, r) => flat.slice(r * cols, (r + 1) * cols));
}

export function addressOf(top: number, left: number, rows: number, cols: number): string {
  const a = toA1(top, left);
  return rows === 1 && cols === 1 ? a : `${a}:${toA1(top + rows - 1, left + cols - 1)}`;
}

/** A range's address ("$B$13:$B$17" or "B13") as an area, 0-based. */
export function areaOf(range: Et.Range): Area {
  return parseRange(String(range.Address(false, false)).replace(/^.*!/, ""));
}

/** The cells a SpecialCells call names, as "row:col" keys (none when the host finds none or lacks the call). */
export function specialCells(range: Et.Range, type: number, into: Map<string, string>) {
  let found: Et.Range;
  try {
    found = range.SpecialCells(type as unknown as Et.XlCellType, ERRORS_ONLY);
  } catch {
    return; // VBA raises "no cells were found"; either way there are none to add.
  }
  if (!found) return;
  const areas = found.Areas;
  for (let i = 1; i <= areas.Count; i++) {
    const a = areas.Item(i);
    const top = a.Row - 1;
    const left = a.Column - 1;
    const rows = a.Rows.Count;
    const cols = a.Columns.Count;
    const texts = matrix(a.Value2, rows, cols);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const v = texts[r]?.[c];
        const one = rows === 1 && cols === 1 ? a : a.Item(r + 1, c + 1);
        into.set(`${top + r}:${left + c}`, comError(v) ?? String(one.Text ?? v));
      }
  }
}

/**
 * Range.PrefixCharacter: "'" for text typed with an apostrophe; undefined where this WPS does not answer it
 * (declared in the typings, but no source says every build implements it; host-evidence.md, claim 10).
 */
function prefixOf(range: Et.Range): boolean | undefined {
  try {
    const p = range.PrefixCharacter as unknown;
    return typeof p === "string" ? p === "'" : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a cell whose Value2 reads like an error value ("#N/A") holds that error or that text, where
 * PrefixCharacter cannot tell: SpecialCells over the cell and a neighbour (never one cell alone, which VBA
 * widens to the whole sheet) lists error cells only.
 */
function holdsError(range: Et.Range, ws: Et.Worksheet, formula: boolean): boolean {
  const at = areaOf(range);
  const left = at.left > 0 ? at.left - 1 : at.left;
  const errors = new Map<string, string>();
  specialCells(ws.Range(addressOf(at.top, left, 1, 2)), formula ? CELL_TYPE_FORMULAS : CELL_TYPE_CONSTANTS, errors);
  return errors.has(`${at.top}:${at.left}`);
}

/**
 * One cell as WPS holds it, with its apostrophe (PrefixCharacter) so undo puts text back as text. Where WPS
 * does not answer PrefixCharacter, text-ness comes from the value (a string that would convert is text) and
 * an error-like string is told apart by SpecialCells (needs the cell's sheet).
 */
export function hostCell(range: Et.Range, ws?: Et.Worksheet): HostCell {
  const raw = range.Value2 as unknown;
  const format = normalFormat(range.NumberFormat);
  const formula = range.Formula;
  const prefix = prefixOf(range);
  let error = comError(raw);
  if (!error && typeof raw === "string" && ERROR_LITERAL.test(raw) && !prefix && format !== "@") {
    const isFormula = typeof formula === "string" && formula.startsWith("=");
    if (prefix === false || !ws || holdsError(range, ws, isFormula)) error = raw;
  }
  return {
    value: (error ?? (raw === undefined || raw === null ? "" : raw)) as CellValue,
    format,
    formula,
    isError: !!error,
    prefix: !!prefix,
  };
}
