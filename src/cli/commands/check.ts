// selfeval check: every file checked in turn, results streamed as text or JSON, 汇总.xlsx on request.
import { parseArgs } from "util";
import { CLI } from "../../messages";
import { fileJson } from "../../output/json";
import { summaryWorkbook } from "../../output/summary";
import { toText } from "../../output/text";
import { CrossBatch, keepFindings, slim, type FileReport } from "../../usecases/check";
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
import { checkFile } from "../files";

function exitCode(files: FileReport[]): number {
  if (files.some((f) => f.error || f.unreadableSheets?.length)) return 2;
  return files.some((f) => f.sheets.some((s) => s.findings.some((x) => x.severity === "error"))) ? 1 : 0;
}

export async function runCheck(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      summary: { type: "string" },
      profile: { type: "string" },
      ...RULE_OPTIONS,
      ...LIMIT_OPTIONS,
      ...HELP,
    },
  });
  if (values.help) return help("check", io);
  const profile = readProfile(values.profile);
  const keep = readRuleFilter(values);
  const limits = readLimits(values);
  if (positionals.length === 0) throw new UsageError(CLI.noFiles);
  const summary = values.summary;
  if (summary !== undefined) checkOutput(summary, positionals, ".xlsx", true);
  const files: FileReport[] = [];
  const batch = new CrossBatch();
  if (values.json) io.out('{\n  "files": [');
  for (const [i, file] of positionals.entries()) {
    io.progress?.(CLI.progress(i + 1, positionals.length, file));
    const found = await checkFile(file, profile, limits);
    batch.add(found);
    const report: FileReport = { ...found, sheets: found.sheets.map((s) => slim(keepFindings(s, keep))) };
    files.push(report);
    io.progress?.("");
    // Results stream file by file, in order; a file's problem goes to stderr, the report to stdout.
    if (report.error) io.err(report.error);
    for (const u of report.unreadableSheets ?? []) io.err(u.error);
    if (values.json) io.out(`${JSON.stringify(fileJson(report), null, 2).replace(/^/gm, "    ")}${i < positionals.length - 1 ? "," : ""}`);
    else if (!report.error) toText([report], { totals: false }).forEach((l) => io.out(l));
  }
  // Between files: a 自评表 and the 申报表 / 监控表 of its project in other files, after every file was checked.
  const crossFiles: FileReport[] = [];
  for (const found of batch.finish(await Promise.all(batch.pending().map((file) => checkFile(file, profile, limits)))))
    crossFiles.push({ ...found, sheets: found.sheets.map((s) => keepFindings(s, keep)).filter((s) => s.findings.length > 0) });
  const crossShown = crossFiles.filter((f) => f.sheets.length > 0);
  if (values.json) {
    io.out("  ]" + (crossShown.length ? "," : ""));
    if (crossShown.length) io.out(`  "crossFiles": ${JSON.stringify(crossShown.map(fileJson), null, 2).replace(/\n/g, "\n  ")}`);
    io.out("}");
  } else {
    if (crossShown.length) io.out([CLI.text.crossFiles, ...toText(crossShown, { totals: false })].join("\n"));
    io.out(toText(files, { files: false }).join("\n"));
  }
  if (summary !== undefined) {
    await writeOutput(summary, () => summaryWorkbook(files));
    const tables = files.flatMap((f) => f.sheets).filter((s) => s.kind !== "unknown");
    io.err(
      CLI.summaryWritten(
        summary,
        tables.length,
        tables.reduce((n, s) => n + s.findings.length, 0),
      ),
    );
  }
  return exitCode(files);
}
