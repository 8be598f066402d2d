// The funds block (项目资金): its header columns, the total and 其中 rows, the unit.
import type { Grid } from "../grid";
import { FUND_HEADERS, fundRowKind, type FundField } from "../labels";
import type { FundRow, Funds } from "../model";
import { cellRef, findColumns, labelRef, type Label } from "./cells";

/** The funds block above the indicator header, or null when the sheet has none. */
export function recognizeFunds(grid: Grid, labels: Label[], indicatorRow: number): Funds | null {
  const executed = labels.find((l) => l.row < indicatorRow && FUND_HEADERS.executed.includes(l.label));
  const budgetOnly = labels.find((l) => l.row < indicatorRow && [...FUND_HEADERS.budget, ...FUND_HEADERS.budgetInitial].includes(l.label));
  const anchor = executed ?? budgetOnly;
  if (!anchor) return null;
  const headerRow = anchor.row;
  const cols = findColumns(labels, [headerRow, headerRow - 1, headerRow + 1], FUND_HEADERS, indicatorRow);
  const headerBottom = Math.max(...[...cols.values()].map((l) => l.bottom));
  const col = (f: FundField) => cols.get(f)?.col;
  const budgetColumn = cols.has("budget") ? "budget" : cols.has("budgetInitial") ? "budgetInitial" : null;

  const rows: FundRow[] = [];
  for (const l of labels) {
    if (l.row <= headerBottom || l.row >= indicatorRow) continue;
    const kind = fundRowKind(l.label);
    if (!kind || rows.some((r) => r.labelCell.row === l.row)) continue;
    const at = (f: FundField) => (col(f) === undefined ? null : cellRef(grid, l.row, col(f)!));
    rows.push({
      label: l.label,
      kind,
      labelCell: labelRef(grid, l),
      budgetInitial: at("budgetInitial"),
      budget: at("budget"),
      executed: at("executed"),
    });
  }
  const total = rows.find((r) => r.kind === "total") ?? null;
  const at = (f: FundField) => (total && col(f) !== undefined ? cellRef(grid, total.labelCell.row, col(f)!) : null);
  const area = labels.filter((l) => l.row <= headerBottom + rows.length + 1 && /万元|（元）|\(元\)|单位:元|单位：元/.test(l.raw));
  const unit = area.some((l) => /万元/.test(l.raw)) || area.length === 0 ? "万元" : "元";
  const missing: string[] = [];
  if (!budgetColumn) missing.push("全年预算数");
  if (!cols.has("executed")) missing.push("全年执行数");
  if (!total) missing.push("年度资金总额");
  return {
    header: labelRef(grid, anchor),
    total,
    parts: rows.filter((r) => r.kind === "part"),
    budgetColumn,
    weight: at("weight"),
    rate: at("rate"),
    score: at("score"),
    reason: at("reason"),
    unit,
    missing,
  };
}
