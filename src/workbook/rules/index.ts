// The one catalogue of rules: it drives the checker (project and department tables alike), the docs
// table in the README, `selfeval rules`, `--select`/`--ignore` and the catalogue test. Adding a rule
// is one object in its family's file (plus its text in src/messages and its tests).
import { CLI } from "../../messages/cli";
import type { Finding } from "../finding";
import { BUDGET_RULES } from "./budget";
import { DEPARTMENT_RULES } from "./department";
import { FORMULA_RULES } from "./formula";
import { INDICATOR_RULES } from "./indicator";
import { LAYOUT_RULES } from "./layout";
import { NARRATIVE_RULES } from "./narrative";
import { QUALITY_RULES } from "./quality";
import { TOTAL_RULES } from "./total";
import { DEFAULT_CONTEXT, type Column, type Rule, type RuleContext, type Subject } from "./types";
import { WEIGHTS_RULES } from "./weights";

export type { Audience, Column, Family, Issue, Rule, RuleContext, Subject } from "./types";

/** Every rule, in the order findings are reported. */
export const RULES = [
  ...LAYOUT_RULES,
  ...FORMULA_RULES,
  ...BUDGET_RULES,
  ...INDICATOR_RULES,
  ...WEIGHTS_RULES,
  ...TOTAL_RULES,
  ...DEPARTMENT_RULES,
  ...NARRATIVE_RULES,
  ...QUALITY_RULES,
];

export type RuleId = (typeof RULES)[number]["id"];

const BY_ID = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

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

/** A choice of rules that names a rule or family the catalogue does not have. */
export class UnknownRuleError extends Error {}

/**
 * Which findings to keep, from `--select` and `--ignore` lists of exact ids or families
 * ("quality", "dept"): selected (all when none is) and not ignored. Unknown names are an error.
 */
export function ruleFilter(select: string[] = [], ignore: string[] = []): (id: string) => boolean {
  const families = new Set(RULES.map((r) => r.family as string));
  const matcher = (names: string[]) => {
    for (const n of names) if (!BY_ID.has(n) && !families.has(n)) throw new UnknownRuleError(CLI.unknownRule(n));
    return (id: string) => names.some((n) => n === id || id.startsWith(`${n}.`));
  };
  const selected = select.length ? matcher(select) : () => true;
  const ignored = matcher(ignore);
  return (id) => selected(id) && !ignored(id);
}
