// Runs the catalogue over one table: each rule that has the columns it needs checks it, and its
// issues become findings stamped with the rule's id and severity.
import { RULES } from "./registry";
import { missingColumns } from "./helpers";
import { DEFAULT_CONTEXT, type Finding, type Rule, type RuleContext, type Subject } from "./types";

/** Runs every rule of the catalogue (or the rules given: the cross-checks' family) on one table (or unrecognised sheet). */
export function runRules(subject: Subject, context: RuleContext = DEFAULT_CONTEXT, rules: readonly Rule[] = RULES): Finding[] {
  const missing = missingColumns(subject);
  return rules.flatMap((rule) =>
    (rule.needs?.some((c) => missing.has(c)) ? [] : rule.check(subject, context)).map(({ cell, message, fix, severity }) => ({
      rule: rule.id,
      severity: severity ?? rule.severity,
      cell,
      message,
      ...(fix ? { fix } : {}),
    })),
  );
}
