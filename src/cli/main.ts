// selfeval: the engine over .xlsx files, for reviewers checking many workbooks and for anyone
// without Excel. Thin: parse arguments, read files, call src/workbook, print.
import fs from "fs";
import path from "path";
import { parseArgs } from "util";
import { CLI, SEVERITY_NAMES } from "../messages";
import { findProfile, profileChoices, type ProfileId } from "../scoring";
import {
  RULES,
  UnknownRuleError,
  buildReport,
  checkTables,
  planFills,
  planFixes,
  ruleById,
  ruleFilter,
  completeFormulas,
  uncomputedFormulas,
  type Grid,
  type Rule,
  type SheetReport,
} from "../workbook";
import { nodeFormulaEngine } from "../formula/node";
import { toJson, toText, type FileReport } from "./output";
import { InputError, applyWrites, gridOfWorksheet, loadWorkbook, saveWorkbook } from "./xlsx";

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const STD: Output = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

/** The grids with the formulas their file left without results computed (the engine loads only then). */
async function withFormulas(grids: Grid[]): Promise<Grid[]> {
  if (uncomputedFormulas(grids).length === 0) return grids;
  return completeFormulas(grids, await nodeFormulaEngine());
}

export async function checkFile(file: string, profile?: ProfileId): Promise<FileReport> {
  try {
    // Grids first, so the parsed workbook is garbage before the checks allocate anything.
    const grids = await withFormulas((await loadWorkbook(file)).worksheets.map(gridOfWorksheet));
    return { file, sheets: grids.flatMap((grid) => checkTables(grid, { profile, drafts: false })) };
  } catch (err) {
    if (err instanceof InputError) return { file, error: err.message, sheets: [] };
    return { file, error: CLI.unexpected(err instanceof Error ? err.message : String(err)), sheets: [] };
  }
}

function readProfile(value: string | undefined): ProfileId | undefined {
  if (value === undefined) return undefined;
  const p = findProfile(value);
  if (!p) throw new InputError(CLI.unknownProfile(value, profileChoices()));
  return p.id;
}

/** --select and --ignore: comma-separated rule ids or families, each option repeatable. */
const RULE_OPTIONS = { select: { type: "string", multiple: true }, ignore: { type: "string", multiple: true } } as const;

function readRuleFilter(values: { select?: string[]; ignore?: string[] }): (id: string) => boolean {
  const list = (v: string[] | undefined) =>
    (v ?? [])
      .flatMap((x) => x.split(/[,，]/))
      .map((x) => x.trim())
      .filter(Boolean);
  try {
    return ruleFilter(list(values.select), list(values.ignore));
  } catch (err) {
    if (err instanceof UnknownRuleError) throw new InputError(err.message);
    throw err;
  }
}

/** The report with only the findings the filter keeps. */
function keepFindings(report: SheetReport, keep: (id: string) => boolean): SheetReport {
  return { ...report, findings: report.findings.filter((f) => keep(f.rule)) };
}

function runRules(args: string[], io: Output): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean" } } });
  if (positionals.length > 0) {
    for (const id of positionals) {
      const r = ruleById(id);
      if (!r) throw new InputError(CLI.unknownRule(id));
      if (values.json) io.out(JSON.stringify(ruleJson(r), null, 2));
      else io.out(CLI.rules.one(r.id, SEVERITY_NAMES[r.severity], CLI.rules.fixable(r.fixable), r.title, r.docs));
    }
    return 0;
  }
  if (values.json) {
    io.out(JSON.stringify(RULES.map(ruleJson), null, 2));
    return 0;
  }
  const rows = [CLI.rules.header, ...RULES.map((r) => [r.id, SEVERITY_NAMES[r.severity], CLI.rules.fixable(r.fixable), r.title])];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c]))));
  for (const row of rows) io.out(row.map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c]))).join("  "));
  io.out(CLI.rules.count(RULES.length));
  return 0;
}

function ruleJson(r: Rule) {
  return { id: r.id, family: r.family, severity: r.severity, fixable: r.fixable, title: r.title, docs: r.docs };
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

async function runCheck(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, profile: { type: "string" }, ...RULE_OPTIONS },
  });
  const profile = readProfile(values.profile);
  const keep = readRuleFilter(values);
  if (positionals.length === 0) throw new InputError(CLI.noFiles);
  const files: FileReport[] = [];
  for (const file of positionals) {
    const report = await checkFile(file, profile);
    files.push({ ...report, sheets: report.sheets.map((s) => keepFindings(s, keep)) });
  }
  if (values.json) io.out(JSON.stringify(toJson(files), null, 2));
  else toText(files).forEach((l) => io.out(l));
  if (files.some((f) => f.error)) return 2;
  return files.some((f) => f.sheets.some((s) => s.findings.some((x) => x.severity === "error"))) ? 1 : 0;
}

async function runFill(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      fix: { type: "boolean" },
      "overwrite-text": { type: "boolean" },
      force: { type: "boolean" },
      profile: { type: "string" },
      ...RULE_OPTIONS,
    },
  });
  const profile = readProfile(values.profile);
  const keep = readRuleFilter(values);
  if (positionals.length !== 1) throw new InputError(positionals.length === 0 ? CLI.noFiles : CLI.fillNeedsOne);
  const input = positionals[0];
  const output = values.output!;
  checkOutput(output, [input], ".xlsx", values.force);

  const wb = await loadWorkbook(input);
  let texts = 0;
  let fixes = 0;
  let kept = 0;
  let projects = 0;
  for (const ws of wb.worksheets) {
    for (const found of checkTables(gridOfWorksheet(ws), { profile })) {
      const report = keepFindings(found, keep);
      if (report.kind !== "project") continue;
      projects++;
      const fills = planFills(report, { overwriteText: values["overwrite-text"] });
      if (!values["overwrite-text"]) kept += report.drafts.filter((d) => d.existing !== null).length;
      const corrections = values.fix ? planFixes(report) : [];
      applyWrites(ws, [...fills, ...corrections]);
      texts += fills.length;
      fixes += corrections.length;
    }
  }
  if (projects === 0) throw new InputError(CLI.noProjectSheet(input));
  try {
    await saveWorkbook(wb, output);
  } catch (err) {
    throw new InputError(CLI.writeFailed(output, err instanceof Error ? err.message : String(err)));
  }
  io.out(CLI.filled(output, texts, fixes, kept));
  return 0;
}

function checkOutput(output: string | undefined, inputs: string[], extension: string, force: boolean | undefined): string {
  if (!output) throw new InputError(CLI.needsOutput(extension));
  if (!output.toLowerCase().endsWith(extension)) throw new InputError(CLI.outputExtension(output, extension));
  if (inputs.some((i) => path.resolve(i) === path.resolve(output))) throw new InputError(CLI.sameFile);
  if (fs.existsSync(output) && !force) throw new InputError(CLI.outputExists(output));
  return output;
}

async function runReport(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: "string", short: "o" }, profile: { type: "string" }, force: { type: "boolean" } },
  });
  const profile = readProfile(values.profile);
  if (positionals.length === 0) throw new InputError(CLI.noFiles);
  const output = checkOutput(values.output, positionals, ".docx", values.force);
  const files: FileReport[] = [];
  for (const file of positionals) files.push(await checkFile(file, profile));
  const unusable = files.filter((f) => f.error);
  if (unusable.length) {
    unusable.forEach((f) => io.err(f.error!));
    throw new InputError(CLI.reportUnusable);
  }
  const sheets = files.flatMap((f) => f.sheets).filter((s) => s.kind !== "unknown");
  if (sheets.length === 0) throw new InputError(CLI.reportNothing);
  const outline = buildReport(sheets);
  // The Word writer loads only for this command: check and fill start faster without it.
  const { Packer } = await import("docx");
  const { reportDocument } = await import("../report/docx");
  try {
    fs.writeFileSync(output, await Packer.toBuffer(reportDocument(outline)));
  } catch (err) {
    throw new InputError(CLI.writeFailed(output, err instanceof Error ? err.message : String(err)));
  }
  io.out(
    CLI.reported(
      output,
      sheets.filter((s) => s.kind === "project").length,
      sheets.some((s) => s.kind === "department"),
    ),
  );
  return 0;
}

/** Runs a command line; returns the exit code. Every failure is a Chinese message, never a stack trace. */
export async function main(argv: string[], io: Output = STD): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (!command || command === "help" || command === "--help" || command === "-h") {
      io.out(CLI.usage(profileChoices()));
      return command ? 0 : 2;
    }
    if (command === "check") return await runCheck(args, io);
    if (command === "fill") return await runFill(args, io);
    if (command === "report") return await runReport(args, io);
    if (command === "rules") return runRules(args, io);
    io.err(CLI.unknownCommand(command));
    io.err(CLI.usage(profileChoices()));
    return 2;
  } catch (err) {
    if (err instanceof InputError) {
      io.err(err.message);
      return 2;
    }
    if (String((err as { code?: unknown })?.code ?? "").startsWith("ERR_PARSE_ARGS")) {
      const option = /'([^']+)'/.exec((err as Error).message)?.[1] ?? "";
      const code = String((err as { code: string }).code);
      io.err(
        CLI.badArgs(
          code.endsWith("UNKNOWN_OPTION")
            ? CLI.unknownOption(option)
            : code.endsWith("INVALID_OPTION_VALUE")
              ? CLI.badOptionValue(option)
              : CLI.unparsable(option),
        ),
      );
      io.err(CLI.usage(profileChoices()));
      return 2;
    }
    io.err(CLI.unexpected(err instanceof Error ? err.message : String(err)));
    return 2;
  }
}
