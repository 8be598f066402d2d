// The checker's words, one object per rule id (its title, its docs and its message builders), one
// file per rule family as in src/workbook/rules/.
import { BUDGET_TEXT } from "./budget";
import { CROSS_TEXT } from "./cross";
import { DEPARTMENT_TEXT } from "./department";
import { FORMULA_TEXT } from "./formula";
import { INDICATOR_TEXT } from "./indicator";
import { LAYOUT_TEXT } from "./layout";
import { NARRATIVE_TEXT } from "./narrative";
import { QUALITY_TEXT } from "./quality";
import { REVIEW_TEXT } from "./review";
import { TOTAL_TEXT } from "./total";
import { WEIGHTS_TEXT } from "./weights";
import type { RuleText } from "./words";

export { FINDING_WORDS, type RuleText } from "./words";
export { CROSS_WORDS } from "./cross";
export { someOf } from "./review";

/** Every rule's text by its id: `RULE_TEXT["budget.rate"].message(…)`. */
export const RULE_TEXT = {
  ...LAYOUT_TEXT,
  ...FORMULA_TEXT,
  ...BUDGET_TEXT,
  ...INDICATOR_TEXT,
  ...WEIGHTS_TEXT,
  ...TOTAL_TEXT,
  ...DEPARTMENT_TEXT,
  ...NARRATIVE_TEXT,
  ...QUALITY_TEXT,
  ...CROSS_TEXT,
  ...REVIEW_TEXT,
};

/** The id of every rule that has its text. */
export type RuleTextId = keyof typeof RULE_TEXT;

/** Each rule's short name and what it checks and why, with its source. */
export const RULE_DOCS: Readonly<Record<string, RuleText>> = RULE_TEXT;
