// selfeval: the engine over workbook files, for reviewers checking hundreds of workbooks and for anyone
// without Excel. Thin: parse arguments, read files (src/io), call src/workbook, print, write atomically.
import fs from "fs";
import path from "path";
import { parseArgs } from "util";
import {
  FileProblem,
  checkLoaded,
  fillBytes,
  keepFindings,
  loadBytes,
  planFill,
  slim,
  type EngineEnv,
  type FileReport,
  type Loaded,
} from "../engine/files";
import { nodeFormulaEngine } from "../formula/node";
import { DEFAULT_LIMITS, type ReadLimits } from "../io/read";
import { summaryWorkbook } from "../io/summary";
import { CLI, IO, SEVERITY_NAMES } from "../messages";
import { findProfile, profileChoices, type ProfileId } from "../scoring";
import { RULES, UnknownRuleError, buildReport, ruleById, ruleFilter, type Rule } from "../workbook";
import { isSameFile, nativeInflate, readInput, writeAtomically } from "./files";
import { serveFolder } from "./serve";
import { fileJson, toJson, toText } from "./output";

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A progress line that replaces itself (stderr on a terminal only); "" clears it. */
  progress?: (text: string) => void;
}

const STD: Output = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[K${text}`) : undefined,
};

/** A usage problem, said in Chinese: exit 2 before any file is read. */
export class UsageError extends Error {}

/** The engine as the CLI runs it: Node's zlib, IronCalc loaded from node_modules on the first workbook that needs it. */
function nodeEnv(limits: ReadLimits): EngineEnv {
  return { limits, inflate: nativeInflate, formulas: nodeFormulaEngine };
}

/** Reads one file into grids, or throws FileProblem with the reason in Chinese. */
async function load(file: string, limits: ReadLimits): Promise<Loaded> {
  const bytes = readInput(file, limits.maxBytes, (size) => IO.tooLarge(file, size, limits.maxBytes));
  return loadBytes(file, bytes, nodeEnv(limits));
}

export async function checkFile(file: string, profile?: ProfileId, limits: ReadLimits = DEFAULT_LIMITS): Promise<FileReport> {
  try {
    return checkLoaded(file, await load(file, limits), profile);
  } catch (err) {
    if (err instanceof FileProblem) return { file, error: err.message, sheets: [] };
    return { file, error: CLI.unexpected(err instanceof Error ? err.message : String(err)), sheets: [] };
  }
}

function readProfile(value: string | undefined): ProfileId | undefined {
  if (value === undefined) return undefined;
  const p = findProfile(value);
  if (!p) throw new UsageError(CLI.unknownProfile(value, profileChoices()));
  return p.id;
}

/** --select and --ignore: comma-separated rule ids or families, each option repeatable. */
const RULE_OPTIONS = { select: { type: "string", multiple: true }, ignore: { type: "string", multiple: true } } as const;
const LIMIT_OPTIONS = { "max-size": { type: "string" }, "max-cells": { type: "string" } } as const;
const HELP = { help: { type: "boolean", short: "h" } } as const;

function readRuleFilter(values: { select?: string[]; ignore?: string[] }): (id: string) => boolean {
  const list = (v: string[] | undefined) =>
    (v ?? [])
      .flatMap((x) => x.split(/[,，]/))
      .map((x) => x.trim())
      .filter(Boolean);
  try {
    return ruleFilter(list(values.select), list(values.ignore));
  } catch (err) {
    if (err instanceof UnknownRuleError) throw new UsageError(err.message);
    throw err;
  }
}

function readLimits(values: { "max-size"?: string; "max-cells"?: string }): ReadLimits {
  const positive = (option: string, text: string | undefined, fallback: number, scale: number) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(CLI.badNumber(option, text));
    return Math.round(n * scale);
  };
  return {
    maxBytes: positive("--max-size", values["max-size"], DEFAULT_LIMITS.maxBytes, 1024 * 1024),
    maxCells: positive("--max-cells", values["max-cells"], DEFAULT_LIMITS.maxCells, 1),
  };
}

function exitCode(files: FileReport[]): number {
  if (files.some((f) => f.error || f.unreadableSheets?.length)) return 2;
  return files.some((f) => f.sheets.some((s) => s.findings.some((x) => x.severity === "error"))) ? 1 : 0;
}

async function runCheck(args: string[], io: Output): Promise<number> {
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
  if (values.json) io.out('{\n  "files": [');
  for (const [i, file] of positionals.entries()) {
    io.progress?.(CLI.progress(i + 1, positionals.length, file));
    const found = await checkFile(file, profile, limits);
    const report: FileReport = { ...found, sheets: found.sheets.map((s) => slim(keepFindings(s, keep))) };
    files.push(report);
    io.progress?.("");
    // Results stream file by file, in order; a file's problem goes to stderr, the report to stdout.
    if (report.error) io.err(report.error);
    for (const u of report.unreadableSheets ?? []) io.err(u.error);
    if (values.json) io.out(`${JSON.stringify(fileJson(report), null, 2).replace(/^/gm, "    ")}${i < positionals.length - 1 ? "," : ""}`);
    else if (!report.error) toText([report], { totals: false }).forEach((l) => io.out(l));
  }
  if (values.json) io.out("  ]\n}");
  else io.out(toText(files, { files: false }).join("\n"));
  if (summary !== undefined) {
    try {
      writeAtomically(summary, summaryWorkbook(files));
    } catch (err) {
      throw new UsageError(CLI.writeFailed(summary, err instanceof Error ? err.message : String(err)));
    }
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

function runRules(args: string[], io: Output): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean" }, ...HELP } });
  if (values.help) return help("rules", io);
  if (positionals.length > 0) {
    for (const id of positionals) {
      const r = ruleById(id);
      if (!r) throw new UsageError(CLI.unknownRule(id));
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

/** Refuses an output that is missing, of the wrong kind, a folder, the input itself, or present without --force. */
function checkOutput(output: string | undefined, inputs: string[], extension: string | string[], force: boolean | undefined): string {
  const extensions = Array.isArray(extension) ? extension : [extension];
  if (!output) throw new UsageError(CLI.needsOutput(extensions[0]));
  let isDir = /[\\/]$/.test(output);
  try {
    isDir ||= fs.statSync(output).isDirectory();
  } catch {
    // Not there yet: fine.
  }
  if (isDir) throw new UsageError(CLI.outputIsDirectory(output));
  if (!extensions.some((e) => output.toLowerCase().endsWith(e))) throw new UsageError(CLI.outputExtension(output, extensions[0]));
  const same = inputs.find((i) => isSameFile(i, output));
  if (same !== undefined) throw new UsageError(CLI.sameFile(output, same));
  if (fs.existsSync(output) && !force) throw new UsageError(CLI.outputExists(output));
  return output;
}

async function runFill(args: string[], io: Output): Promise<number> {
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
    loaded = await load(input, limits);
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
  try {
    writeAtomically(output!, filled.bytes);
  } catch (err) {
    throw new UsageError(CLI.writeFailed(output!, err instanceof Error ? err.message : String(err)));
  }
  io.out(CLI.filled(output!, plan.texts, plan.fixes, plan.kept));
  return 0;
}

async function runReport(args: string[], io: Output): Promise<number> {
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
  const sheets = files.flatMap((f) => f.sheets).filter((s) => s.kind !== "unknown");
  if (sheets.length === 0) throw new UsageError(CLI.reportNothing);
  const outline = buildReport(sheets);
  // The Word writer loads only for this command: check and fill start faster without it.
  const { reportBytes } = await import("../report/docx");
  try {
    writeAtomically(output, await reportBytes(outline));
  } catch (err) {
    throw new UsageError(CLI.writeFailed(output, err instanceof Error ? err.message : String(err)));
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

/** The checker folder beside this build: <package>/dist/checker. */
const CHECKER_DIR = path.join(__dirname, "..", "..", "dist", "checker");

async function runServe(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { port: { type: "string" }, host: { type: "string" }, ...HELP },
  });
  if (values.help) return help("serve", io);
  if (positionals.length > 1) throw new UsageError(CLI.commandHelp(CLI.help.serve, profileChoices()));
  const dir = path.resolve(positionals[0] ?? CHECKER_DIR);
  if (!fs.existsSync(path.join(dir, "index.html"))) throw new UsageError(CLI.serveMissing(dir));
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(CLI.badNumber("--port", String(values.port)));
  const host = values.host ?? "127.0.0.1";
  let server;
  try {
    server = await serveFolder(dir, port, host);
  } catch (err) {
    throw new UsageError(CLI.serveFailed((err as NodeJS.ErrnoException).code ?? String(err)));
  }
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  io.out(CLI.serving(`http://${host === "0.0.0.0" ? "本机地址" : host}:${actual}/`, dir, fs.existsSync(path.join(dir, "checker.js"))));
  return new Promise<number>((resolve) => {
    const stop = () => server.close(() => resolve(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    server.once("close", () => resolve(0));
  });
}

function help(command: keyof typeof CLI.help, io: Output): number {
  io.out(CLI.commandHelp(CLI.help[command], profileChoices()));
  return 0;
}

function version(): string {
  try {
    return String(JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")).version);
  } catch {
    return "";
  }
}

/** Runs a command line; returns the exit code. Every failure is a Chinese message, never a stack trace. */
export async function main(argv: string[], io: Output = STD): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (!command || command === "help" || command === "--help" || command === "-h") {
      const topic = args[0] as keyof typeof CLI.help | undefined;
      if (command === "help" && topic && topic in CLI.help) return help(topic, io);
      io.out(CLI.usage(profileChoices()));
      return command ? 0 : 2;
    }
    if (command === "--version" || command === "-V" || command === "version") {
      io.out(CLI.version(version()));
      return 0;
    }
    if (command === "check") return await runCheck(args, io);
    if (command === "fill") return await runFill(args, io);
    if (command === "report") return await runReport(args, io);
    if (command === "rules") return runRules(args, io);
    if (command === "serve") return await runServe(args, io);
    io.err(CLI.unknownCommand(command));
    return 2;
  } catch (err) {
    if (err instanceof UsageError) {
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
      const topic = command as keyof typeof CLI.help;
      io.err(topic in CLI.help ? CLI.commandHelp(CLI.help[topic], profileChoices()) : CLI.usage(profileChoices()));
      return 2;
    }
    io.err(CLI.unexpected(err instanceof Error ? err.message : String(err)));
    return 2;
  }
}

export { toJson, toText };
