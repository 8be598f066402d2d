// Formulas the fixes write, over a table's own cells.
import type { Evaluation } from "../evaluate";
import type { CellRef } from "../model";

/** "H13:H20" for cells stacked in one column, else the addresses one by one. */
export function rangeList(cells: CellRef[]): string[] {
  const out: string[] = [];
  let run: CellRef[] = [];
  const flush = () => {
    if (run.length === 1) out.push(run[0].address);
    else if (run.length > 1) out.push(`${run[0].address}:${run[run.length - 1].address}`);
    run = [];
  };
  for (const c of cells) {
    const last = run[run.length - 1];
    if (last && c.col === last.col && c.row === last.row + 1) run.push(c);
    else {
      flush();
      run = [c];
    }
  }
  flush();
  return out;
}

/** SUM(budget score, indicator scores) over the table's score cells. */
export function scoreSumFormula(e: Evaluation): string | null {
  const scores = [e.table.funds?.score, ...e.table.indicators.map((i) => i.score)].filter((c): c is CellRef => !!c);
  return scores.length ? `SUM(${rangeList(scores).join(",")})` : null;
}
