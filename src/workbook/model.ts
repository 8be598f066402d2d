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

/** An indicator row of a 自评表: the names and target a 申报表 row has, and what the year achieved and scored. */
export interface Indicator extends PlannedIndicator {
  /** The target as written; for split columns (指标性质 · 指标值 · 度量单位) the three joined. */
  targetText: CellValue;
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

/** A figure of the 申报表 or 监控表: the cell it came from and its amount (万元) or value as read; null when blank or unreadable. */
export interface Figure {
  cell: CellRef | null;
  value: number | null;
}

/** Which fund a row of 项目资金 is: the total, or one of its 其中 parts. */
export type FundPart = "total" | "fiscal" | "carryover" | "other";

/** 项目名称 … as the 申报表 and the 监控表 head them (the same facts a 自评表 carries). */
export interface TableInfo {
  title: string;
  /** The year in "( 2020年度)", or null. */
  year: number | null;
  projectName: string;
  /** 主管部门 (or 主管部门及代码) and 实施单位 as written; "" when the sheet has none. */
  department: string;
  implementer: string;
}

/** An indicator row of the 申报表 or 监控表: its names and its 年度指标值. */
export interface PlannedIndicator {
  level1: string;
  level2: string;
  name: string;
  level1Cell: CellRef | null;
  level2Cell: CellRef | null;
  nameCell: CellRef;
  /** 年度指标值 as written (the 年度 column set of a 申报表, never its 中期 one). */
  targetText: CellValue;
  target: CellRef | null;
}

/** One fund row of a 申报表's 年度 (or 中期) column: 年度资金总额, 其中：财政拨款 … */
export interface DeclarationFund {
  label: string;
  part: FundPart;
  labelCell: CellRef;
  amount: Figure;
}

/** 项目支出绩效目标申报表 (绩效目标表): the targets approved with the budget (domain §8). */
export interface DeclarationTable extends TableInfo {
  kind: "declaration";
  /** 年度资金总额 and its parts, in the table's order; `unit` as the block says (amounts are read in 万元). */
  funds: DeclarationFund[];
  /** 中期资金总额 and its parts, when the table has them. */
  mediumFunds: DeclarationFund[];
  unit: string;
  /** 总体目标: 中期目标 and 年度目标 as written. */
  mediumGoal: TextCell | null;
  annualGoal: TextCell | null;
  indicatorHeader: CellRef | null;
  /** The 年度 indicators (二级 · 三级 · 指标值 of the year). */
  indicators: PlannedIndicator[];
}

/** One fund row of a 监控表: 年初预算数 · 1-7月执行数 · 1-7月执行率 · 全年预计执行数. */
export interface MonitoringFund {
  label: string;
  part: FundPart;
  labelCell: CellRef;
  budget: Figure;
  midYear: Figure;
  /** The printed 1-7月执行率 as a fraction (0.5 for 50%). */
  midYearRate: Figure;
  forecast: Figure;
}

/** 完成目标可能性, from the column that is ticked. */
export type Likelihood = "确定能" | "有可能" | "完全不可能";

/** The five tick columns of 偏差原因分析: 经费保障 · 制度保障 · 人员保障 · 硬件条件保障 · 其他. */
export type DeviationCause = "funding" | "rules" | "staff" | "hardware" | "other";

/** An indicator row of the 监控表. */
export interface MonitoringIndicator extends PlannedIndicator {
  /** 1-7月执行数 and 全年预计执行数 as written. */
  midYear: CellRef | null;
  forecast: CellRef | null;
  /** Which 偏差原因 columns are ticked (✔ ✓ √ 是 …), and their cells. */
  deviation: Record<DeviationCause, boolean>;
  deviationCells: Partial<Record<DeviationCause, CellRef>>;
  /** 原因说明: the unit's own words about a deviation; "" when blank. */
  reasonText: string;
  reason: CellRef | null;
  likelihood: Likelihood | null;
  /** The ticked 完成目标可能性 cell (or the one cell that names it). */
  likelihoodCell: CellRef | null;
  note: CellRef | null;
}

/** 项目支出绩效目标执行监控表: the mid-year (usually January–July) monitoring of the targets (domain §8). */
export interface MonitoringTable extends TableInfo {
  kind: "monitoring";
  funds: MonitoringFund[];
  unit: string;
  /** 年度总体目标 as written. */
  goal: TextCell | null;
  indicatorHeader: CellRef | null;
  indicators: MonitoringIndicator[];
}
