// What `fill` and the taskpane write: deterministic corrections and narrative drafts, as cell writes.
// Values only (never JX. formulas), so the 财政局 can open the workbook without the add-in.
import type { SheetReport } from "./check";
import type { CellValue } from "./grid";

export interface CellWrite {
  /** A1 address (top-left of a merged area). */
  cell: string;
  value: CellValue;
  /** A number format to set, only where the cell had none. */
  format?: string;
  /** Why: the rule id of a fix, or "draft:<field>" for a narrative. */
  reason: string;
}

const SCORE_RULES = new Set(["budget.score", "indicator.score", "indicator.over-weight", "indicator.band"]);

/** Corrections for rate, score and total cells; after any score changes, the total follows. */
export function planFixes(report: SheetReport): CellWrite[] {
  let writes: CellWrite[] = [];
  for (const f of report.findings) {
    if (f.fix) writes.push({ cell: f.cell, value: f.fix.value, ...(f.fix.format ? { format: f.fix.format } : {}), reason: f.rule });
  }
  const e = report.evaluation;
  const totalCell = report.table?.kind === "project" ? report.table.total?.score : null;
  if (e && e.total !== null && totalCell && writes.some((w) => SCORE_RULES.has(w.reason))) {
    // With the scores corrected, the total is the rules' total, not the sum of the old scores.
    writes = writes.filter((w) => w.cell !== totalCell.address);
    if (e.printedTotal?.value !== e.total) {
      writes.push({ cell: totalCell.address, value: typeof totalCell.value === "string" ? String(e.total) : e.total, reason: "total.sum" });
    }
  }
  return writes;
}

/** Narrative drafts for empty cells; text a person wrote is replaced only when they say so. */
export function planFills(report: SheetReport, options: { overwriteText?: boolean } = {}): CellWrite[] {
  return report.drafts
    .filter((d) => d.existing === null || options.overwriteText)
    .map((d) => ({ cell: d.cell, value: d.text, reason: `draft:${d.field}` }));
}
