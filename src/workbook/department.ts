// 部门整体支出绩效自评表 (domain §6): a budget block (total, 基本支出, 项目支出) and a scored framework
// with subtotals and capped bonus items, found by labels like the project table.
import { DEFAULT_DEPARTMENT_PROFILE, type BonusRule, type DepartmentProfile } from "../scoring/department-profiles";
import { round } from "../scoring/score";
import { isBlankValue, readAmount, readPrinted, readPrintedRate, type Printed } from "./evaluate";
import { isUnreadable, type Grid } from "./grid";
import { FUND_HEADERS, normalizeLabel } from "./labels";
import type { CellRef } from "./model";
import { cellRef, collectLabels, type Label } from "./recognize";

export interface BudgetLine {
  label: string;
  kind: "total" | "basic" | "project" | "basicPart";
  labelCell: CellRef;
  budget: CellRef | null;
  executed: CellRef | null;
  rate: CellRef | null;
}

export interface FrameworkRow {
  kind: "item" | "subtotal" | "bonus";
  level1: string;
  level2: string;
  name: string;
  nameCell: CellRef;
  points: CellRef | null;
  score: CellRef | null;
  reason: CellRef | null;
}

export interface DepartmentTable {
  kind: "department";
  title: string;
  unitName: string;
  year: number | null;
  budgetLines: BudgetLine[];
  budgetUnit: string;
  header: CellRef;
  rows: FrameworkRow[];
  missing: string[];
  total: { label: CellRef; points: CellRef | null; score: CellRef | null } | null;
  conclusion: CellRef | null;
}

const TITLE_RE = /部门整体|单位整体|整体支出/;
const LEVEL1_WORDS = ["预算编制", "预算执行", "资金使用效益", "加减分项"];

function budgetKind(label: string): BudgetLine["kind"] | null {
  const t = label.replace(/^其中/, "");
  if (/^(合计|总计|支出合计|部门整体支出|整体支出|总支出|部门支出合计)$/.test(t)) return "total";
  if (/^基本支出/.test(t)) return "basic";
  if (/^项目支出/.test(t)) return "project";
  if (/^(人员经费|公用经费|人员支出|公用支出)$/.test(t)) return "basicPart";
  return null;
}

/**
 * A department's budget execution rate: its 合计 line's, computed from the funds (a fraction), found by the
 * line's label; null without such a line or when it cannot be computed. The 统计 sheet, 复核优先 and the web
 * checker's overview all take a department's rate from here.
 */
export function totalLineRate(lines: Array<{ label: string; rate: number | null }>): number | null {
  return lines.find((l) => budgetKind(l.label) === "total")?.rate ?? null;
}

/** Is this sheet a department table? By its title, or by a framework whose 一级 are the department's. */
export function looksLikeDepartment(labels: Label[]): boolean {
  if (labels.some((l) => TITLE_RE.test(l.label) && /自评表|评价表|评分表/.test(l.label))) return true;
  const level1 = new Set(labels.map((l) => l.label));
  return LEVEL1_WORDS.filter((w) => level1.has(w)).length >= 2 && level1.has("三级指标");
}

export function recognizeDepartment(grid: Grid, labels: Label[] = collectLabels(grid)): DepartmentTable | null {
  const header = labels.find((l) => l.label === "三级指标") ?? labels.find((l) => l.label === "二级指标");
  if (!header) return null;
  const inHeader = (words: string[]) => labels.find((l) => Math.abs(l.row - header.row) <= 1 && words.includes(l.label));
  const col = {
    level1: inHeader(["一级指标"])?.col,
    level2: inHeader(["二级指标"])?.col,
    level3: inHeader(["三级指标"])?.col,
    points: inHeader(["分值", "权重", "标准分值", "指标分值"])?.col,
    score: inHeader(["自评得分", "得分", "评分"])?.col,
    reason: inHeader(["扣分原因", "自评说明", "得分说明", "扣分说明", "评分说明", "说明"])?.col,
  };
  const missing: string[] = [];
  if (col.points === undefined) missing.push("分值");
  if (col.score === undefined) missing.push("自评得分");
  const headerCells = labels.filter(
    (l) => l.row === header.row || (Math.abs(l.row - header.row) <= 1 && /指标|分值|得分|原因|说明|标准/.test(l.label)),
  );
  const start = Math.max(...headerCells.filter((l) => l.row >= header.row).map((l) => l.bottom)) + 1;
  const text = (r: number, c: number | undefined) => {
    if (c === undefined) return "";
    const v = grid.value(r, c);
    return isBlankValue(v) ? "" : String(v).replace(/\s+/g, "");
  };

  const rows: FrameworkRow[] = [];
  let total: DepartmentTable["total"] = null;
  let level1 = "";
  let level2 = "";
  for (let r = start; r < grid.rowCount; r++) {
    const first = normalizeLabel(text(r, col.level1 ?? 0));
    if (/^(总分|合计|总计|自评总分)$/.test(first)) {
      total = {
        label: cellRef(grid, r, col.level1 ?? 0),
        points: col.points === undefined ? null : cellRef(grid, r, col.points),
        score: col.score === undefined ? null : cellRef(grid, r, col.score),
      };
      break;
    }
    const l1 = text(r, col.level1);
    const l2 = text(r, col.level2);
    const l3 = text(r, col.level3);
    if (l1) level1 = l1;
    if (l2 && (col.level2 === undefined || grid.anchor(r, col.level2).row === r)) level2 = l2;
    const points = col.points === undefined ? null : cellRef(grid, r, col.points);
    const score = col.score === undefined ? null : cellRef(grid, r, col.score);
    if (!l1 && !l2 && !l3 && isBlankValue(points?.value) && isBlankValue(score?.value)) continue;
    const name = l3 && !/^[—-]+$/.test(l3) && grid.anchor(r, col.level3!).col === col.level3 ? l3 : "";
    const isSubtotal = /^小计/.test(normalizeLabel(l2)) || /^小计/.test(normalizeLabel(l3));
    const isBonus = /加减分|加分|减分/.test(normalizeLabel(level1));
    rows.push({
      kind: isSubtotal ? "subtotal" : isBonus ? "bonus" : "item",
      level1,
      level2: isSubtotal ? "" : level2,
      name: isSubtotal ? "小计" : name,
      nameCell: cellRef(grid, r, name ? col.level3! : (col.level2 ?? col.level1 ?? 0)),
      points,
      score,
      reason: col.reason === undefined ? null : cellRef(grid, r, col.reason),
    });
  }

  // The budget block above the framework: 全年预算数 · 全年执行数 · 执行率, by row label.
  const budgetHeader = labels.find((l) => l.row < header.row && FUND_HEADERS.budget.includes(l.label));
  const budgetLines: BudgetLine[] = [];
  if (budgetHeader) {
    const hrow = budgetHeader.row;
    const near = (words: string[]) => labels.find((l) => Math.abs(l.row - hrow) <= 1 && words.includes(l.label))?.col;
    const bcol = budgetHeader.col;
    const ecol = near(FUND_HEADERS.executed);
    const rcol = near(["执行率", "预算执行率", "完成率", "支出进度"]);
    for (const l of labels) {
      if (l.row <= hrow || l.row >= header.row) continue;
      const kind = budgetKind(l.label);
      if (!kind || budgetLines.some((b) => b.labelCell.row === l.row)) continue;
      budgetLines.push({
        label: l.label.replace(/^其中/, ""),
        kind,
        labelCell: cellRef(grid, l.row, l.col),
        budget: cellRef(grid, l.row, bcol),
        executed: ecol === undefined ? null : cellRef(grid, l.row, ecol),
        rate: rcol === undefined ? null : cellRef(grid, l.row, rcol),
      });
    }
  }
  const titleLabel = labels.find((l) => TITLE_RE.test(l.label));
  const unitLabel = labels.find((l) => l.row < header.row && /^(部门名称|单位名称|部门|单位|填报单位)$/.test(l.label));
  const yearLabel = labels.find((l) => l.row < header.row && /\d{4}\s*年度/.test(l.raw));
  const conclusionLabel = labels.find((l) => l.row > header.row && /^(自评结论|评价结论)$/.test(l.label));
  return {
    kind: "department",
    title: titleLabel?.raw.trim() ?? "",
    unitName: unitLabel ? text(unitLabel.row, unitLabel.right + 1) : "",
    year: yearLabel ? Number(/\d{4}/.exec(yearLabel.raw)![0]) : null,
    budgetLines,
    budgetUnit: labels.some((l) => l.row < header.row && /万元/.test(l.raw)) ? "万元" : "元",
    header: cellRef(grid, header.row, header.col),
    rows,
    missing,
    total,
    conclusion: conclusionLabel ? cellRef(grid, conclusionLabel.row, conclusionLabel.right + 1) : null,
  };
}

export interface DepartmentEvaluation {
  table: DepartmentTable;
  profile: DepartmentProfile;
  /**
   * Σ item scores, each capped at its points (dept.item-over states the cap); Σ bonus, each bonus row
   * capped at its rule's cap; the total with the bonus capped overall. Every figure a finding, draft or
   * report shows uses these capped values. Null when a score or points cell cannot be read.
   */
  itemScore: number | null;
  bonus: number | null;
  total: number | null;
  points: number | null;
  lines: Array<{ line: BudgetLine; budget: number | null; executed: number | null; rate: number | null; printedRate: Printed | null }>;
  /** Every cell the table reads that cannot be read (error values, uncomputed formulas). */
  unreadable: CellRef[];
}

/** The score an item counts for: its printed score, at most its points. */
export function cappedScore(row: FrameworkRow): number {
  const s = readPrinted(row.score)?.value ?? 0;
  const p = readPrinted(row.points)?.value;
  return p === undefined ? s : Math.min(s, p);
}

/** The bonus rule a bonus row falls under (by the words of its 二级 and 三级 cells). */
export function bonusRuleOf(profile: DepartmentProfile, row: FrameworkRow): BonusRule | undefined {
  const text = normalizeLabel(`${row.level2}${row.name}`);
  return profile.bonus.find((b) => b.match.some((m) => text.includes(m)));
}

/** The points a bonus row counts for: its printed score, at most its rule's cap. */
export function cappedBonus(profile: DepartmentProfile, row: FrameworkRow): number {
  const s = readPrinted(row.score)?.value ?? 0;
  const rule = bonusRuleOf(profile, row);
  return rule ? Math.min(s, rule.cap) : s;
}

/** Every cell of a department table the checker reads, for reporting the ones it cannot. */
export function departmentCells(table: DepartmentTable): CellRef[] {
  const cells = [
    ...table.budgetLines.flatMap((l) => [l.budget, l.executed, l.rate]),
    ...table.rows.flatMap((r) => [r.points, r.score, r.reason]),
    table.total?.points,
    table.total?.score,
    table.conclusion,
  ];
  const seen = new Set<string>();
  return cells.filter((c): c is CellRef => !!c && !seen.has(c.address) && !!seen.add(c.address));
}

export function evaluateDepartment(table: DepartmentTable, profile: DepartmentProfile = DEFAULT_DEPARTMENT_PROFILE): DepartmentEvaluation {
  const items = table.rows.filter((r) => r.kind === "item");
  const bonusRows = table.rows.filter((r) => r.kind === "bonus");
  const unknown = [...items, ...bonusRows].some((r) => isUnreadable(r.score) || isUnreadable(r.points));
  const itemScore = unknown ? null : round(items.reduce((s, r) => s + cappedScore(r), 0));
  const bonus = unknown ? null : round(bonusRows.reduce((s, r) => s + cappedBonus(profile, r), 0));
  const lines = table.budgetLines.map((line) => {
    const readable = !isUnreadable(line.budget) && !isUnreadable(line.executed);
    const budget = readable ? readAmount(line.budget, table.budgetUnit) : null;
    const executed = readable ? readAmount(line.executed, table.budgetUnit) : null;
    const rate = budget !== null && budget > 0 && executed !== null ? executed / budget : null;
    return { line, budget, executed, rate, printedRate: isUnreadable(line.rate) ? null : readPrintedRate(line.rate, rate) };
  });
  return {
    table,
    profile,
    itemScore,
    bonus,
    total: itemScore === null || bonus === null ? null : round(itemScore + Math.min(bonus, profile.bonusCap)),
    points: items.some((r) => isUnreadable(r.points)) ? null : round(items.reduce((s, r) => s + (readPrinted(r.points)?.value ?? 0), 0)),
    lines,
    unreadable: departmentCells(table).filter((c) => isUnreadable(c)),
  };
}
