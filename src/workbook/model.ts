// The table model a recogniser builds from a sheet: every value with the A1 address it came from.
import type { ProfileId } from "../scoring/profiles";
import type { CellValue } from "./grid";

/** A layout's id: one of LAYOUTS (src/workbook/layouts.ts), or of the list given to recognition. */
export type Layout = string;

export interface CellRef {
  /** A1 address of the cell to look at (top-left of a merged area). */
  address: string;
  row: number;
  col: number;
  value: CellValue;
  format?: string;
  /** As on the grid: the formula, the error value shown, and whether its result is unknown or was computed here. */
  formula?: string;
  error?: string;
  uncomputed?: boolean;
  computed?: boolean;
}

export interface FundRow {
  label: string;
  kind: "total" | "part";
  labelCell: CellRef;
  budgetInitial: CellRef | null;
  budget: CellRef | null;
  executed: CellRef | null;
}

export interface Funds {
  header: CellRef;
  total: FundRow | null;
  parts: FundRow[];
  /** Which column is the denominator: the adjusted budget when 年初预算数 also exists. */
  budgetColumn: "budget" | "budgetInitial" | null;
  weight: CellRef | null;
  rate: CellRef | null;
  score: CellRef | null;
  reason: CellRef | null;
  /** "万元" or "元", read from the block's labels; 万元 when none says. */
  unit: string;
  missing: string[];
}

export interface Indicator {
  level1: string;
  level2: string;
  name: string;
  level1Cell: CellRef | null;
  level2Cell: CellRef | null;
  nameCell: CellRef;
  /** The target as written; for split columns (指标性质 · 指标值 · 度量单位) the three joined. */
  targetText: CellValue;
  target: CellRef | null;
  /** The actual as written; for split columns a bare number takes the 度量单位 ("98" · "%" → "98%"). */
  actualText: CellValue;
  actual: CellRef | null;
  weight: CellRef | null;
  score: CellRef | null;
  reason: CellRef | null;
}

export interface TextCell {
  label: CellRef;
  /** The cell the text goes in; null when the layout has no room for it. */
  cell: CellRef | null;
}

export interface ProjectTable {
  kind: "project";
  layout: Layout;
  profile: ProfileId;
  title: string;
  projectName: string;
  /** 主管部门 and 实施单位 as written; "" when the sheet has no such cell. */
  department: string;
  implementer: string;
  /** The year in "（2021年度）", or null. */
  year: number | null;
  funds: Funds | null;
  indicatorHeader: CellRef;
  indicators: Indicator[];
  indicatorMissing: string[];
  goal: TextCell | null;
  completion: TextCell | null;
  problems: TextCell | null;
  improvements: TextCell | null;
  conclusion: TextCell | null;
  total: { label: CellRef; weight: CellRef | null; score: CellRef | null } | null;
}

export interface UnknownTable {
  kind: "unknown";
}

export type Table = ProjectTable | UnknownTable;
