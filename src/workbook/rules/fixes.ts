// The fix builders the rule families share: a corrected figure written the way its cell holds it,
// and the formulas fixes write over a table's own cells.
import { fmt } from "../../messages/format";
import { round } from "../../scoring/score";
import { isBlankRef, type Evaluation } from "../evaluate";
import type { CellRef } from "../model";
import type { Fix } from "./types";

/**
 * A cell that holds a formula keeps being a formula: the fix is the right formula where one can be
 * written, else the value together with the formula it replaces (so no one loses a formula unawares).
 */
export function keepFormula(ref: CellRef | null | undefined, fix: Fix, formula: string | null = null): Fix {
  if (ref?.formula === undefined) return fix;
  return formula ? { value: fix.value, formula } : { ...fix, replaces: ref.formula };
}

/** Writes a corrected score the way the cell held its figure: a number stays a number. */
export function scoreFix(ref: CellRef | null, score: number, formula: string | null = null): Fix {
  return keepFormula(ref, typeof ref?.value === "string" ? { value: fmt.score(score) } : { value: score }, formula);
}

/** Writes a corrected rate the way the cell held it: text, a percent-formatted fraction, or a bare percent. */
export function rateFix(ref: CellRef | null, rate: number, formula: string | null = null): Fix {
  if (formula && ref?.formula !== undefined) return { value: rate, formula };
  if (typeof ref?.value === "string") return keepFormula(ref, { value: fmt.rate(rate) });
  if (typeof ref?.value === "number" && !ref.format?.includes("%") && ref.value > 1.5)
    return keepFormula(ref, { value: round(rate * 100) });
  return keepFormula(ref, { value: round(rate, 4), ...(ref?.format?.includes("%") ? {} : { format: "0.00%" }) });
}

/** executed/budget as a formula over the total row's cells, when both hold the figures. */
export function rateFormula(budget: CellRef | null, executed: CellRef | null): string | null {
  return budget && executed && !isBlankRef(budget) && !isBlankRef(executed) ? `${executed.address}/${budget.address}` : null;
}

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
