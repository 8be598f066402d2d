// selfeval fill: drafts (and, with --fix, the fixes) written into a copy of one workbook, or listed (--dry-run).
import path from "path";
import { parseArgs } from "util";
import { CLI, IO } from "../../messages";
import { FileProblem, type Loaded } from "../../usecases/check";
import { fillBytes, planFill } from "../../usecases/fill";
import {
  HELP,
  LIMIT_OPTIONS,
  RULE_OPTIONS,
  UsageError,
  checkOutput,
  help,
  readLimits,
  readProfile,
  readRuleFilter,
  writeOutput,
  type Output,
} from "../args";
import { loadFile, nodeEnv } from "../files";

export async function runFill(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      fix: { type: "boolean" },
      "overwrite-text": { type: "boolean" },
      "dry-run": { type: "boolean" },
      force: { type: "boolean" },
      profile: { type: "string" },
      ...RULE_OPTIONS,
      ...LIMIT_OPTIONS,
      ...HELP,
    },
  });
  if (values.help) return help("fill", io);
  const profile = readProfile(values.profile);
  const keep = readRuleFilter(values);
  const limits = readLimits(values);
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? CLI.noFiles : CLI.fillNeedsOne);
  const input = positionals[0];

  let loaded: Loaded;
  try {
    loaded = await loadFile(input, limits);
  } catch (err) {
    if (err instanceof FileProblem) throw new UsageError(err.message);
    throw err;
  }
  const patchable = loaded.read.parts !== undefined;
  const output =
    values.output ?? (patchable ? undefined : path.join(path.dirname(input), `${path.basename(input).replace(/\.[^.]*$/, "")}.xlsx`));
  if (!values["dry-run"]) checkOutput(output, [input], patchable && /\.xlsm$/i.test(input) ? [".xlsm", ".xlsx"] : ".xlsx", values.force);
  for (const u of loaded.read.unreadable) io.err(IO.sheetUnreadable(input, u.sheet));

  const plan = await planFill(loaded, nodeEnv(limits), { profile, fix: values.fix, overwriteText: values["overwrite-text"], keep });
  if (plan.tables === 0) throw new UsageError(CLI.noTables(input));
  if (plan.changes.length === 0) io.out(CLI.nothingToFill(input, plan.kept));
  else {
    io.out(CLI.changes(plan.changes.length, !!values["dry-run"]));
    plan.changes.forEach((c) => io.out(CLI.change(c.cell, c.old, c.now, c.note)));
  }
  if (values["dry-run"]) return 0;

  const filled = fillBytes(loaded, plan);
  filled.heights.forEach((h) => io.out(CLI.taller(h.sheet, h.row, h.height)));
  filled.skipped.forEach((s) => io.err(CLI.skipped(s.sheet, s.cell)));
  if (filled.converted) io.out(CLI.converted(input, output!));
  await writeOutput(output!, () => filled.bytes);
  io.out(CLI.filled(output!, plan.texts, plan.fixes, plan.kept));
  return 0;
}
