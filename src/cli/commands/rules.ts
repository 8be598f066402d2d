// selfeval rules: the rule catalogue, or the rules named, as a table or JSON.
import { parseArgs } from "util";
import { CLI, ruleLevel } from "../../messages";
import { RULES, ruleById, type Rule } from "../../workbook";
import { HELP, UsageError, help, type Output } from "../args";

function ruleJson(r: Rule) {
  return {
    id: r.id,
    family: r.family,
    severity: r.severity,
    fixable: r.fixable,
    title: r.title,
    docs: r.docs,
    ...(r.weight !== undefined ? { weight: r.weight } : {}),
  };
}

/** Columns on a terminal: a Chinese character takes two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function runRules(args: string[], io: Output): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean" }, ...HELP } });
  if (values.help) return help("rules", io);
  if (positionals.length > 0) {
    for (const id of positionals) {
      const r = ruleById(id);
      if (!r) throw new UsageError(CLI.unknownRule(id));
      if (values.json) io.out(JSON.stringify(ruleJson(r), null, 2));
      else io.out(CLI.rules.one(r.id, ruleLevel(r), CLI.rules.fixable(r.fixable), r.title, r.docs));
    }
    return 0;
  }
  if (values.json) {
    io.out(JSON.stringify(RULES.map(ruleJson), null, 2));
    return 0;
  }
  const rows = [CLI.rules.header, ...RULES.map((r) => [r.id, ruleLevel(r), CLI.rules.fixable(r.fixable), r.title])];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c]))));
  for (const row of rows) io.out(row.map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c]))).join("  "));
  io.out(CLI.rules.count(RULES.length));
  return 0;
}
