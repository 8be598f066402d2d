// The rule table of docs/rules.md, generated from the catalogue (npm run docs writes it; a test keeps it true).
import { ruleLevel } from "../messages";
import { RULES } from "../workbook";

export const RULES_START = "<!-- rules:start (npm run docs 生成，请勿手改) -->";
export const RULES_END = "<!-- rules:end -->";

export function rulesMarkdown(): string {
  const rows = RULES.map(
    (r) => `| \`${r.id}\` | ${ruleLevel(r)} | ${r.fixable ? "是" : "否"} | ${r.title} | ${r.docs.replace(/\|/g, "\\|")} |`,
  );
  return ["| 规则 | 级别 | 可自动改正 | 名称 | 说明 |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** The rules page with its rule table replaced by the catalogue's. */
export function withRulesTable(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`docs/rules.md 中没有 ${RULES_START} … ${RULES_END} 标记`);
  return `${readme.slice(0, start + RULES_START.length)}\n${rulesMarkdown()}\n${readme.slice(end)}`;
}
