// One call from a sheet to everything a user sees: each table on it, with its scores, findings and drafts.
import { PROFILES, type ProfileId } from "../scoring/profiles";
import { gradeOf } from "../scoring/score";
import { evaluateDepartment, looksLikeDepartment, recognizeDepartment, type DepartmentEvaluation } from "./department";
import { evaluate, readPrinted, unreadable, type Evaluation } from "./evaluate";
import { toA1, type Grid } from "./grid";
import type { CellRef, DeclarationTable, Layout, MonitoringTable, ProjectTable } from "./model";
import { departmentDrafts, draftNarratives, type Draft } from "./narrative";
import { collectLabels, recognizeDeclaration, recognizeMonitoring, recognizeTables, tableKind, type Band } from "./recognize";
import type { LayoutDef } from "./layouts";
import { formulaCells } from "./formulas";
import { runRules, runSignals, type Audience, type Finding, type MatchHow, type RuleContext, type Signal, type Subject } from "./rules";
import { narrativeTexts, type NarrativeText } from "./review/similar";

export interface CheckOptions {
  /** Overrides the profile the layout suggests (Guangzhou layout → guangzhou, …). */
  profile?: ProfileId;
  /** The layouts a table may have, in the order they are tried; LAYOUTS when not given. */
  layouts?: readonly LayoutDef[];
  /** Skip narrative drafts when only the findings are wanted (selfeval check). */
  drafts?: boolean;
  /** Whose words the findings use: the CLI's (default) or the pane's, which name its own buttons. */
  audience?: Audience;
}

/** One file's outcome: its tables' reports, or why it could not be read (the CLI's and the checker's unit of a batch). */
export interface FileReport {
  file: string;
  error?: string;
  /** Sheets that could not be read (the others were checked), each with its message. */
  unreadableSheets?: Array<{ sheet: string; error: string }>;
  sheets: SheetReport[];
}

/** A project table's funds: what was budgeted and spent, the execution rate and its score. */
export interface BudgetFigures {
  budget: number | null;
  executed: number | null;
  rate: number | null;
  weight: number;
  score: number | null;
}

/** The rules' total, the printed one, and the error value the total cell shows instead (#REF! …). */
export interface TotalFigures {
  score: number | null;
  printed: number | null;
  printedError?: string;
}

/** One table of a sheet (or the sheet itself when it holds none), checked. */
export interface SheetReport {
  sheet: string;
  /** Which table of the sheet (1, 2 …) and the rows it spans ("A1:I27"); absent for a sheet with no table. */
  table?: number;
  range?: string;
  /** 自评表 (project, department), the project's 申报表 (declaration) and 执行监控表 (monitoring), or none. */
  kind: "project" | "department" | "declaration" | "monitoring" | "unknown";
  layout?: Layout;
  profile?: ProfileId;
  projectName?: string;
  /** The year a 申报表 or 监控表 is for ("（2020年度）"), or null. */
  year?: number | null;
  budget?: BudgetFigures;
  total?: TotalFigures;
  grade?: string | null;
  findings: Finding[];
  drafts: Draft[];
  /** The table and its evaluation, for shells that show or fix cells. */
  model?: ProjectTable;
  evaluation?: Evaluation;
  department?: DepartmentEvaluation;
  /** A 申报表 or 监控表 as read: no rule runs on them (the cross-checks with the 自评表 use these). */
  declaration?: DeclarationTable;
  monitoring?: MonitoringTable;
  /** A 自评表's 申报表 and 监控表, where they were found and how they were matched (src/workbook/cross.ts). */
  partners?: {
    declaration?: PartnerRef;
    monitoring?: PartnerRef;
    /** The 申报表's indicators (the 监控表's without one), and how many of them the 自评表 lists. */
    targets?: { planned: number; listed: number };
  };
  /** A 自评表's review signals (family `review`, issue 21): evidence for a reviewer's ranking, not findings. */
  signals?: Signal[];
  /** A 自评表's narratives long enough to compare across a batch (review.similar-narrative), kept when the model is dropped. */
  narratives?: NarrativeText[];
}

/** Where a 自评表's partner table was found: its sheet, its file when another file of the batch, how it was matched. */
export interface PartnerRef {
  sheet: string;
  file?: string;
  how: MatchHow;
}

/** A 自评表 (project or department): what is checked, filled and reported; a 申报表 or 监控表 is only read. */
export function isSelfEvaluation(r: { kind: string }): boolean {
  return r.kind === "project" || r.kind === "department";
}

/**
 * A 自评表's review signals: from its evaluation, its findings (the cross-checks' included) and its 申报表 or 监控表;
 * none for other tables. checkTables gives them, and crossCheck again once it has added its findings.
 */
export function tableSignals(r: SheetReport): Signal[] {
  const subject: Subject | null = r.evaluation
    ? { kind: "project", evaluation: r.evaluation }
    : r.department
      ? { kind: "department", evaluation: r.department }
      : null;
  if (!subject) return [];
  const [kind, ref] = r.partners?.declaration
    ? (["declaration", r.partners.declaration] as const)
    : r.partners?.monitoring
      ? (["monitoring", r.partners.monitoring] as const)
      : [null, null];
  const partner = kind && ref ? { kind, sheet: ref.sheet, ...(ref.file ? { file: ref.file } : {}) } : undefined;
  return runSignals(subject, { audience: "cli", formulas: [], review: { findings: r.findings, ...(partner ? { partner } : {}) } });
}

/** The report with its signals and narratives (a 自评表's; other reports as they are). */
function reviewed(r: SheetReport): SheetReport {
  const table = r.model ?? r.department?.table;
  if (!table) return r;
  const narratives = narrativeTexts(table);
  return { ...r, signals: tableSignals(r), ...(narratives.length ? { narratives } : {}) };
}

function totalOf(score: number | null, cell: CellRef | null): NonNullable<SheetReport["total"]> {
  if (unreadable(cell)) return { score, printed: null, ...(cell?.error ? { printedError: cell.error } : {}) };
  return { score, printed: readPrinted(cell)?.value ?? null };
}

function rangeOf(grid: Grid, band: Band): string {
  return `A${band.start + 1}:${toA1(Math.max(band.end, band.start + 1) - 1, Math.max(grid.colCount, 1) - 1)}`;
}

/** Every table on the sheet, each checked on its own; a sheet without one gives one `unknown` report. */
export function checkTables(grid: Grid, options: CheckOptions = {}): SheetReport[] {
  const audience = options.audience ?? "cli";
  const context = (start = 0, end = Number.POSITIVE_INFINITY): RuleContext => ({ audience, formulas: formulaCells(grid, start, end) });
  const labels = collectLabels(grid);
  if (looksLikeDepartment(labels)) {
    const dept = recognizeDepartment(grid, labels);
    if (dept) {
      const e = evaluateDepartment(dept);
      return [
        reviewed({
          sheet: grid.name,
          table: 1,
          range: rangeOf(grid, { start: 0, end: grid.rowCount }),
          kind: "department",
          projectName: dept.unitName,
          total: totalOf(e.total, dept.total?.score ?? null),
          grade: e.total === null ? null : gradeOf(e.total),
          findings: runRules({ kind: "department", evaluation: e }, context()),
          drafts: options.drafts === false ? [] : departmentDrafts(e),
          department: e,
        }),
      ];
    }
  }
  const kind = tableKind(labels, options.layouts);
  if (kind !== "project") {
    const whole = { sheet: grid.name, table: 1, range: rangeOf(grid, { start: 0, end: grid.rowCount }), findings: [], drafts: [] };
    if (kind === "monitoring") {
      const monitoring = recognizeMonitoring(grid, labels);
      return [{ ...whole, kind, projectName: monitoring.projectName, year: monitoring.year, monitoring }];
    }
    const declaration = recognizeDeclaration(grid, labels);
    return [{ ...whole, kind, projectName: declaration.projectName, year: declaration.year, declaration }];
  }
  const tables = recognizeTables(grid, labels, options.layouts);
  if (tables.length === 0) return [{ sheet: grid.name, kind: "unknown", findings: runRules({ kind: "unknown" }, context()), drafts: [] }];
  return tables.map(({ table, band }, i) => {
    const profileId = options.profile ?? table.profile;
    const profile = PROFILES[profileId];
    const evaluation = evaluate(table, profile);
    const b = evaluation.budget;
    return reviewed({
      sheet: grid.name,
      table: i + 1,
      range: rangeOf(grid, band),
      kind: "project",
      layout: table.layout,
      profile: profileId,
      projectName: table.projectName,
      budget: b
        ? { budget: b.budget, executed: b.executed, rate: b.rate, weight: b.weight, score: b.score }
        : { budget: null, executed: null, rate: null, weight: profile.executionRateWeight, score: null },
      total: totalOf(evaluation.total, table.total?.score ?? null),
      grade: evaluation.total === null ? null : gradeOf(evaluation.total, profile),
      findings: runRules({ kind: "project", evaluation }, context(band.start, band.end)),
      drafts: options.drafts === false ? [] : draftNarratives(evaluation),
      model: table,
      evaluation,
    });
  });
}
