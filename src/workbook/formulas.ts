// Formulas whose files kept no result (generators, openpyxl, some WPS saves): the core never reads them
// as blank. It hands them to a formula engine through this interface and takes back values, error
// values, or "cannot compute"; the engine itself lives in a shell (src/formula), not here.
import { Grid, toA1, type CellEntry, type CellValue } from "./grid";

export interface FormulaTarget {
  /** Index of the sheet in the list given to the engine. */
  sheet: number;
  row: number;
  col: number;
  /** The formula without "=". */
  formula: string;
}

export type FormulaResult = { value: CellValue } | { error: string } | { unknown: string };

export interface FormulaEngine {
  /**
   * Computes each target over the workbook: the sheets' values, with the targets (and only they) as
   * formulas, so targets that depend on each other are computed in order.
   */
  compute(sheets: readonly Grid[], targets: readonly FormulaTarget[]): FormulaResult[];
}

/** The uncomputed formula cells of a workbook. */
export function uncomputedFormulas(grids: readonly Grid[]): FormulaTarget[] {
  const out: FormulaTarget[] = [];
  grids.forEach((g, sheet) => {
    for (const e of g.entries())
      if (e.uncomputed && e.formula !== undefined) out.push({ sheet, row: e.row, col: e.col, formula: e.formula });
  });
  return out;
}

/**
 * The grids with every formula the file left without a result computed by the engine: a value (marked
 * computed), an error value, or still uncomputed where the engine cannot tell. Without an engine, or
 * with nothing to compute, the grids come back as they were.
 */
export function completeFormulas(grids: Grid[], engine: FormulaEngine | null): Grid[] {
  const targets = uncomputedFormulas(grids);
  if (!engine || targets.length === 0) return grids;
  let results: FormulaResult[];
  try {
    results = engine.compute(grids, targets);
  } catch {
    return grids;
  }
  const bySheet = new Map<number, Map<string, FormulaResult>>();
  targets.forEach((t, i) => {
    const map = bySheet.get(t.sheet) ?? new Map<string, FormulaResult>();
    map.set(`${t.row}:${t.col}`, results[i] ?? { unknown: "" });
    bySheet.set(t.sheet, map);
  });
  return grids.map((g, sheet) => {
    const changed = bySheet.get(sheet);
    if (!changed) return g;
    const entries: CellEntry[] = [];
    for (const e of g.entries()) {
      const r = changed.get(`${e.row}:${e.col}`);
      if (!r) entries.push(e);
      else if ("value" in r) entries.push({ row: e.row, col: e.col, format: e.format, formula: e.formula, value: r.value, computed: true });
      else if ("error" in r)
        entries.push({ row: e.row, col: e.col, format: e.format, formula: e.formula, value: null, error: r.error, computed: true });
      else entries.push(e);
    }
    return new Grid(entries, [...g.merges], g.name);
  });
}

/** A formula that calls this add-in's JX functions, as Excel shows it (JX.SCORE) or saves it (_xldudf_JX_SCORE). */
export function callsJx(formula: string): boolean {
  return /(^|[^A-Za-z0-9_.])(JX\.[A-Za-z]|_xldudf_JX_)/i.test(formula);
}

/** The formula cells in rows [start, end) of a grid, top to bottom and left to right. */
export function formulaCells(grid: Grid, start = 0, end = Number.POSITIVE_INFINITY): Array<{ address: string; formula: string }> {
  const out: CellEntry[] = [];
  for (const e of grid.entries()) if (e.formula !== undefined && e.row >= start && e.row < end) out.push(e);
  out.sort((a, b) => a.row - b.row || a.col - b.col);
  return out.map((e) => ({ address: toA1(e.row, e.col), formula: e.formula! }));
}
