// "Fill one file": drafts into empty text cells and, when asked, the findings' fixes, planned on a loaded
// file and patched into its original package (or a new .xlsx for other formats). No file system: the CLI
// (selfeval fill) writes the bytes, the web checker downloads them. Browser-safe.
import { convertToXlsx } from "../io/convert";
import { patchWorkbook, type SheetEdit } from "../io/patch";
import { sniff } from "../io/sniff";
import { CLI } from "../messages";
import type { ProfileId } from "../scoring";
import { checkWorkbook, fromA1, isSelfEvaluation, gridWithWrites, planFills, planFixes, type CellValue, type CellWrite } from "../workbook";
import { keepFindings, withFormulas, type EngineEnv, type Loaded } from "./check";

export interface FillOptions {
  profile?: ProfileId;
  /** Also write the fixes (selfeval fill --fix). */
  fix?: boolean;
  /** Replace text a person wrote with the drafts (selfeval fill --overwrite-text). */
  overwriteText?: boolean;
  /** Which findings' fixes to write (--select/--ignore). */
  keep?: (id: string) => boolean;
}

/** One cell a fill changes, for the list a person reads before and after. */
export interface FillChange {
  cell: string;
  old: string;
  now: string;
  /** The formula it keeps or replaces, in words; "" for a plain value. */
  note: string;
}

export interface FillPlan {
  edits: SheetEdit[];
  changes: FillChange[];
  texts: number;
  fixes: number;
  /** Drafts not written because the cell already holds text a person wrote. */
  kept: number;
  tables: number;
}

const show = (v: CellValue, formula?: string) => (formula ? `=${formula}` : v === null ? "" : String(v));

/** What `selfeval fill` writes into a loaded file: drafts into empty text cells, fixes when asked. */
export async function planFill(loaded: Loaded, env: EngineEnv, options: FillOptions = {}): Promise<FillPlan> {
  const plan: FillPlan = { edits: [], changes: [], texts: 0, fixes: 0, kept: 0, tables: 0 };
  const keep = options.keep ?? (() => true);
  // The whole workbook at once: a 自评表's drafts may quote the 原因说明 of its 监控表 on another sheet.
  const reports = checkWorkbook(loaded.grids, { profile: options.profile });
  for (const grid of loaded.grids) {
    const writes: CellWrite[] = [];
    for (const found of reports.filter((r) => r.sheet === grid.name)) {
      if (!isSelfEvaluation(found)) continue;
      plan.tables++;
      const report = keepFindings(found, keep);
      const fills = planFills(report, { overwriteText: options.overwriteText });
      if (!options.overwriteText) plan.kept += report.drafts.filter((d) => d.existing !== null).length;
      const corrections = options.fix ? planFixes(report) : [];
      writes.push(...fills, ...corrections);
      plan.texts += fills.length;
      plan.fixes += corrections.length;
    }
    if (writes.length === 0) continue;
    // A written formula gets the result it gives once every write is made (what a spreadsheet would show).
    const formulaWrites = writes.filter((w) => w.formula);
    if (formulaWrites.length) {
      const after = (await withFormulas([gridWithWrites(grid, writes)], env))[0];
      for (const w of formulaWrites) {
        const { row, col } = fromA1(w.cell);
        const cell = after.cell(row, col);
        if (cell && !cell.uncomputed && !cell.error) w.value = cell.value;
      }
    }
    for (const w of writes) {
      const { row, col } = fromA1(w.cell);
      const old = grid.cell(row, col);
      const note = w.formula ? CLI.keepsFormula : old?.formula ? CLI.replacesFormula(old.formula) : "";
      plan.changes.push({
        cell: `${grid.name}!${w.cell}`,
        old: show(old?.value ?? null, old?.formula),
        now: show(w.value, w.formula),
        note,
      });
    }
    plan.edits.push({ sheet: grid.name, writes });
  }
  return plan;
}

export interface Filled {
  bytes: Uint8Array;
  /** The input was not an .xlsx/.xlsm package: the output is a new .xlsx. */
  converted: boolean;
  heights: Array<{ sheet: string; row: number; height: number }>;
  skipped: Array<{ sheet: string; cell: string; why: string }>;
}

/** The filled workbook: the original package with only the changed cells patched, or a new .xlsx for other formats. */
export function fillBytes(loaded: Loaded, plan: FillPlan): Filled {
  if (loaded.read.parts === undefined) {
    return { bytes: convertToXlsx(loaded.bytes, sniff(loaded.bytes), plan.edits), converted: true, heights: [], skipped: [] };
  }
  if (plan.edits.length === 0) return { bytes: loaded.bytes, converted: false, heights: [], skipped: [] };
  const grids = new Map(loaded.grids.map((g) => [g.name, g]));
  const result = patchWorkbook(loaded.read.parts, plan.edits, {
    formulaAt: (sheet, cell) => {
      const { row, col } = fromA1(cell);
      return grids.get(sheet)?.cell(row, col)?.formula;
    },
  });
  return { bytes: result.bytes, converted: false, heights: result.heights, skipped: result.skipped };
}
