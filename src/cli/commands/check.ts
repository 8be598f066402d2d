// selfeval check: every file checked in turn, results streamed as text or JSON, 汇总.xlsx on request; with
// --sample, the review sample (issue 21) drawn from the batch ranked by its signals, with a seed shown.
import { parseArgs } from "util";
import { CLI } from "../../messages";
import { fileJson, reviewJson } from "../../output/json";
import { summaryWorkbook } from "../../output/summary";
import { sampleText, toText } from "../../output/text";
import { newSeed, reviewBatch } from "../../workbook";
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
  readSample,
  readSeed,
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
      sample: { type: "string" },
      seed: { type: "string" },
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
  const sample = readSample(values.sample);
  const givenSeed = readSeed(values.seed);
  if (givenSeed !== undefined && !sample) throw new UsageError(CLI.seedWithoutSample);
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
  // The reviewer's view: every 自评表 ranked by its signals, and the sample when asked for (its seed always shown).
  const seed = sample ? (givenSeed ?? newSeed()) : undefined;
  if (sample && givenSeed === undefined) io.err(CLI.seedChosen(seed!));
  const review = sample || summary !== undefined ? reviewBatch(files, { sample, seed, keep, crossFiles }) : undefined;
  const reviewed = review && reviewJson(review);
  if (values.json) {
    io.out("  ]" + (crossShown.length || reviewed ? "," : ""));
    if (crossShown.length)
      io.out(`  "crossFiles": ${JSON.stringify(crossShown.map(fileJson), null, 2).replace(/\n/g, "\n  ")}${reviewed ? "," : ""}`);
    if (reviewed) io.out(`  "review": ${JSON.stringify(reviewed, null, 2).replace(/\n/g, "\n  ")}`);
    io.out("}");
  } else {
    if (crossShown.length) io.out([CLI.text.crossFiles, ...toText(crossShown, { totals: false })].join("\n"));
    io.out(toText(files, { files: false }).join("\n"));
    if (review?.sample) io.out(sampleText(review).join("\n"));
  }
  if (summary !== undefined) {
    await writeOutput(summary, () => summaryWorkbook(files, { review, crossFiles: crossShown }));
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
