// The one catalogue of rules: it drives the checker (project and department tables alike), the docs
// table in docs/rules.md, `selfeval rules`, `--select`/`--ignore` and the catalogue test. Adding a rule
// is one object in its family's file (plus its text in src/messages/rules and its test cases).
import { CLI } from "../../messages/cli";
import { BUDGET_RULES } from "./budget";
import { CROSS_RULES } from "./cross";
import { DEPARTMENT_RULES } from "./department";
import { FORMULA_RULES } from "./formula";
import { INDICATOR_RULES } from "./indicator";
import { LAYOUT_RULES } from "./layout";
import { NARRATIVE_RULES } from "./narrative";
import { QUALITY_RULES } from "./quality";
import { REVIEW_RULES } from "./review";
import { TOTAL_RULES } from "./total";
import type { Rule } from "./types";
import { WEIGHTS_RULES } from "./weights";

/** Every rule, in the order findings are reported; the review signals (not findings) last. */
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
  ...CROSS_RULES,
  ...REVIEW_RULES,
];

/** The rules whose issues are findings: all but the review signals (runSignals runs those). */
export const FINDING_RULES = RULES.filter((r) => r.family !== "review");

/** The review signals (family `review`): evidence for a reviewer's ranking, never findings. */
export const SIGNAL_RULES = RULES.filter((r) => r.family === "review");

const BY_ID = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
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
