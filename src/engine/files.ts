// A workbook file's bytes through the whole engine — read, complete its formulas, check, plan fills and
// fixes, patch — without touching a file system: the CLI (selfeval) and the web checker run exactly this,
// so the page's results and downloads are the CLI's. Browser-safe: no Node modules or Node globals.
import { convertToXlsx } from "../io/convert";
import { explainReadError } from "../io/explain";
import { patchWorkbook, type SheetEdit } from "../io/patch";
import { ReadError, readWorkbook, type ReadLimits, type WorkbookRead } from "../io/read";
import { sniff } from "../io/sniff";
import type { Inflater } from "../io/zip";
import { CLI, IO } from "../messages";
import type { ProfileId } from "../scoring";
import {
  checkTables,
  completeFormulas,
  fromA1,
  gridWithWrites,
  planFills,
  planFixes,
  uncomputedFormulas,
  type CellValue,
  type CellWrite,
  type FormulaEngine,
  type Grid,
  type SheetReport,
} from "../workbook";

/** One file's outcome: its tables' reports, or why it could not be read. */
export interface FileReport {
  file: string;
  error?: string;
  /** Sheets that could not be read (the others were checked), each with its message. */
  unreadableSheets?: Array<{ sheet: string; error: string }>;
  sheets: SheetReport[];
}

/** What the engine needs from its shell: limits, an inflater (Node's zlib in the CLI), a formula engine on demand. */
export interface EngineEnv {
  limits: ReadLimits;
  inflate?: Inflater;
  /** Loaded only for a workbook with formulas its file kept no results for; null where it cannot load. */
  formulas: () => Promise<FormulaEngine | null>;
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

/** The report of one loaded file: every table of every readable sheet, and the sheets that were not. */
export function checkLoaded(name: string, loaded: Loaded, profile?: ProfileId): FileReport {
  return {
    file: name,
    sheets: loaded.grids.flatMap((grid) => checkTables(grid, { profile, drafts: false })),
    ...(loaded.read.unreadable.length
      ? { unreadableSheets: loaded.read.unreadable.map((u) => ({ sheet: u.sheet, error: IO.sheetUnreadable(name, u.sheet) })) }
      : {}),
  };
}

/** `selfeval check` on one file's bytes: its report, or the Chinese reason it could not be read. */
export async function checkBytes(name: string, bytes: Uint8Array, env: EngineEnv, profile?: ProfileId): Promise<FileReport> {
  try {
    return checkLoaded(name, await loadBytes(name, bytes, env), profile);
  } catch (err) {
    if (err instanceof FileProblem) return { file: name, error: err.message, sheets: [] };
    return { file: name, error: CLI.unexpected(err instanceof Error ? err.message : String(err)), sheets: [] };
  }
}

/** A report kept for the whole batch: what the text, JSON and summary need, without the table model. */
export function slim(r: SheetReport): SheetReport {
  return { ...r, model: undefined, evaluation: undefined, drafts: [] };
}

/** The report with only the findings the filter keeps. */
export function keepFindings(report: SheetReport, keep: (id: string) => boolean): SheetReport {
  return { ...report, findings: report.findings.filter((f) => keep(f.rule)) };
}

export interface FillOptions {
  profile?: ProfileId;
  /** Also write the fixes (selfeval fill --fix). */
  fix?: boolean;
  /** Replace text a person wrote with the drafts (selfeval fill --overwrite-text). */
  overwriteText?: boolean;
  /** Which findings' fixes to write (--select/--ignore). */
  keep?: (id: string) => boolean;
}

/** One cell a fill changes, for the list a person reads before and after. */
export interface FillChange {
  cell: string;
  old: string;
  now: string;
  /** The formula it keeps or replaces, in words; "" for a plain value. */
  note: string;
}

export interface FillPlan {
  edits: SheetEdit[];
  changes: FillChange[];
  texts: number;
  fixes: number;
  /** Drafts not written because the cell already holds text a person wrote. */
  kept: number;
  tables: number;
}

const show = (v: CellValue, formula?: string) => (formula ? `=${formula}` : v === null ? "" : String(v));

/** What `selfeval fill` writes into a loaded file: drafts into empty text cells, fixes when asked. */
export async function planFill(loaded: Loaded, env: EngineEnv, options: FillOptions = {}): Promise<FillPlan> {
  const plan: FillPlan = { edits: [], changes: [], texts: 0, fixes: 0, kept: 0, tables: 0 };
  const keep = options.keep ?? (() => true);
  for (const grid of loaded.grids) {
    const writes: CellWrite[] = [];
    for (const found of checkTables(grid, { profile: options.profile })) {
      if (found.kind === "unknown") continue;
      plan.tables++;
      const report = keepFindings(found, keep);
      const fills = planFills(report, { overwriteText: options.overwriteText });
      if (!options.overwriteText) plan.kept += report.drafts.filter((d) => d.existing !== null).length;
      const corrections = options.fix ? planFixes(report) : [];
      writes.push(...fills, ...corrections);
      plan.texts += fills.length;
      plan.fixes += corrections.length;
    }
    if (writes.length === 0) continue;
    // A written formula gets the result it gives once every write is made (what a spreadsheet would show).
    const formulaWrites = writes.filter((w) => w.formula);
    if (formulaWrites.length) {
      const after = (await withFormulas([gridWithWrites(grid, writes)], env))[0];
      for (const w of formulaWrites) {
        const { row, col } = fromA1(w.cell);
        const cell = after.cell(row, col);
        if (cell && !cell.uncomputed && !cell.error) w.value = cell.value;
      }
    }
    for (const w of writes) {
      const { row, col } = fromA1(w.cell);
      const old = grid.cell(row, col);
      const note = w.formula ? CLI.keepsFormula : old?.formula ? CLI.replacesFormula(old.formula) : "";
      plan.changes.push({
        cell: `${grid.name}!${w.cell}`,
        old: show(old?.value ?? null, old?.formula),
        now: show(w.value, w.formula),
        note,
      });
    }
    plan.edits.push({ sheet: grid.name, writes });
  }
  return plan;
}

export interface Filled {
  bytes: Uint8Array;
  /** The input was not an .xlsx/.xlsm package: the output is a new .xlsx. */
  converted: boolean;
  heights: Array<{ sheet: string; row: number; height: number }>;
  skipped: Array<{ sheet: string; cell: string; why: string }>;
}

/** The filled workbook: the original package with only the changed cells patched, or a new .xlsx for other formats. */
export function fillBytes(loaded: Loaded, plan: FillPlan): Filled {
  if (loaded.read.parts === undefined) {
    return { bytes: convertToXlsx(loaded.bytes, sniff(loaded.bytes), plan.edits), converted: true, heights: [], skipped: [] };
  }
  if (plan.edits.length === 0) return { bytes: loaded.bytes, converted: false, heights: [], skipped: [] };
  const grids = new Map(loaded.grids.map((g) => [g.name, g]));
  const result = patchWorkbook(loaded.read.parts, plan.edits, {
    formulaAt: (sheet, cell) => {
      const { row, col } = fromA1(cell);
      return grids.get(sheet)?.cell(row, col)?.formula;
    },
  });
  return { bytes: result.bytes, converted: false, heights: result.heights, skipped: result.skipped };
}
