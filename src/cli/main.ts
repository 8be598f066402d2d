// selfeval: the engine over .xlsx files, for reviewers checking many workbooks and for anyone
// without Excel. Thin: parse arguments, read files, call src/workbook, print.
import fs from "fs";
import path from "path";
import { parseArgs } from "util";
import { CLI, LAYOUT_NAMES, SEVERITY_NAMES, fmt } from "../messages";
import { PROFILES, findProfile, type ProfileId } from "../scoring";
import { buildReport, checkSheet, planFills, planFixes, type SheetReport } from "../workbook";
import { InputError, applyWrites, gridOfWorksheet, loadWorkbook, saveWorkbook } from "./xlsx";

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const STD: Output = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

export interface FileReport {
  file: string;
  error?: string;
  sheets: SheetReport[];
}

export async function checkFile(file: string, profile?: ProfileId): Promise<FileReport> {
  try {
    // Grids first, so the parsed workbook is garbage before the checks allocate anything.
    const grids = (await loadWorkbook(file)).worksheets.map(gridOfWorksheet);
    return { file, sheets: grids.map((grid) => checkSheet(grid, { profile, drafts: false })) };
  } catch (err) {
    if (err instanceof InputError) return { file, error: err.message, sheets: [] };
    return { file, error: CLI.unexpected(err instanceof Error ? err.message : String(err)), sheets: [] };
  }
}

/** The JSON shape of a report: computed figures and findings, without the internal model. */
export function toJson(files: FileReport[]): unknown {
  return {
    files: files.map((f) => ({
      file: f.file,
      ...(f.error ? { error: f.error } : {}),
      sheets: f.sheets.map((s) => ({
        sheet: s.sheet,
        kind: s.kind,
        ...(s.kind === "project"
          ? { layout: s.layout, profile: s.profile, projectName: s.projectName, budget: s.budget, total: s.total, grade: s.grade }
          : {}),
        ...(s.kind === "department" && s.department
          ? {
              unitName: s.projectName,
              profile: s.department.profile.id,
              budget: {
                lines: s.department.lines.map((l) => ({ label: l.line.label, budget: l.budget, executed: l.executed, rate: l.rate })),
              },
              total: { ...s.total, items: s.department.itemScore, bonus: s.department.bonus },
              grade: s.grade,
            }
          : {}),
        findings: s.findings.map(({ rule, severity, cell, message }) => ({ rule, severity, cell, message })),
      })),
    })),
  };
}

function counts(sheets: SheetReport[]): Record<"error" | "warning" | "info", number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const s of sheets) for (const f of s.findings) c[f.severity]++;
  return c;
}

function projectLines(s: SheetReport): string[] {
  const lines = [`  工作表「${s.sheet}」：项目支出绩效自评表（${LAYOUT_NAMES[s.layout!]}），评分方案：${PROFILES[s.profile!].name}`];
  if (s.projectName) lines.push(`    项目：${s.projectName}`);
  const b = s.budget;
  if (b && b.rate !== null && b.budget !== null && b.executed !== null) {
    lines.push(
      `    预算执行率 ${fmt.rate(b.rate)}（${fmt.amount(b.executed)} ÷ ${fmt.amount(b.budget)}），得分 ${fmt.score(b.score ?? 0)}`,
    );
  }
  if (s.total?.score !== null && s.total?.score !== undefined) {
    const printed = s.total.printed === null ? "表中未填" : `表中 ${fmt.score(s.total.printed)}`;
    lines.push(`    总分 ${fmt.score(s.total.score)}（${printed}），等级：${s.grade}`);
  }
  return lines;
}

function departmentLines(s: SheetReport): string[] {
  const d = s.department!;
  const lines = [`  工作表「${s.sheet}」：部门整体支出绩效自评表，评分框架：${d.profile.name}`];
  if (s.projectName) lines.push(`    部门：${s.projectName}`);
  for (const l of d.lines) {
    if (l.rate !== null)
      lines.push(`    ${l.line.label}：执行率 ${fmt.rate(l.rate)}（${fmt.amount(l.executed!)} ÷ ${fmt.amount(l.budget!)}）`);
  }
  const printed = s.total?.printed === null || s.total?.printed === undefined ? "表中未填" : `表中 ${fmt.score(s.total.printed)}`;
  lines.push(
    `    总分 ${fmt.score(d.total)}（各项 ${fmt.score(d.itemScore)} + 加减分 ${fmt.score(Math.min(d.bonus, d.profile.bonusCap))}；${printed}），等级：${s.grade}`,
  );
  return lines;
}

/** The readable Chinese report. */
export function toText(files: FileReport[]): string[] {
  const lines: string[] = [];
  for (const f of files) {
    lines.push(`文件：${f.file}`);
    if (f.error) {
      lines.push(`  无法检查：${f.error}`);
      continue;
    }
    for (const s of f.sheets) {
      if (s.kind === "unknown") {
        lines.push(`  工作表「${s.sheet}」：不是绩效自评表，未校验。`);
        continue;
      }
      lines.push(...(s.kind === "department" ? departmentLines(s) : projectLines(s)));
      const c = counts([s]);
      lines.push(`    问题：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`);
      for (const finding of s.findings)
        lines.push(`    [${SEVERITY_NAMES[finding.severity]}] ${finding.cell}  ${finding.message}（${finding.rule}）`);
    }
  }
  const all = files.flatMap((f) => f.sheets);
  const c = counts(all);
  const unusable = files.filter((f) => f.error).length;
  lines.push(
    `汇总：${files.length} 个文件，${all.length} 个工作表${unusable ? `，${unusable} 个文件无法读取` : ""}；错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`,
  );
  return lines;
}

function readProfile(value: string | undefined): ProfileId | undefined {
  if (value === undefined) return undefined;
  const p = findProfile(value);
  if (!p) throw new InputError(CLI.unknownProfile(value));
  return p.id;
}

async function runCheck(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, profile: { type: "string" } },
  });
  const profile = readProfile(values.profile);
  if (positionals.length === 0) throw new InputError(CLI.noFiles);
  const files: FileReport[] = [];
  for (const file of positionals) files.push(await checkFile(file, profile));
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
    },
  });
  const profile = readProfile(values.profile);
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
    const report = checkSheet(gridOfWorksheet(ws), { profile });
    if (report.kind !== "project") continue;
    projects++;
    const fills = planFills(report, { overwriteText: values["overwrite-text"] });
    if (!values["overwrite-text"]) kept += report.drafts.filter((d) => d.existing !== null).length;
    const corrections = values.fix ? planFixes(report) : [];
    applyWrites(ws, [...fills, ...corrections]);
    texts += fills.length;
    fixes += corrections.length;
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
      io.out(CLI.usage);
      return command ? 0 : 2;
    }
    if (command === "check") return await runCheck(args, io);
    if (command === "fill") return await runFill(args, io);
    if (command === "report") return await runReport(args, io);
    io.err(CLI.unknownCommand(command));
    io.err(CLI.usage);
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
            ? `未知选项 ${option}`
            : code.endsWith("INVALID_OPTION_VALUE")
              ? `选项 ${option} 缺少取值或取值有误`
              : `无法解析 ${option}`,
        ),
      );
      io.err(CLI.usage);
      return 2;
    }
    io.err(CLI.unexpected(err instanceof Error ? err.message : String(err)));
    return 2;
  }
}
