// What a preview shows before anything is written: each cell old → new, and what the writes do to a
// table's 总分 — from what to what and why — where that can be known without a spreadsheet.
import { PANE, fmt } from "../messages";
import { parseRange, toA1, type CellRef, type CellValue } from "../workbook";
import type { SheetWrites } from "../hosts/port";
import { cellValue, showValue, type CheckedSheet } from "./session";

export interface PreviewItem {
  key: string;
  cell: string;
  text: string;
}

export interface Preview {
  title: string;
  empty: string;
  batch: SheetWrites[];
  items: PreviewItem[];
  /** Sentences under the list: the 总分 before and after, cells left out and why. */
  notes: string[];
}

/**
 * The cells a total formula adds up, when it is a plain sum: SUM of cells and ranges, a chain of "+",
 * either inside ROUND(…, n). Null for anything else (the pane then says Excel will recompute it).
 */
export function plainSum(formula: string): { cells: string[]; digits: number | null } | null {
  let f = formula.replace(/^=/, "").replace(/\s+/g, "").replace(/\$/g, "").toUpperCase();
  let digits: number | null = null;
  const round = /^ROUND\((.*),(\d+)\)$/.exec(f);
  if (round) {
    f = round[1];
    digits = Number(round[2]);
  }
  const sum = /^SUM\((.*)\)$/.exec(f);
  const parts = sum ? sum[1].split(",") : f.split("+");
  const cells: string[] = [];
  for (const p of parts) {
    if (!/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(p)) return null;
    const area = parseRange(p);
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) cells.push(toA1(r, c));
  }
  return cells.length > 0 ? { cells, digits } : null;
}

function totalCell(s: CheckedSheet): CellRef | null {
  return s.report.model?.total?.score ?? s.report.department?.table.total?.score ?? null;
}

/** The score cells a table's 总分 is made of. */
function scoreCells(s: CheckedSheet): Set<string> {
  const m = s.report.model;
  const refs = m ? [m.funds?.score, ...m.indicators.map((i) => i.score)] : (s.report.department?.table.rows.map((r) => r.score) ?? []);
  return new Set(refs.filter((r): r is CellRef => !!r).map((r) => r.address));
}

/** What the writes do to each table's printed 总分, in words; nothing where it does not change. */
export function totalChanges(sheets: CheckedSheet[], batch: SheetWrites[]): string[] {
  const notes: string[] = [];
  for (const s of sheets) {
    const cell = totalCell(s);
    const writes = batch.find((b) => b.sheet === s.report.sheet)?.writes ?? [];
    if (!cell || writes.length === 0) continue;
    const before = s.report.total?.printed ?? null;
    const shown = before === null ? (s.report.total?.printedError ?? PANE.blank) : fmt.score(before);
    const direct = writes.find((w) => w.cell === cell.address);
    if (direct) {
      if (typeof direct.value === "number" && (before === null || Math.abs(direct.value - before) > 0.005))
        notes.push(PANE.totalChange(shown, fmt.score(direct.value), PANE.totalWhyDirect));
      continue;
    }
    const scores = scoreCells(s);
    if (!writes.some((w) => scores.has(w.cell))) continue;
    const sum = cell.formula ? plainSum(cell.formula) : null;
    if (!sum) {
      if (cell.formula) notes.push(PANE.totalChangeUnknown(shown));
      continue;
    }
    const written = new Map(writes.map((w) => [w.cell, w.value]));
    const value = (a1: string): CellValue => (written.has(a1) ? written.get(a1)! : cellValue(s.grid, a1));
    const changed = sum.cells.filter((a1) => written.has(a1) && showValue(written.get(a1)!) !== showValue(cellValue(s.grid, a1)));
    if (changed.length === 0) continue;
    let after = sum.cells.reduce((t, a1) => t + (typeof value(a1) === "number" ? (value(a1) as number) : 0), 0);
    if (sum.digits !== null) after = Math.round(after * 10 ** sum.digits) / 10 ** sum.digits;
    if (before !== null && Math.abs(after - before) <= 0.005) continue;
    notes.push(PANE.totalChange(shown, fmt.score(after), PANE.totalWhyCells(changed)));
  }
  return notes;
}
