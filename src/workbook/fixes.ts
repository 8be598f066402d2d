// What `fill` and the taskpane write: deterministic corrections and narrative drafts, as cell writes.
// Values, or native formulas where a formula is what the cell should hold (never JX. formulas), so
// the 财政局 can open the workbook without the add-in.
import type { SheetReport } from "./check";
import { Grid, fromA1, toA1, type CellEntry, type CellValue } from "./grid";

export interface CellWrite {
  /** A1 address (top-left of a merged area). */
  cell: string;
  value: CellValue;
  /** A native formula (without "=") to write instead of the value; the value is what it gives today. */
  formula?: string;
  /** A number format to set, only where the cell had none. */
  format?: string;
  /** Why: the rule id of a fix, or "draft:<field>" for a narrative. */
  reason: string;
}

/**
 * Corrections for rate, score and total cells: each finding's own fix. The total's fix is the rules'
 * total (the scores as they stand once corrected), so applying them all leaves nothing to fix.
 */
export function planFixes(report: SheetReport): CellWrite[] {
  const writes: CellWrite[] = [];
  const seen = new Set<string>();
  for (const f of report.findings) {
    if (!f.fix || seen.has(f.cell)) continue;
    seen.add(f.cell);
    writes.push({
      cell: f.cell,
      value: f.fix.value,
      ...(f.fix.formula ? { formula: f.fix.formula } : {}),
      ...(f.fix.format ? { format: f.fix.format } : {}),
      reason: f.rule,
    });
  }
  return writes;
}

/** Narrative drafts for empty cells; text a person wrote is replaced only when they say so. */
export function planFills(report: SheetReport, options: { overwriteText?: boolean } = {}): CellWrite[] {
  return report.drafts
    .filter((d) => d.existing === null || options.overwriteText)
    .map((d) => ({ cell: d.cell, value: d.text, reason: `draft:${d.field}` }));
}

/**
 * The grid as it is after the writes: values (with the format given where the cell had none), and
 * formulas marked uncomputed until an engine computes them (completeFormulas). What a write does to a
 * cell, without a spreadsheet: for checking that fixes converge and for previews.
 */
export function gridWithWrites(grid: Grid, writes: readonly CellWrite[]): Grid {
  const byCell = new Map(writes.map((w) => [w.cell, w]));
  const entries: CellEntry[] = [];
  for (const e of grid.entries()) if (!byCell.has(toA1(e.row, e.col))) entries.push(e);
  for (const w of writes) {
    const { row, col } = fromA1(w.cell);
    const old = grid.cell(row, col);
    const format = old?.format ?? w.format;
    if (w.formula) entries.push({ row, col, value: null, formula: w.formula, uncomputed: true, ...(format ? { format } : {}) });
    else entries.push({ row, col, value: w.value, ...(format ? { format } : {}) });
  }
  return new Grid(entries, [...grid.merges], grid.name);
}
