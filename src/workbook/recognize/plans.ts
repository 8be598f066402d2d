// What the 申报表 and the 监控表 share (domain §8): the head (title, year, 项目名称 …), fund rows and their
// amounts, ticks (✔ √ 是), and the 三级指标 rows with their 年度指标值.
import { readAmount, readPrintedRate, unreadable } from "../evaluate";
import type { Grid } from "../grid";
import { fundRowKind, HEADER_WORDS, INDICATOR_END_LABELS, normalizeLabel } from "../labels";
import type { CellRef, Figure, FundPart, PlannedIndicator, TableInfo, TextCell } from "../model";
import { YEAR_LINE, cellRef, isBlank, labelRef, textOf, valueRightOf, type Label } from "./cells";

/** Headers of these tables that are labels, not values (beside the 自评表's). */
const PLAN_WORDS = new Set([
  ...HEADER_WORDS,
  "主管部门及代码",
  "项目属性",
  "项目周期",
  "项目期",
  "中期资金总额",
  "年度资金总额",
  "总体目标",
  "中期目标",
]);

/** The head of the table: its title (found by `title`), the year line, 项目名称, 主管部门, 实施单位. */
export function tableInfo(grid: Grid, labels: Label[], title: RegExp, before: number): TableInfo {
  const above = labels.filter((l) => l.row < before);
  const first = (words: readonly string[]) => above.find((l) => words.includes(l.label));
  const year = above.find((l) => YEAR_LINE.test(l.raw.trim()));
  return {
    title: labels.find((l) => title.test(l.label))?.raw.trim() ?? "",
    year: year ? Number(/\d{4}/.exec(year.raw)![0]) : null,
    projectName: valueRightOf(grid, first(["项目名称"]), PLAN_WORDS),
    department: valueRightOf(grid, first(["主管部门", "主管部门及代码"]), PLAN_WORDS),
    implementer: valueRightOf(grid, first(["实施单位"]), PLAN_WORDS),
  };
}

/** Which fund a row label names: 年度资金总额 (or 资金总额), 财政拨款, 上年结转, 其他; null for any other label. */
export function fundPart(label: string): FundPart | null {
  const t = label.replace(/^其中/, "");
  if (/^(中期|年度)?资金总额$/.test(t) || fundRowKind(t) === "total") return "total";
  if (/^(当年|本年)?财政(拨款|资金)$/.test(t)) return "fiscal";
  if (/^上年结转(资金)?$/.test(t)) return "carryover";
  if (t === "其他" || fundRowKind(t) === "part") return "other";
  return null;
}

/** "万元" unless the fund labels say 元 ("项目资金（元）", "单位：元"). */
export function fundUnit(labels: Label[]): string {
  if (labels.some((l) => /万元/.test(l.raw))) return "万元";
  return labels.some((l) => /（元）|\(元\)|单位[:：]\s*元/.test(l.raw)) ? "元" : "万元";
}

/** An amount in 万元: numbers, or text such as "48.00", "48.00万元", "480,000元"; null when blank or unreadable. */
export function amountOf(cell: CellRef | null, unit: string): Figure {
  if (!cell || unreadable(cell)) return { cell, value: null };
  const value = unit === "元" ? readAmount(cell, "元") : readAmount(cell, "万元");
  if (value === null) return { cell, value: null };
  return { cell, value: Math.round((unit === "元" ? value / 10000 : value) * 1e6) / 1e6 };
}

/** A printed rate as a fraction ("50%", 0.5 formatted as percent, "50.00%"); null when blank or unreadable. */
export function rateOf(cell: CellRef | null, computed: number | null): Figure {
  if (!cell || unreadable(cell)) return { cell, value: null };
  const printed = readPrintedRate(cell, computed);
  return { cell, value: printed ? Math.round(printed.value * 1e8) / 1e10 : null };
}

const TICK = /^(✔|✔️|✓|√|☑|☑️|✅|✅️|●|■|是|有|y|yes|true)$/i;

/** A ticked cell: ✔ ✓ √ ☑ 是 Y (or TRUE); blank, 否 and anything else are not. */
export function isTicked(value: unknown): boolean {
  if (value === true) return true;
  return typeof value === "string" && TICK.test(value.normalize("NFKC").trim());
}

/** The text of a cell as a person reads it: a string trimmed, a number as shown; "" when blank. */
export function cellText(cell: CellRef | null): string {
  return !cell || isBlank(cell.value) ? "" : String(cell.value).trim();
}

/** A goal text: the cell below its label, or to its right when the one below is empty. */
export function goalNear(grid: Grid, l: Label | undefined, limitRow: number): TextCell | null {
  if (!l) return null;
  const below = l.bottom + 1 < limitRow ? cellRef(grid, l.bottom + 1, l.col) : null;
  const right = cellRef(grid, l.row, l.right + 1);
  const useBelow = below && !isBlank(below.value) && !PLAN_WORDS.has(normalizeLabel(String(below.value)));
  return { label: labelRef(grid, l), cell: useBelow ? below : isBlank(right.value) ? below : right };
}

/** Labels that end the indicator rows (a 备注 column header sits beside the names, never in them). */
const END = new Set([...INDICATOR_END_LABELS, "填表说明", "其他说明", "审核意见"]);

/**
 * The indicator rows from `start`: names in column `name`, the 年度指标值 in `target`, 一级 and 二级 merged
 * down (a blank cell continues the one above). Stops at a 总分/说明/备注 line left of the names.
 */
export function plannedRows(
  grid: Grid,
  start: number,
  cols: { level1?: number; level2?: number; name: number; target?: number },
  end = grid.rowCount,
): Array<PlannedIndicator & { row: number }> {
  const rows: Array<PlannedIndicator & { row: number }> = [];
  for (let r = start; r < end; r++) {
    let stop = false;
    for (let c = 0; c <= cols.name && !stop; c++) {
      const v = grid.value(r, c);
      stop = typeof v === "string" && END.has(normalizeLabel(v));
    }
    if (stop) break;
    const name = textOf(grid, r, cols.name).replace(/\s+/g, "");
    const target = cols.target === undefined ? null : cellRef(grid, r, cols.target);
    if ((!name && isBlank(target?.value)) || PLAN_WORDS.has(normalizeLabel(name))) continue;
    const at = (c: number | undefined) => (c === undefined ? null : cellRef(grid, r, c));
    const previous = rows[rows.length - 1];
    const level1 = textOf(grid, r, cols.level1).replace(/\s+/g, "");
    const level2 = textOf(grid, r, cols.level2).replace(/\s+/g, "");
    rows.push({
      row: r,
      level1: level1 || previous?.level1 || "",
      level2: level2 || (level1 ? "" : previous?.level2 || ""),
      name,
      level1Cell: level1 || !previous ? at(cols.level1) : previous.level1Cell,
      level2Cell: level2 || level1 || !previous ? at(cols.level2) : previous.level2Cell,
      nameCell: cellRef(grid, r, cols.name),
      targetText: target?.value ?? null,
      target,
    });
  }
  return rows;
}
