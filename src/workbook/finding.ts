// What the checker reports (domain §4): a rule id, a severity, the cell to look at, a message.
import type { CellValue } from "./grid";
import type { CellRef } from "./model";
import type { Evaluation } from "./evaluate";

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "layout.not-recognized"
  | "layout.missing-column"
  | "budget.sum"
  | "budget.zero"
  | "budget.rate"
  | "budget.score"
  | "budget.reason"
  | "indicator.target"
  | "indicator.actual"
  | "indicator.unit"
  | "indicator.score"
  | "indicator.over-weight"
  | "indicator.band"
  | "indicator.over-achievement"
  | "indicator.deviation"
  | "indicator.level"
  | "weights.sum"
  | "weights.profile"
  | "total.sum"
  | "total.missing"
  | "narrative.missing"
  | "dept.item-over"
  | "dept.deduction"
  | "dept.points"
  | "dept.subtotal"
  | "dept.bonus"
  | "dept.total"
  | "dept.rate"
  | "dept.budget-sum"
  | "quality.unquantified"
  | "quality.generic"
  | "quality.no-satisfaction"
  | "quality.no-benefit"
  | "quality.all-met"
  | "quality.target-low";

/** A deterministic correction: the value (and number format, for a blank cell) to write. */
export interface Fix {
  value: CellValue;
  format?: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** A1 address of the cell to look at (top-left of a merged area). */
  cell: string;
  message: string;
  fix?: Fix;
}

/** A rule: a pure function from a scored project table to its findings. */
export type Rule = (e: Evaluation) => Finding[];

export const find = (rule: RuleId, severity: Severity, cell: CellRef | string | null | undefined, message: string, fix?: Fix): Finding => ({
  rule,
  severity,
  cell: typeof cell === "string" ? cell : (cell?.address ?? "A1"),
  message,
  ...(fix ? { fix } : {}),
});
