// 项目支出绩效目标申报表 (绩效目标表, domain §8), found by its labels: 项目资金 with 中期资金总额 and 年度资金总额
// (label and amount side by side, or as two column headers over 资金总额 / 其中 rows), 总体目标 split into
// 中期目标 | 年度目标, and the indicators of the year (二级 · 三级 · 指标值 right of the 中期 set).
import type { Grid } from "../grid";
import { INDICATOR_HEADERS } from "../labels";
import type { DeclarationFund, DeclarationTable } from "../model";
import { cellRef, isBlank, labelRef, type Label } from "./cells";
import { amountOf, fundPart, fundUnit, goalNear, plannedRows, tableInfo } from "./plans";

export const DECLARATION_TITLE = /绩效目标表|目标申报表|申报表/;
/** The 年度 target column's names; 中期指标值 is the medium term's and never read as the year's. */
const TARGET = [...INDICATOR_HEADERS.target.filter((w) => !/^中期/.test(w)), "年度指标值", "指标值"];

/** The amounts under one of 年度资金总额 / 中期资金总额 (`anchor`). */
function fundsUnder(grid: Grid, labels: Label[], anchor: Label | undefined, unit: string, before: number): DeclarationFund[] {
  if (!anchor) return [];
  const valueRight = (l: Label) => {
    for (let c = l.right + 1; c <= l.right + 3 && c < grid.colCount; c++) {
      const ref = cellRef(grid, l.row, c);
      if (ref.col !== c) continue;
      if (typeof ref.value === "string" && fundPart(labels.find((x) => x.row === ref.row && x.col === c)?.label ?? "") !== null)
        return null;
      if (!isBlank(ref.value) || ref.formula !== undefined) return ref;
    }
    return cellRef(grid, l.row, l.right + 1);
  };
  const sameColumn = labels.filter((l) => l.col === anchor.col && l.row > anchor.bottom && l.row < before);
  const pairs = amountOf(valueRight(anchor), unit).value !== null || (sameColumn[0] && fundPart(sameColumn[0].label) !== null);
  const funds: DeclarationFund[] = [];
  if (pairs) {
    // "年度资金总额： | 50", then "其中：财政拨款 | 50" … below it in the same column.
    funds.push({ label: anchor.label, part: "total", labelCell: labelRef(grid, anchor), amount: amountOf(valueRight(anchor), unit) });
    for (const l of sameColumn) {
      const part = fundPart(l.label);
      if (!part || part === "total") break;
      funds.push({ label: l.label, part, labelCell: labelRef(grid, l), amount: amountOf(valueRight(l), unit) });
    }
    return funds;
  }
  // A column headed 年度资金总额 over rows labelled 资金总额 · 其中：财政拨款 · … left of every such column.
  const firstColumn = Math.min(...labels.filter((l) => l.row === anchor.row && /资金总额$/.test(l.label)).map((l) => l.col));
  for (const l of labels) {
    if (l.row <= anchor.bottom || l.row >= before || l.col >= firstColumn) continue;
    const part = fundPart(l.label);
    if (!part) {
      if (funds.length > 0) break;
      continue;
    }
    if (funds.some((f) => f.labelCell.row === l.row)) continue;
    funds.push({ label: l.label, part, labelCell: labelRef(grid, l), amount: amountOf(cellRef(grid, l.row, anchor.col), unit) });
  }
  return funds;
}

/** The 申报表 on a sheet whose labels say it is one (tableKind in kind.ts). */
export function recognizeDeclaration(grid: Grid, labels: Label[]): DeclarationTable {
  const names = labels.filter((l) => l.label === "三级指标");
  const headerRow = names[0]?.row ?? labels.find((l) => INDICATOR_HEADERS.name.includes(l.label))?.row;
  const before = headerRow ?? grid.rowCount;
  const fundLabels = labels.filter((l) => l.row < before);
  const unit = fundUnit(fundLabels.filter((l) => /资金|单位/.test(l.label) || /元/.test(l.raw)));
  const annualAnchor = fundLabels.find((l) => l.label === "年度资金总额");
  const mediumAnchor = fundLabels.find((l) => l.label === "中期资金总额");
  const goalLimit = before;
  const table: DeclarationTable = {
    kind: "declaration",
    ...tableInfo(grid, labels, DECLARATION_TITLE, before),
    funds: fundsUnder(grid, labels, annualAnchor, unit, before),
    mediumFunds: fundsUnder(grid, labels, mediumAnchor, unit, before),
    unit,
    mediumGoal: goalNear(
      grid,
      fundLabels.find((l) => l.label === "中期目标"),
      goalLimit,
    ),
    annualGoal: goalNear(
      grid,
      fundLabels.find((l) => l.label === "年度目标" || l.label === "年度绩效目标"),
      goalLimit,
    ),
    indicatorHeader: null,
    indicators: [],
  };
  if (headerRow === undefined) return table;

  // The year's set: the 三级指标 under a 年度… group label, else the rightmost one (the 中期 set comes first).
  const inHeader = labels.filter((l) => l.row >= headerRow - 1 && l.row <= headerRow + 1);
  const groups = labels.filter((l) => l.row < headerRow && l.row >= headerRow - 2 && /^(年度|中期)/.test(l.label));
  const under = (l: Label, re: RegExp) => groups.some((g) => re.test(g.label) && g.col <= l.col && l.col <= g.right);
  const candidates = names.length ? names : inHeader.filter((l) => INDICATOR_HEADERS.name.includes(l.label));
  const name = candidates.find((l) => under(l, /^年度/)) ?? [...candidates].reverse().find((l) => !under(l, /^中期/)) ?? candidates[0];
  const nextName = candidates.find((l) => l.col > name.col);
  const right = nextName ? nextName.col : grid.colCount;
  const target = inHeader.find((l) => l.col > name.col && l.col < right && TARGET.includes(l.label));
  const leftOf = (words: readonly string[], col: number) =>
    inHeader.filter((l) => l.col < col && words.includes(l.label)).sort((a, b) => b.col - a.col)[0];
  const level2 = leftOf(INDICATOR_HEADERS.level2, name.col);
  const level1 = leftOf(INDICATOR_HEADERS.level1, level2?.col ?? name.col);
  const start = Math.max(...[name, target, level2, level1].filter((l): l is Label => !!l).map((l) => l.bottom)) + 1;
  table.indicatorHeader = labelRef(grid, name);
  table.indicators = plannedRows(grid, start, { level1: level1?.col, level2: level2?.col, name: name.col, target: target?.col }).map(
    ({ row: _row, ...indicator }) => indicator,
  );
  return table;
}
