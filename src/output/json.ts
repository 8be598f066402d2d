// What `selfeval check --json` prints, typed once: the CLI streams it, the web checker's worker posts it
// to the page, and check.schema.json (beside this file) publishes it for scripts. The figures and
// findings of each table, without the internal model. No I/O.
import type { ProfileId } from "../scoring";
import type {
  BatchReview,
  BudgetFigures,
  DeclarationFund,
  FileReport,
  FundPart,
  Layout,
  RuleId,
  Severity,
  SheetReport,
  TotalFigures,
} from "../workbook";

/**
 * The version of this JSON's shape, also the schema's (`x-version` and `$id` of check.schema.json).
 * Major when a field is removed, renamed or changes type; minor when one is added.
 */
export const CHECK_JSON_VERSION = "1.3.0";

export interface FindingJson {
  rule: RuleId;
  severity: Severity;
  /** A1 address of the cell to look at. */
  cell: string;
  message: string;
}

/** A review signal of a 自评表 (1.3.0): evidence for the 复核优先 ranking, not a finding. */
export interface SignalJson {
  /** The signal's id (family review; selfeval rules lists them) and its weight in the ranking. */
  id: RuleId;
  cell: string;
  reason: string;
  weight: number;
  /** The other table it names: a 申报表 in another file, or a table whose narrative reads nearly the same. */
  other?: { file?: string; sheet: string };
}

interface TableJsonBase {
  sheet: string;
  /** Which table of the sheet (1, 2 …) and the rows it spans ("A1:I27"); absent for a sheet with no table. */
  table?: number;
  range?: string;
  findings: FindingJson[];
}

/** A 项目支出绩效自评表. */
export interface ProjectTableJson extends TableJsonBase {
  kind: "project";
  layout?: Layout;
  profile?: ProfileId;
  projectName?: string;
  budget?: BudgetFigures;
  total?: TotalFigures;
  grade?: string | null;
  /** The 申报表 and 监控表 the cross-checks compared it with, and how they were matched (1.2.0). */
  partners?: SheetReport["partners"];
  /** Its review signals (1.3.0); absent in reports made without them. */
  signals?: SignalJson[];
}

/** A 部门整体支出绩效自评表. */
export interface DepartmentTableJson extends TableJsonBase {
  kind: "department";
  unitName?: string;
  /** A department profile's id (shaoguan …). */
  profile?: string;
  budget?: { lines: Array<{ label: string; budget: number | null; executed: number | null; rate: number | null }> };
  total?: TotalFigures & { items: number | null; bonus: number | null };
  grade?: string | null;
  /** Its review signals (1.3.0). */
  signals?: SignalJson[];
}

/** A 项目支出绩效目标申报表: read, not checked (no rule runs on it). Amounts in 万元. */
export interface DeclarationTableJson extends TableJsonBase {
  kind: "declaration";
  projectName: string;
  year: number | null;
  /** 年度资金总额 and its 其中 parts (each part's rows summed; null when the table has none), and 中期资金总额. */
  funds: { total: number | null; fiscal: number | null; carryover: number | null; other: number | null; medium: number | null };
  /** How many indicators the year's set holds. */
  indicators: number;
}

/** A 项目支出绩效目标执行监控表: read, not checked (no rule runs on it). Amounts in 万元, the rate a fraction. */
export interface MonitoringTableJson extends TableJsonBase {
  kind: "monitoring";
  projectName: string;
  year: number | null;
  /** The 年度资金总额 row: 年初预算数, 1-7月执行数, the printed 1-7月执行率, 全年预计执行数. */
  funds: { budget: number | null; midYear: number | null; midYearRate: number | null; forecast: number | null };
  indicators: number;
  /** How many indicators have each 完成目标可能性 ticked. */
  likelihood: { certain: number; possible: number; impossible: number };
}

/** A sheet with no table recognised. */
export interface UnknownTableJson extends TableJsonBase {
  kind: "unknown";
}

export type TableJson = ProjectTableJson | DepartmentTableJson | DeclarationTableJson | MonitoringTableJson | UnknownTableJson;

/** One file: its tables, or why it could not be read. */
export interface FileJson {
  file: string;
  error?: string;
  unreadableSheets?: Array<{ sheet: string; error: string }>;
  sheets: TableJson[];
}

/** The whole of `selfeval check --json`. */
export interface CheckJson {
  files: FileJson[];
  /**
   * A batch's cross-checks between files (1.2.0): each 自评表 with the cross findings against the 申报表 and
   * 监控表 of its project in other files; absent when there are none.
   */
  crossFiles?: FileJson[];
  /** The review sample (1.3.0, check --sample): how it was drawn, and every 自评表 in rank order with whether it is in it. */
  review?: ReviewJson;
}

/** The 复核优先 ranking and the sample drawn from it. */
export interface ReviewJson {
  sample: { seed: number; share?: number; count?: number; size: number; byPriority: number; population: number };
  tables: Array<{ file: string; sheet: string; table?: number; rank: number; priority: number; signals: string[]; sampled: boolean }>;
}

export function toJson(files: FileReport[]): CheckJson {
  return { files: files.map(fileJson) };
}

/** The review part of the JSON: present only when a sample was drawn. */
export function reviewJson(review: BatchReview): ReviewJson | undefined {
  if (!review.sample) return undefined;
  return {
    sample: review.sample,
    tables: review.rows.map((r) => ({
      file: r.file,
      sheet: r.sheet,
      ...(r.table !== undefined ? { table: r.table } : {}),
      rank: r.rank,
      priority: r.priority,
      signals: r.signals.map((x) => x.id),
      sampled: r.sampled,
    })),
  };
}

const signalsJson = (s: SheetReport) =>
  s.signals
    ? { signals: s.signals.map(({ id, cell, reason, weight, other }) => ({ id, cell, reason, weight, ...(other ? { other } : {}) })) }
    : {};

function tableJson(s: FileReport["sheets"][number]): TableJson {
  const where = s.table !== undefined ? { table: s.table, range: s.range } : {};
  const findings = s.findings.map(({ rule, severity, cell, message }) => ({ rule, severity, cell, message }));
  if (s.kind === "project") {
    const { layout, profile, projectName, budget, total, grade, partners } = s;
    return {
      sheet: s.sheet,
      ...where,
      kind: s.kind,
      layout,
      profile,
      projectName,
      budget,
      total,
      grade,
      ...(partners ? { partners } : {}),
      ...signalsJson(s),
      findings,
    };
  }
  if (s.kind === "department" && s.department) {
    const d = s.department;
    return {
      sheet: s.sheet,
      ...where,
      kind: s.kind,
      unitName: s.projectName,
      profile: d.profile.id,
      budget: { lines: d.lines.map((l) => ({ label: l.line.label, budget: l.budget, executed: l.executed, rate: l.rate })) },
      // checkTables gives every department table its total.
      total: { ...s.total!, items: d.itemScore, bonus: d.bonus },
      grade: s.grade,
      ...signalsJson(s),
      findings,
    };
  }
  if (s.kind === "declaration" && s.declaration) {
    const d = s.declaration;
    const funds = {
      total: partSum(d.funds, "total"),
      fiscal: partSum(d.funds, "fiscal"),
      carryover: partSum(d.funds, "carryover"),
      other: partSum(d.funds, "other"),
      medium: partSum(d.mediumFunds, "total"),
    };
    return {
      sheet: s.sheet,
      ...where,
      kind: s.kind,
      projectName: d.projectName,
      year: d.year,
      funds,
      indicators: d.indicators.length,
      findings,
    };
  }
  if (s.kind === "monitoring" && s.monitoring) {
    const m = s.monitoring;
    const total = m.funds.find((f) => f.part === "total");
    const funds = {
      budget: total?.budget.value ?? null,
      midYear: total?.midYear.value ?? null,
      midYearRate: total?.midYearRate.value ?? null,
      forecast: total?.forecast.value ?? null,
    };
    const count = (w: string) => m.indicators.filter((i) => i.likelihood === w).length;
    const likelihood = { certain: count("确定能"), possible: count("有可能"), impossible: count("完全不可能") };
    return {
      sheet: s.sheet,
      ...where,
      kind: s.kind,
      projectName: m.projectName,
      year: m.year,
      funds,
      indicators: m.indicators.length,
      likelihood,
      findings,
    };
  }
  return { sheet: s.sheet, ...where, kind: "unknown", findings };
}

/** The amount of a fund part: its rows' sum; null when the table has no such row or none is filled. */
function partSum(rows: DeclarationFund[], part: FundPart): number | null {
  const values = rows.filter((r) => r.part === part && r.amount.value !== null).map((r) => r.amount.value!);
  return values.length ? Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6 : null;
}

/** One file of the JSON report (selfeval check --json streams these as each file is checked). */
export function fileJson(f: FileReport): FileJson {
  return {
    file: f.file,
    ...(f.error ? { error: f.error } : {}),
    ...(f.unreadableSheets?.length ? { unreadableSheets: f.unreadableSheets } : {}),
    sheets: f.sheets.map(tableJson),
  };
}
