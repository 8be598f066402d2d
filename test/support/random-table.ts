// Random central-template tables for property tests: realistic targets and actuals of every kind,
// budgets, printed scores (blank, right or wrong), written as values or as formulas without cached
// results, at any row offset (so two fit on one sheet), optionally with a column missing.
import type { CellValue } from "../../src/workbook";
import { toA1 } from "../../src/workbook";
import type { SheetData } from "./fixtures";

export type Rnd = () => number;

export interface TableOptions {
  /** 0-based row where the table starts. */
  offset?: number;
  /** Rate, budget score, budget total and 总分 as formulas the file keeps no result for. */
  formulas?: boolean;
  /** Printed indicator scores: blank, the rules' own, the rules' own rounded to whole points, or anything. */
  scores?: "blank" | "rule" | "rounded" | "random";
  /** A column header left out (its cells stay), as real forms lose columns. */
  drop?: "得分" | "实际完成值" | "分值";
  name?: string;
}

export interface RandomTable {
  cells: Record<string, CellValue | { formula: string }>;
  formats: Record<string, string>;
  merges: string[];
  /** The rows it spans (1-based, inclusive), and the cells its figures live in. */
  firstRow: number;
  lastRow: number;
  totalCell: string;
  rateCell: string;
  budgetScoreCell: string;
  indicators: Array<{ target: string; actual: string; weight: string; score: string }>;
}

const pick = <T>(rnd: Rnd, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const round2 = (x: number) => Math.round(x * 100) / 100;

interface Row {
  level1: string;
  level2: string;
  name: string;
  target: CellValue;
  actual: CellValue;
  actualFormat?: string;
}

const QUALITATIVE_RESULTS = ["达成预期指标", "部分达成预期指标并具有一定效果", "未达成预期指标且效果较差", "合规", "健全", "达成年度指标"];

function randomRow(rnd: Rnd, k: number, level1: string): Row {
  const level2 =
    level1 === "产出指标"
      ? pick(rnd, ["数量指标", "质量指标", "时效指标", "成本指标"])
      : level1 === "效益指标"
        ? "社会效益指标"
        : "服务对象满意度指标";
  const name =
    level1 === "满意度指标" ? "服务对象满意度" : `指标${k + 1}${pick(rnd, ["完成率", "场次", "人次", "覆盖率", "资金", "及时率", "机制"])}`;
  switch (Math.floor(rnd() * 6)) {
    case 0: {
      const t = 10 + Math.floor(rnd() * 200);
      const unit = pick(rnd, ["场", "人次", "个", "万元", "户"]);
      const a = Math.max(0, Math.round(t * (0.5 + rnd() * 1.2)));
      return {
        level1,
        level2,
        name,
        target: `${pick(rnd, ["≥", "不少于", ">=", ""])}${t}${unit}`,
        actual: rnd() < 0.5 ? `${a}${unit}` : a,
      };
    }
    case 1: {
      const t = 80 + Math.floor(rnd() * 20);
      const a = Math.min(100, t - 15 + Math.floor(rnd() * 30));
      return rnd() < 0.5
        ? { level1, level2, name, target: `≥${t}%`, actual: a / 100, actualFormat: "0%" }
        : { level1, level2, name, target: `${t}%以上`, actual: `${a}%` };
    }
    case 2: {
      const t = 5 + Math.floor(rnd() * 50);
      const a = Math.round(t * (0.5 + rnd()));
      return {
        level1,
        level2,
        name,
        target: `${pick(rnd, ["≤", "不超过", "<="])}${t}${pick(rnd, ["元", "天", "次"])}`.replace(/(\d+)(.*)$/, `$1$2`),
        actual: a,
      };
    }
    case 3:
      return { level1, level2, name, target: "0次", actual: pick(rnd, ["0次", 0, "1次", 2]) };
    default:
      return {
        level1,
        level2,
        name,
        target: pick(rnd, ["合规", "健全", "提高", "效果明显", "正常开展"]),
        actual: pick(rnd, QUALITATIVE_RESULTS),
      };
  }
}

/** Integer weights summing to 90 over n indicators. */
function weights(rnd: Rnd, n: number): number[] {
  const raw = Array.from({ length: n }, () => 1 + rnd() * 4);
  const sum = raw.reduce((s, x) => s + x, 0);
  const w = raw.map((x) => Math.max(1, Math.floor((x / sum) * 90)));
  w[0] += 90 - w.reduce((s, x) => s + x, 0);
  return w;
}

export function randomTable(
  rnd: Rnd,
  score: (target: CellValue, actual: CellValue, format: string | undefined, weight: number) => number | null,
  options: TableOptions = {},
): RandomTable {
  const o = options.offset ?? 0;
  const r = (row: number) => o + row; // 1-based rows of the template, shifted
  const cells: RandomTable["cells"] = {};
  const formats: Record<string, string> = {};
  const set = (col: string, row: number, v: CellValue | { formula: string }) => (cells[`${col}${r(row)}`] = v);
  const n = 3 + Math.floor(rnd() * 7);
  set("A", 1, "项目支出绩效自评表");
  set("A", 2, "（2023年度）");
  set("A", 3, "项目名称");
  set("C", 3, options.name ?? `随机项目${Math.floor(rnd() * 1000)}`);
  set("A", 4, "主管部门");
  set("C", 4, "某市妇女联合会");
  set("A", 5, "项目资金（万元）");
  set("D", 5, "年初预算数");
  set("E", 5, "全年预算数");
  set("F", 5, "全年执行数");
  set("G", 5, "分值");
  set("H", 5, "执行率");
  set("I", 5, "得分");
  const budget = round2(10 + rnd() * 490);
  const executed = round2(budget * (0.6 + rnd() * 0.45));
  const rate = executed / budget;
  set("A", 6, "年度资金总额");
  set("D", 6, budget);
  set("A", 7, "其中：当年财政拨款");
  set("E", 7, budget);
  set("F", 7, executed);
  set("D", 7, budget);
  for (const [row, label] of [
    [8, "上年结转资金"],
    [9, "其他资金"],
  ] as const) {
    set("A", row, label);
    for (const c of ["G", "H", "I"]) set(c, row, "—");
  }
  for (const c of ["G", "H", "I"]) set(c, 7, "—");
  set("G", 6, 10);
  const budgetScore = Math.min(round2(Math.min(rate, 1) * 10), 10);
  if (options.formulas) {
    set("E", 6, { formula: `SUM(E${r(7)}:E${r(9)})` });
    set("F", 6, { formula: `SUM(F${r(7)}:F${r(9)})` });
    set("H", 6, { formula: `F${r(6)}/E${r(6)}` });
    set("I", 6, { formula: `ROUND(MIN(H${r(6)},1)*G${r(6)},2)` });
  } else {
    set("E", 6, budget);
    set("F", 6, executed);
    set("H", 6, Math.round(rate * 10000) / 10000);
    set("I", 6, budgetScore);
  }
  formats[`H${r(6)}`] = "0.00%";
  set("A", 10, "年度总体目标");
  set("B", 10, "预期目标");
  set("F", 10, "实际完成情况");
  set("B", 11, "完成年度工作任务。");
  set("F", 11, "已完成。");
  set("A", 12, "绩效指标");
  set("B", 12, "一级指标");
  set("C", 12, "二级指标");
  set("D", 12, "三级指标");
  set("E", 12, "年度指标值");
  if (options.drop !== "实际完成值") set("F", 12, "实际完成值");
  if (options.drop !== "分值") set("G", 12, "分值");
  if (options.drop !== "得分") set("H", 12, "得分");
  set("I", 12, "偏差原因分析及改进措施");
  const w = weights(rnd, n);
  const indicators: RandomTable["indicators"] = [];
  const scoreCells: string[] = [];
  for (let k = 0; k < n; k++) {
    const level1 = k === n - 1 ? "满意度指标" : k < Math.ceil((n - 1) * 0.6) ? "产出指标" : "效益指标";
    const row = randomRow(rnd, k, level1);
    const rr = 13 + k;
    set("B", rr, row.level1);
    set("C", rr, row.level2);
    set("D", rr, row.name);
    set("E", rr, row.target);
    set("F", rr, row.actual);
    if (row.actualFormat) formats[`F${r(rr)}`] = row.actualFormat;
    set("G", rr, w[k]);
    const rule = score(row.target, row.actual, row.actualFormat, w[k]);
    const printed =
      options.scores === "blank"
        ? null
        : options.scores === "random"
          ? round2(rnd() * w[k] * 1.1)
          : options.scores === "rounded" && rule !== null
            ? Math.round(rule)
            : rule;
    if (printed !== null) set("H", rr, printed);
    set("I", rr, "已说明原因。");
    indicators.push({ target: `E${r(rr)}`, actual: `F${r(rr)}`, weight: `G${r(rr)}`, score: `H${r(rr)}` });
    scoreCells.push(`H${r(rr)}`);
  }
  const totalRow = 13 + n;
  set("A", totalRow, "总分");
  set("G", totalRow, 100);
  if (options.formulas) set("H", totalRow, { formula: `SUM(I${r(6)},H${r(13)}:H${r(totalRow - 1)})` });
  else {
    const printed =
      (cells[`I${r(6)}`] as number) + scoreCells.reduce((s, a) => s + (typeof cells[a] === "number" ? (cells[a] as number) : 0), 0);
    set("H", totalRow, round2(printed));
  }
  return {
    cells,
    formats,
    merges: [`A${r(1)}:I${r(1)}`, `A${r(2)}:I${r(2)}`, `A${r(3)}:B${r(3)}`, `C${r(3)}:I${r(3)}`, `A${r(totalRow)}:F${r(totalRow)}`],
    firstRow: r(1),
    lastRow: r(totalRow),
    totalCell: `H${r(totalRow)}`,
    rateCell: `H${r(6)}`,
    budgetScoreCell: `I${r(6)}`,
    indicators,
  };
}

/** Tables as one sheet's data (several stacked one under another when given several). */
export function sheetOf(name: string, tables: RandomTable[]): SheetData & { cells: Record<string, CellValue | { formula: string }> } {
  const cells: Record<string, CellValue | { formula: string }> = {};
  const formats: Record<string, string> = {};
  const merges: string[] = [];
  for (const t of tables) {
    Object.assign(cells, t.cells);
    Object.assign(formats, t.formats);
    merges.push(...t.merges);
  }
  return { name, cells: cells as Record<string, CellValue>, formats, merges };
}

export { toA1 };
