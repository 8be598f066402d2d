// What every rule family builds its rules with: defineRule, issue, and checks scoped to one kind of table.
import { RULE_TEXT } from "../../messages/rules";
import type { DepartmentEvaluation } from "../department";
import type { Evaluation, IndicatorEvaluation } from "../evaluate";
import type { CellRef } from "../model";
import type { Column, Fix, Issue, Rule, RuleId, Severity, Subject } from "./types";

/** A rule from its id, metadata and check; its title and docs come from its text in src/messages/rules. */
export function defineRule<const Id extends RuleId>(rule: Omit<Rule<Id>, "title" | "docs">): Rule<Id> {
  const text = RULE_TEXT[rule.id];
  return { ...rule, title: text.title, docs: text.docs };
}

export function issue(cell: CellRef | string | null | undefined, message: string, extra: { fix?: Fix; severity?: Severity } = {}): Issue {
  return { cell: typeof cell === "string" ? cell : (cell?.address ?? "A1"), message, ...extra };
}

/** A check that looks at project tables only. */
export const onProject =
  (check: (e: Evaluation) => Issue[]) =>
  (s: Subject): Issue[] =>
    s.kind === "project" ? check(s.evaluation) : [];

/** A check that looks at department tables only. */
export const onDepartment =
  (check: (e: DepartmentEvaluation) => Issue[]) =>
  (s: Subject): Issue[] =>
    s.kind === "department" ? check(s.evaluation) : [];

/** An indicator as messages name it: its name, or its cell when it has none. */
export const nameOf = (e: IndicatorEvaluation) => e.indicator.name || e.indicator.nameCell.address;

const PROJECT_COLUMNS: Record<string, Column> = { 年度指标值: "target", 实际完成值: "actual", 分值: "weight", 得分: "score" };
const DEPARTMENT_COLUMNS: Record<string, Column> = { 分值: "points", 自评得分: "score" };

/**
 * The columns a table lacks, by the names layout.missing-column reports; and 分值 when every weight is 0
 * (weights.sum reports that once), since nothing can be scored by such weights either.
 */
export function missingColumns(subject: Subject): Set<Column> {
  const out = new Set<Column>();
  if (subject.kind === "project") {
    const e = subject.evaluation;
    if (!e.table.funds || e.table.funds.missing.length > 0) out.add("funds");
    for (const what of e.table.indicatorMissing) if (PROJECT_COLUMNS[what]) out.add(PROJECT_COLUMNS[what]);
    if (e.weightsZero) out.add("weight");
  } else if (subject.kind === "department") {
    for (const what of subject.evaluation.table.missing) if (DEPARTMENT_COLUMNS[what]) out.add(DEPARTMENT_COLUMNS[what]);
  }
  return out;
}
