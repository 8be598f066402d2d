// Runs the catalogue over one table: each rule that has the columns it needs checks it, and its
// issues become findings stamped with the rule's id and severity. The review signals run apart
// (runSignals): their issues become signals with the rule's weight, never findings.
import { FINDING_RULES, SIGNAL_RULES } from "./registry";
import { missingColumns } from "./helpers";
import { DEFAULT_CONTEXT, type Finding, type Rule, type RuleContext, type Signal, type Subject } from "./types";

/** Runs every rule of the catalogue but the signals (or the rules given: the cross-checks' family) on one table (or unrecognised sheet). */
export function runRules(subject: Subject, context: RuleContext = DEFAULT_CONTEXT, rules: readonly Rule[] = FINDING_RULES): Finding[] {
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

/** Runs the review signals (or those given) on one table: each issue a Signal with its rule's weight, its message the reason. */
export function runSignals(subject: Subject, context: RuleContext, rules: readonly Rule[] = SIGNAL_RULES): Signal[] {
  return rules.flatMap((rule) =>
    rule.check(subject, context).map(({ cell, message }) => ({ id: rule.id, cell, reason: message, weight: rule.weight ?? 1 })),
  );
}
