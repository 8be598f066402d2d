// Rewrites the rule table in docs/rules.md from the rule catalogue (run by `npm run docs` after build:cli).
"use strict";

const fs = require("fs");
const path = require("path");
const { withRulesTable, RULES_START, RULES_END } = require("../build/cli/docs");

const file = path.resolve(__dirname, "..", "docs", "rules.md");
const before = fs.readFileSync(file, "utf8");
if (!before.includes(RULES_START) || !before.includes(RULES_END)) {
  console.error(`docs/rules.md 中没有 ${RULES_START} … ${RULES_END} 标记。`);
  process.exit(1);
}
const after = withRulesTable(before);
if (after !== before) fs.writeFileSync(file, after);
console.log(after === before ? "docs/rules.md 的规则表已是最新。" : "已更新 docs/rules.md 的规则表。");
