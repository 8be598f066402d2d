// Runs the catalogue over one table: each rule that has the columns it needs checks it, and its
// issues become findings stamped with the rule's id and severity.
import { RULES } from "./registry";
import { DEFAULT_CONTEXT, type Column, type Finding, type RuleContext, type Subject } from "./types";

const PROJECT_COLUMNS: Record<string, Column> = { 年度指标值: "target", 实际完成值: "actual", 分值: "weight", 得分: "score" };
const DEPARTMENT_COLUMNS: Record<string, Column> = { 分值: "points", 自评得分: "score" };

/** The columns a table lacks, by the names layout.missing-column reports. */
export function missingColumns(subject: Subject): Set<Column> {
  const out = new Set<Column>();
  if (subject.kind === "project") {
    const t = subject.evaluation.table;
    if (!t.funds || t.funds.missing.length > 0) out.add("funds");
    for (const what of t.indicatorMissing) if (PROJECT_COLUMNS[what]) out.add(PROJECT_COLUMNS[what]);
  } else if (subject.kind === "department") {
    for (const what of subject.evaluation.table.missing) if (DEPARTMENT_COLUMNS[what]) out.add(DEPARTMENT_COLUMNS[what]);
  }
  return out;
}

/** Runs every rule of the catalogue on one table (or unrecognised sheet). */
export function runRules(subject: Subject, context: RuleContext = DEFAULT_CONTEXT): Finding[] {
  const missing = missingColumns(subject);
  return RULES.flatMap((rule) =>
    (rule.needs?.some((c) => missing.has(c)) ? [] : rule.check(subject, context)).map(({ cell, message, fix, severity }) => ({
      rule: rule.id,
      severity: severity ?? rule.severity,
      cell,
      message,
      ...(fix ? { fix } : {}),
    })),
  );
}
