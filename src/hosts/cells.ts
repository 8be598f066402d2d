// Cells between the pane and a spreadsheet host, the same for Excel and WPS: what a host hands over
// becomes a grid cell exactly as the CLI reads the file; what the pane writes is typed so the host keeps
// it as meant (text stays text); what a write replaced is put back as it was. Pure functions.
import { PANE } from "../messages";
import { dateText, type CellEntry, type CellValue } from "../workbook";
import type { CellState, WriteReport } from "./port";

/** A cell as a host reports it: value (or error text), number format, formula text ("=…" or the value). */
export interface HostCell {
  value: CellValue;
  format: string;
  formula: unknown;
  /** The host says the cell shows an error value (Office.js valueTypes "Error"). */
  isError: boolean;
  /** The host says the cell's text was typed with a leading apostrophe (WPS's PrefixCharacter; Office.js cannot say). */
  prefix?: boolean;
}

const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!)$/i;
const NUMBER_LIKE = /^[(（]?[-+]?[$¥￥€£]?\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)\s*(%|e[-+]?\d+)?[)）]?$/i;
const FRACTION = /^\d+\s+\d+\/\d+$/;
const DATE_OR_TIME =
  /^\d{1,4}\s*[-/.年:：]\s*\d{1,2}|^\d{1,2}\s*月\s*\d{1,2}|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/.]*\d/i;

/**
 * Whether a host would turn this typed text into something else: a number, percentage, date, time,
 * logical value, error value or formula. Such text is written with a leading apostrophe to stay text.
 */
export function wouldCoerce(text: string): boolean {
  const s = text.trim();
  if (s === "") return false;
  return (
    /^[=+\-@]/.test(s) ||
    NUMBER_LIKE.test(s) ||
    FRACTION.test(s) ||
    DATE_OR_TIME.test(s) ||
    /^(TRUE|FALSE)$/i.test(s) ||
    ERROR_LITERAL.test(s)
  );
}

/** What to put in a cell's value so it holds exactly `value`: text the host would convert keeps its apostrophe. */
export function typedInput(value: CellValue, format: string): CellValue {
  if (value === null) return "";
  if (typeof value === "string" && format !== "@" && wouldCoerce(value)) return `'${value}`;
  return value;
}

/** The formula a host reports for a cell, when the cell holds one (a text constant reports its own value). */
export function formulaOf(cell: HostCell): string | null {
  return typeof cell.formula === "string" && cell.formula.startsWith("=") && cell.formula !== cell.value ? cell.formula : null;
}

/** A host's cell as the engine reads it, the way the CLI reads the same cell from the file. */
export function gridEntry(row: number, col: number, cell: HostCell): CellEntry | null {
  const formula = formulaOf(cell);
  const format = cell.format && cell.format !== "General" ? cell.format : undefined;
  let e: CellEntry;
  if (cell.isError) {
    e = { row, col, value: null, error: String(cell.value) };
  } else if (typeof cell.value === "number") {
    const date = dateText(cell.value, format);
    e = date !== null ? { row, col, value: date } : { row, col, value: cell.value, ...(format ? { format } : {}) };
  } else if (cell.value === "" || cell.value === null) {
    if (!formula) return null;
    e = { row, col, value: "" };
  } else {
    e = { row, col, value: cell.value };
  }
  if (formula) e.formula = formula.slice(1);
  return e;
}

/** What to keep of a cell before writing it. */
export function cellState(cell: HostCell): CellState {
  const formula = formulaOf(cell);
  const value = cell.value === "" ? null : cell.value;
  const text = !formula && !cell.isError && typeof value === "string" && (cell.format === "@" || !!cell.prefix || wouldCoerce(value));
  return { formula, value, text, format: cell.format || "General" };
}

/** The value to write to put a constant back exactly (formulas are written as formulas). */
export function restoreInput(state: CellState): CellValue {
  if (state.value === null) return "";
  if (typeof state.value === "string" && state.text && state.format !== "@") return `'${state.value}`;
  return state.value;
}

function normalFormula(f: string): string {
  return f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === "";
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/** Whether a cell now holds what was meant: the formula, or the value with its text-ness. */
export function holds(now: CellState, meant: { formula?: string | null; value: CellValue; text?: boolean }): boolean {
  if (meant.formula) return now.formula !== null && normalFormula(now.formula) === normalFormula(meant.formula);
  if (now.formula !== null) return false;
  return sameValue(now.value, meant.value);
}

/** Whether two states of a cell are the same for undo: a person changed the cell if not. */
export function sameState(a: CellState, b: CellState): boolean {
  return holds(a, b) && (a.formula !== null || a.text === b.text);
}

/** One cell of a write as both ports plan it: where, what it should hold, and whether it was left alone. */
export interface WriteTarget {
  sheet: string;
  cell: string;
  /** What the cell should hold afterwards; `exact` (undo) also asks for the same text-ness and format. */
  meant: { formula: string | null; value: CellValue; text?: boolean; format?: string };
  exact?: boolean;
  /** When set, the cell was left alone and this is why. */
  skip?: string;
}

/**
 * What a write did, from each cell read back after it: whether it holds what was meant (and why not), and
 * the snapshot undo needs — every cell the write changed, landed as meant or not (a formula kept as text, say).
 * `failed` gives the host's own error for a cell whose write raised one; `app` names the host in messages.
 */
export function readBackReport(
  targets: WriteTarget[],
  now: CellState[],
  before: CellState[],
  app: string,
  failed: ReadonlyMap<number, string> = new Map(),
): WriteReport {
  const report: WriteReport = { snapshot: { cells: [] }, outcomes: [] };
  targets.forEach((t, i) => {
    const after = now[i];
    const landed = !t.skip && (t.exact ? sameState(after, t.meant as CellState) && after.format === t.meant.format : holds(after, t.meant));
    const why = t.skip ?? (landed ? undefined : (failed.get(i) ?? PANE.notLanded(after.formula ?? after.value, app)));
    report.outcomes.push({ sheet: t.sheet, cell: t.cell, landed, now: after.value, ...(why ? { why } : {}) });
    const changed = !sameState(after, before[i]) || after.format !== before[i].format;
    if (!t.skip && changed) report.snapshot.cells.push({ sheet: t.sheet, cell: t.cell, before: before[i], after });
  });
  return report;
}
