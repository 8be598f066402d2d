// selfeval report: the Word 自评报告 of the tables in the files given.
import { parseArgs } from "util";
import { CLI } from "../../messages";
import type { FileReport } from "../../usecases/check";
import { reportDocx, reportTables } from "../../usecases/report";
import { buildReport } from "../../workbook";
import { HELP, LIMIT_OPTIONS, UsageError, checkOutput, help, readLimits, readProfile, writeOutput, type Output } from "../args";
import { checkFile } from "../files";

export async function runReport(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: "string", short: "o" }, profile: { type: "string" }, force: { type: "boolean" }, ...LIMIT_OPTIONS, ...HELP },
  });
  if (values.help) return help("report", io);
  const profile = readProfile(values.profile);
  const limits = readLimits(values);
  if (positionals.length === 0) throw new UsageError(CLI.noFiles);
  const output = checkOutput(values.output, positionals, ".docx", values.force);
  const files: FileReport[] = [];
  for (const file of positionals) files.push(await checkFile(file, profile, limits));
  const unusable = files.filter((f) => f.error);
  if (unusable.length) {
    unusable.forEach((f) => io.err(f.error!));
    throw new UsageError(CLI.reportUnusable);
  }
  const sheets = reportTables(files);
  if (sheets.length === 0) throw new UsageError(CLI.reportNothing);
  const outline = buildReport(sheets);
  await writeOutput(output, async () => (await reportDocx(outline)).bytes);
  io.out(
    CLI.reported(
      output,
      sheets.filter((s) => s.kind === "project").length,
      sheets.some((s) => s.kind === "department"),
    ),
  );
  return 0;
}
