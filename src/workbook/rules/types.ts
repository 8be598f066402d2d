// What a rule is and what it reports, as types only (the way ESLint and Ruff keep rules): a rule is
// one object with its metadata and its check; a check returns issues, which the runner turns into
// findings (domain §4) stamped with the rule's id and (default) severity.
import type { RuleTextId } from "../../messages/rules";
import type { DepartmentEvaluation } from "../department";
import type { Evaluation } from "../evaluate";
import type { CellValue } from "../grid";
import type { DeclarationTable, MonitoringTable } from "../model";

export type Severity = "error" | "warning" | "info";

/** A rule's id: every rule has its text in src/messages/rules under this id. */
export type RuleId = RuleTextId;

/**
 * A deterministic correction: the value (and number format, for a blank cell) to write; or a formula
 * to write (without "="), with the value it gives today for showing.
 */
export interface Fix {
  value: CellValue;
  format?: string;
  formula?: string;
  /** The formula the cell held, when the fix writes a value over it (shown to the person before writing). */
  replaces?: string;
}

/** What the checker reports: a rule id, a severity, the cell to look at, a message. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** A1 address of the cell to look at (top-left of a merged area). */
  cell: string;
  message: string;
  fix?: Fix;
}

/** A rule's family: the prefix of its id, and what `--select`/`--ignore` accept besides exact ids. */
export type Family =
  "layout" | "formula" | "budget" | "indicator" | "weights" | "total" | "dept" | "narrative" | "quality" | "cross" | "review";

/**
 * Columns a table can lack (layout.missing-column reports them): a rule that needs one stays silent
 * where it is missing, so a missing column is one clear finding, not a cascade.
 */
export type Column = "funds" | "target" | "actual" | "weight" | "score" | "points";

/** What a rule looks at: a scored project table, a scored department table, or a sheet that is neither. */
export type Subject =
  { kind: "project"; evaluation: Evaluation } | { kind: "department"; evaluation: DepartmentEvaluation } | { kind: "unknown" };

/** One problem a check found, before the runner names its rule. */
export interface Issue {
  /** A1 address of the cell to look at (top-left of a merged area). */
  cell: string;
  message: string;
  fix?: Fix;
  /** Lower than the rule's own severity where the rule says so (a rounding difference is a warning). */
  severity?: Severity;
}

/** Who reads the findings: the CLI's words name commands, the pane's name its own buttons. */
export type Audience = "cli" | "pane";

/** What every rule may look at besides the table: the reader, and the formulas in the table's rows. */
export interface RuleContext {
  audience: Audience;
  /** Each formula cell in the table's rows (the whole sheet for a sheet without a table), A1 and text without "=". */
  formulas: ReadonlyArray<{ address: string; formula: string }>;
  /** The 申报表 and 监控表 of the same project and year, when the workbook (or batch) holds them. */
  partners?: Partners;
  /** What the review signals (family `review`) look at besides the table: see ReviewContext. */
  review?: ReviewContext;
}

/**
 * What a review signal may restate: the table's own findings (a total that does not add up, targets changed
 * against the 申报表 …), and, from the batch step (src/workbook/review), the findings of the batch's
 * cross-checks between files and the narratives of other tables that read nearly the same.
 */
export interface ReviewContext {
  findings: readonly Finding[];
  /** The 申报表 (else 监控表) the cross findings compare with: its sheet, and its file when another file of the batch. */
  partner?: { kind: "declaration" | "monitoring"; sheet: string; file?: string };
  similar?: readonly SimilarText[];
}

/** A narrative of this table that reads nearly the same as one of another project's table in the batch. */
export interface SimilarText {
  /** This table's cell and the text's label (年度总体目标 …). */
  cell: string;
  label: string;
  /** The other table: its file (as given), sheet and cell, its project, and how alike the two are (Jaccard, 0–1). */
  other: { file: string; sheet: string; cell: string; projectName: string };
  similarity: number;
}

/** The other table a signal names. */
export interface SignalOther {
  file?: string;
  sheet: string;
}

/**
 * A review signal (family `review`): evidence a reviewer would act on, never a finding — it does not change
 * exit codes or counts of findings. Its reason names the cells; its weight is the rule's (the ranking adds them).
 */
export interface Signal {
  id: RuleId;
  cell: string;
  reason: string;
  weight: number;
  other?: SignalOther;
}

/**
 * How a 申报表 or 监控表 was matched to a 自评表 (src/workbook/cross.ts): by project name and year, or by
 * project name alone where one of them has no year and it is the only table of that kind with that name.
 */
export type MatchHow = "name-year" | "name-only";

/** A 申报表 or 监控表 matched to the 自评表: where it is (its file when it is another file of the batch). */
export interface Partner<T> {
  table: T;
  sheet: string;
  file?: string;
  how: MatchHow;
}

/** A 申报表 or 监控表 that was not compared with the 自评表, and why: another year, or another project. */
export interface Unmatched {
  kind: "declaration" | "monitoring";
  sheet: string;
  file?: string;
  projectName: string;
  year: number | null;
  why: "year" | "project" | "ambiguous";
}

/** The 自评表's partner tables, for the cross-checks (family `cross`): absent when none were looked for. */
export interface Partners {
  declaration?: Partner<DeclarationTable>;
  monitoring?: Partner<MonitoringTable>;
  unmatched: Unmatched[];
}

export const DEFAULT_CONTEXT: RuleContext = { audience: "cli", formulas: [] };

export interface Rule<Id extends RuleId = RuleId> {
  readonly id: Id;
  readonly family: Family;
  /** The severity of its findings; some rules lower it for a lesser case (their docs say which). */
  readonly severity: Severity;
  /** Whether its findings carry a value to write (selfeval fill --fix, the pane's 修正). */
  readonly fixable: boolean;
  /** A short Chinese name, and one or two sentences on what it checks and why (from src/messages). */
  readonly title: string;
  readonly docs: string;
  /** Columns without which its findings would be follow-on errors: the rule stays silent when one is missing. */
  readonly needs?: readonly Column[];
  /** A review signal's weight in the 复核优先 ranking (family `review` only; docs/user/review.md lists them). */
  readonly weight?: number;
  check(subject: Subject, context: RuleContext): Issue[];
}
