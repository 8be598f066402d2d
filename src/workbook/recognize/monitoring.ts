// 项目支出绩效目标执行监控表 (domain §8), found by its labels: the fund rows (年初预算数 · 1-7月执行数 ·
// 1-7月执行率 · 全年预计执行数), 年度总体目标, and the indicator rows with 1-7月执行数, 全年预计执行数, the
// ticks of 偏差原因分析 and 完成目标可能性, 原因说明 and 备注. Merged and two-row headers, any offset.
import type { Grid } from "../grid";
import { FUND_HEADERS, INDICATOR_HEADERS } from "../labels";
import type { CellRef, DeviationCause, Likelihood, MonitoringFund, MonitoringIndicator, MonitoringTable } from "../model";
import { cellRef, labelRef, type Label } from "./cells";
import { amountOf, cellText, fundPart, fundUnit, goalNear, isTicked, plannedRows, rateOf, tableInfo } from "./plans";

const MONTHS = String.raw`\d{1,2}[-—–~～至到]\d{1,2}月(?:底|末)?(?:累计)?`;
/** "1-7月执行数" (funds and indicators), "1-7月完成值" … */
export const MID_YEAR = new RegExp(`^(?:截至)?${MONTHS}(?:执行数|执行情况|完成值|完成数|完成情况|实际完成值|实际执行数)$`);
export const MID_YEAR_RATE = new RegExp(`^${MONTHS}(?:预算)?执行率$`);
export const FORECAST = /^(?:全年预计|预计全年)(?:执行数|完成值|完成数|执行情况|完成情况|完成)?$/;
export const LIKELIHOOD = /^(?:完成目标可能性|完成可能性|目标完成可能性)$/;
const LIKELIHOODS: readonly Likelihood[] = ["确定能", "有可能", "完全不可能"];
const CAUSES: Record<DeviationCause, RegExp> = {
  funding: /^经费保障$/,
  rules: /^制度保障$/,
  staff: /^人员保障$/,
  hardware: /^硬件(?:条件)?保障$/,
  other: /^其他(?:原因)?$/,
};
export const MONITORING_TITLE = /执行监控表|监控表|绩效监控/;

type Match = (label: string) => boolean;
const oneOf =
  (words: readonly string[]): Match =>
  (l) =>
    words.includes(l);

/** Header cells by predicate, in the given rows (the first row first); a cell serves one field only. */
function columns<F extends string>(labels: Label[], rows: number[], fields: Record<F, Match>): Map<F, Label> {
  const found = new Map<F, Label>();
  const used = new Set<Label>();
  for (const row of rows)
    for (const field of Object.keys(fields) as F[]) {
      if (found.has(field)) continue;
      const hit = labels.find((l) => l.row === row && !used.has(l) && fields[field](l.label));
      if (hit) {
        found.set(field, hit);
        used.add(hit);
      }
    }
  return found;
}

/** The 监控表 on a sheet whose labels say it is one (tableKind in kind.ts). */
export function recognizeMonitoring(grid: Grid, labels: Label[]): MonitoringTable {
  const header = labels.find((l) => l.label === "三级指标") ?? labels.find((l) => INDICATOR_HEADERS.name.includes(l.label));
  const before = header?.row ?? grid.rowCount;

  // 项目资金: 年初预算数 · 1-7月执行数 · 1-7月执行率 · 全年预计执行数 above the indicators.
  const fundAnchor = labels.find((l) => l.row < before && (MID_YEAR.test(l.label) || FORECAST.test(l.label)));
  const funds: MonitoringFund[] = [];
  const fundLabels = labels.filter((l) => l.row < (fundAnchor ? fundAnchor.row + 8 : 0) && l.row < before);
  const unit = fundUnit(fundLabels);
  if (fundAnchor) {
    const cols = columns(labels, [fundAnchor.row, fundAnchor.row + 1, fundAnchor.row - 1], {
      budget: oneOf([...FUND_HEADERS.budgetInitial, ...FUND_HEADERS.budget]),
      midYear: (l) => MID_YEAR.test(l),
      midYearRate: (l) => MID_YEAR_RATE.test(l),
      forecast: (l) => FORECAST.test(l),
    });
    const headerBottom = Math.max(...[...cols.values()].map((l) => l.bottom));
    const firstCol = Math.min(...[...cols.values()].map((l) => l.col));
    for (const l of labels) {
      if (l.row <= headerBottom || l.row >= before || l.col >= firstCol) continue;
      const part = fundPart(l.label);
      if (!part) {
        if (funds.length > 0) break;
        continue;
      }
      if (funds.some((f) => f.labelCell.row === l.row)) continue;
      const at = (f: "budget" | "midYear" | "midYearRate" | "forecast") => (cols.has(f) ? cellRef(grid, l.row, cols.get(f)!.col) : null);
      const budget = amountOf(at("budget"), unit);
      const midYear = amountOf(at("midYear"), unit);
      const computed = budget.value && midYear.value !== null ? midYear.value / budget.value : null;
      funds.push({
        label: l.label,
        part,
        labelCell: labelRef(grid, l),
        budget,
        midYear,
        midYearRate: rateOf(at("midYearRate"), computed),
        forecast: amountOf(at("forecast"), unit),
      });
    }
  }

  const goalLabel = labels.find((l) => l.row < before && (l.label === "年度总体目标" || l.label === "年度绩效目标"));
  const table: MonitoringTable = {
    kind: "monitoring",
    ...tableInfo(grid, labels, MONITORING_TITLE, before),
    funds,
    unit,
    goal: goalNear(grid, goalLabel, before),
    indicatorHeader: header ? labelRef(grid, header) : null,
    indicators: [],
  };
  if (!header) return table;

  // The indicator header may span two rows: groups (偏差原因分析, 完成目标可能性) over their tick columns, which
  // are looked for only inside the header (a data cell may say 确定能 or 其他).
  const main = columns(labels, [header.row, header.row + 1, header.row - 1], {
    level1: oneOf(INDICATOR_HEADERS.level1),
    level2: oneOf(INDICATOR_HEADERS.level2),
    name: (l) => l === header.label,
    target: oneOf(INDICATOR_HEADERS.target),
    midYear: (l) => MID_YEAR.test(l),
    forecast: (l) => FORECAST.test(l),
    likelihood: (l) => LIKELIHOOD.test(l),
    note: oneOf(["备注"]),
    group: oneOf(["偏差原因分析", "偏差原因"]),
  });
  const groups = [main.get("group"), main.get("likelihood")].filter((l): l is Label => !!l);
  const headerBottom = Math.max(
    ...[...main.values()].filter((l) => l.row >= header.row).map((l) => l.bottom),
    ...groups.filter((g) => g.bottom === g.row).map((g) => g.row + 1),
  );
  const subRows = [header.row, header.row + 1].filter((r) => r <= headerBottom);
  const sub = columns(labels, subRows, {
    reason: oneOf(["原因说明", "原因分析说明", "具体原因", "说明"]),
    funding: (l) => CAUSES.funding.test(l),
    rules: (l) => CAUSES.rules.test(l),
    staff: (l) => CAUSES.staff.test(l),
    hardware: (l) => CAUSES.hardware.test(l),
    other: (l) => CAUSES.other.test(l),
    certain: (l) => l === "确定能",
    possible: (l) => l === "有可能",
    impossible: (l) => l === "完全不可能",
  });
  const cols = new Map<string, Label>([...main, ...sub]);
  const col = (f: string) => cols.get(f)?.col;
  const start = headerBottom + 1;
  const ticks: Array<[Likelihood, number | undefined]> = [
    ["确定能", col("certain")],
    ["有可能", col("possible")],
    ["完全不可能", col("impossible")],
  ];
  // Tick columns head a row of their own (确定能 · 有可能 · 完全不可能); one such word alone is a likelihood written in a cell.
  const heads = (["certain", "possible", "impossible"] as const).map((f) => sub.get(f)).filter((l): l is Label => !!l);
  const tickColumns = heads.length >= 2 && heads.every((l) => l.row === heads[0].row);
  for (const row of plannedRows(grid, start, { level1: col("level1"), level2: col("level2"), name: col("name")!, target: col("target") })) {
    const at = (c: number | undefined) => (c === undefined ? null : cellRef(grid, row.row, c));
    const deviation = {} as Record<DeviationCause, boolean>;
    const deviationCells: Partial<Record<DeviationCause, CellRef>> = {};
    for (const cause of Object.keys(CAUSES) as DeviationCause[]) {
      const cell = at(col(cause));
      deviation[cause] = !!cell && isTicked(cell.value);
      if (cell) deviationCells[cause] = cell;
    }
    let likelihood: Likelihood | null = null;
    let likelihoodCell: CellRef | null = null;
    if (tickColumns) {
      const ticked = ticks.find(([, c]) => c !== undefined && isTicked(grid.value(row.row, c)));
      if (ticked) [likelihood, likelihoodCell] = [ticked[0], at(ticked[1])];
    } else {
      // One 完成目标可能性 column that names the likelihood in words.
      likelihoodCell = at(col("likelihood"));
      const text = cellText(likelihoodCell).replace(/\s+/g, "");
      likelihood =
        LIKELIHOODS.find((w) => text === w) ??
        (/不可能/.test(text) ? "完全不可能" : /有可能|可能/.test(text) ? "有可能" : /能/.test(text) ? "确定能" : null);
    }
    const reason = at(col("reason"));
    const { row: _row, ...planned } = row;
    const indicator: MonitoringIndicator = {
      ...planned,
      midYear: at(col("midYear")),
      forecast: at(col("forecast")),
      deviation,
      deviationCells,
      reasonText: cellText(reason),
      reason,
      likelihood,
      likelihoodCell,
      note: at(col("note")),
    };
    table.indicators.push(indicator);
  }
  return table;
}
