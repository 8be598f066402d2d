// What `selfeval check --json` prints, typed once: the CLI streams it, the web checker's worker posts it
// to the page, and check.schema.json (beside this file) publishes it for scripts. The figures and
// findings of each table, without the internal model. No I/O.
import type { ProfileId } from "../scoring";
import type { BudgetFigures, FileReport, Layout, RuleId, Severity, TotalFigures } from "../workbook";

/**
 * The version of this JSON's shape, also the schema's (`x-version` and `$id` of check.schema.json).
 * Major when a field is removed, renamed or changes type; minor when one is added.
 */
export const CHECK_JSON_VERSION = "1.0.0";

export interface FindingJson {
  rule: RuleId;
  severity: Severity;
  /** A1 address of the cell to look at. */
  cell: string;
  message: string;
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
}

/** A sheet with no table recognised. */
export interface UnknownTableJson extends TableJsonBase {
  kind: "unknown";
}

export type TableJson = ProjectTableJson | DepartmentTableJson | UnknownTableJson;

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
}

export function toJson(files: FileReport[]): CheckJson {
  return { files: files.map(fileJson) };
}

function tableJson(s: FileReport["sheets"][number]): TableJson {
  const where = s.table !== undefined ? { table: s.table, range: s.range } : {};
  const findings = s.findings.map(({ rule, severity, cell, message }) => ({ rule, severity, cell, message }));
  if (s.kind === "project") {
    const { layout, profile, projectName, budget, total, grade } = s;
    return { sheet: s.sheet, ...where, kind: s.kind, layout, profile, projectName, budget, total, grade, findings };
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
      findings,
    };
  }
  return { sheet: s.sheet, ...where, kind: s.kind, findings };
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
