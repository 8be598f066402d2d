// "Check one file": a workbook file's bytes read, its formulas completed and every table checked,
// without touching a file system. The CLI (selfeval check, report) and the web checker's worker both run
// this, so the page's results are the CLI's. Browser-safe: no Node modules or Node globals.
import { explainReadError } from "../io/explain";
import { ReadError, readWorkbook, type ReadLimits, type WorkbookRead } from "../io/read";
import type { Inflater } from "../io/zip";
import { CLI, IO } from "../messages";
import type { ProfileId } from "../scoring";
import {
  checkWorkbook,
  completeFormulas,
  crossCheck,
  projectKey,
  type ReportGroup,
  uncomputedFormulas,
  type FormulaEngine,
  type Grid,
  type FileReport,
  type SheetReport,
} from "../workbook";

export type { FileReport };

/** What the engine needs from its shell: limits, an inflater (Node's zlib in the CLI), a formula engine on demand. */
export interface EngineEnv {
  limits: ReadLimits;
  inflate?: Inflater;
  /** Loaded only for a workbook with formulas its file kept no results for; null where it cannot load. */
  formulas: () => Promise<FormulaEngine | null>;
  /** The file's error for an unexpected failure, in the shell's words (the CLI's when not given). */
  unexpected?: (file: string, detail: string) => string;
}

/** A problem with one file, already said in Chinese: the batch goes on without it. */
export class FileProblem extends Error {}

export interface Loaded {
  bytes: Uint8Array;
  read: WorkbookRead;
  grids: Grid[];
}

/** The grids with the formulas their file left without results computed (the engine loads only then). */
export async function withFormulas(grids: Grid[], env: EngineEnv): Promise<Grid[]> {
  if (uncomputedFormulas(grids).length === 0) return grids;
  return completeFormulas(grids, await env.formulas());
}

/** Reads one file's bytes into grids, or throws FileProblem with the reason in Chinese (naming the file). */
export async function loadBytes(name: string, bytes: Uint8Array, env: EngineEnv): Promise<Loaded> {
  if (bytes.byteLength > env.limits.maxBytes) throw new FileProblem(IO.tooLarge(name, bytes.byteLength, env.limits.maxBytes));
  let read: WorkbookRead;
  try {
    read = readWorkbook(bytes, env.limits, env.inflate ? { inflate: env.inflate } : {});
  } catch (err) {
    if (err instanceof ReadError) throw new FileProblem(explainReadError(name, err));
    throw new FileProblem(IO.corrupt(name));
  }
  return { bytes, read, grids: await withFormulas(read.grids, env) };
}

/**
 * The report of one loaded file: every table of every readable sheet (a 自评表 cross-checked with the 申报表 and
 * 监控表 of its workbook), and the sheets that were not.
 */
export function checkLoaded(name: string, loaded: Loaded, profile?: ProfileId): FileReport {
  return {
    file: name,
    sheets: checkWorkbook(loaded.grids, { profile, drafts: false }),
    ...(loaded.read.unreadable.length
      ? { unreadableSheets: loaded.read.unreadable.map((u) => ({ sheet: u.sheet, error: IO.sheetUnreadable(name, u.sheet) })) }
      : {}),
  };
}

/** The report of a file that could not be checked: a FileProblem's reason, or an unexpected failure in the shell's words. */
export function unusable(name: string, err: unknown, env: Pick<EngineEnv, "unexpected">): FileReport {
  if (err instanceof FileProblem) return { file: name, error: err.message, sheets: [] };
  const detail = err instanceof Error ? err.message : String(err);
  return { file: name, error: env.unexpected ? env.unexpected(name, detail) : CLI.unexpected(detail), sheets: [] };
}

/** Check one file from its bytes: its report, or the Chinese reason it could not be read. */
export async function checkBytes(name: string, bytes: Uint8Array, env: EngineEnv, profile?: ProfileId): Promise<FileReport> {
  try {
    return checkLoaded(name, await loadBytes(name, bytes, env), profile);
  } catch (err) {
    return unusable(name, err, env);
  }
}

/** A report kept for the whole batch: what the text, JSON and summary need (signals and narratives too), without the table model. */
export function slim(r: SheetReport): SheetReport {
  return { ...r, model: undefined, evaluation: undefined, drafts: [] };
}

/** The report with only the findings and review signals the filter keeps. */
export function keepFindings(report: SheetReport, keep: (id: string) => boolean): SheetReport {
  return {
    ...report,
    findings: report.findings.filter((f) => keep(f.rule)),
    ...(report.signals ? { signals: report.signals.filter((s) => keep(s.id)) } : {}),
  };
}

const isCross = (rule: string) => rule.startsWith("cross.");

/**
 * The cross-checks between the files of a batch (the CLI's and, later, the checker's): a file whose 自评表 has
 * no 申报表 or 监控表 of its own is compared with the 申报表 and 监控表 of files that hold no 自评表, matched by
 * project name and year. Files stream one by one, so the batch keeps only those tables and the 自评表's
 * project names; a 自评表 that shares a name with one of them is checked again at the end (`pending`), and
 * `finish` gives its cross findings only (the rest was reported with its file).
 */
export class CrossBatch {
  private selves: Array<{ file: string; keys: string[] }> = [];
  private plans: ReportGroup[] = [];

  add(report: FileReport): void {
    if (report.error) return;
    const plans = report.sheets.filter((s) => s.declaration || s.monitoring);
    const selves = report.sheets.filter((s) => s.kind === "project");
    if (plans.length && !selves.length) this.plans.push({ file: report.file, sheets: plans.map(slim) });
    else if (!plans.length && selves.length)
      this.selves.push({ file: report.file, keys: selves.map((s) => projectKey(s.projectName ?? "")) });
  }

  /** The files to check again: their 自评表 share a project name with a 申报表 or 监控表 of another file. */
  pending(): string[] {
    const names = new Set(this.plans.flatMap((g) => g.sheets.map((s) => projectKey(s.projectName ?? ""))));
    return this.selves.filter((s) => s.keys.some((k) => k && names.has(k))).map((s) => s.file);
  }

  /** The pending files checked again, with only their 自评表's cross findings (files without any left out). */
  finish(rechecked: FileReport[]): FileReport[] {
    const groups = rechecked.filter((r) => !r.error).map((r) => ({ file: r.file, sheets: r.sheets }));
    return crossCheck([...groups, ...this.plans])
      .slice(0, groups.length)
      .map((g) => ({
        file: g.file!,
        sheets: g.sheets
          .filter((s) => s.kind === "project" && s.findings.some((f) => isCross(f.rule)))
          .map((s) => slim({ ...s, findings: s.findings.filter((f) => isCross(f.rule)) })),
      }))
      .filter((f) => f.sheets.length > 0);
  }
}
