// Rewrites the README's rule table from the rule catalogue (run by `npm run docs` after build:cli).
"use strict";

const fs = require("fs");
const path = require("path");
const { withRulesTable } = require("../build/cli/docs");

const file = path.resolve(__dirname, "..", "README.md");
const before = fs.readFileSync(file, "utf8");
const after = withRulesTable(before);
if (after !== before) fs.writeFileSync(file, after);
console.log(after === before ? "README 的规则表已是最新。" : "已更新 README 的规则表。");
