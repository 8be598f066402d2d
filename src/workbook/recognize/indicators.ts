// The indicator rows: their header (三级指标 or another name for it), columns, and one Indicator per row
// up to the total or the text rows below.
import type { Grid } from "../grid";
import { INDICATOR_END_LABELS, INDICATOR_HEADERS, normalizeLabel, type IndicatorField } from "../labels";
import { layoutWords, type LayoutDef } from "../layouts";
import type { CellRef, Indicator } from "../model";
import { cellRef, findColumns, isBlank, MAX_LABEL_LENGTH, textOf, type Label } from "./cells";

/** The indicator rows under `header`, the columns found (a layout's own among them), and the row they end at. */
export function recognizeIndicators(
  grid: Grid,
  labels: Label[],
  header: Label,
  lastRow: number,
  layouts: readonly LayoutDef[],
): { indicators: Indicator[]; missing: string[]; cols: Map<IndicatorField, Label>; end: number } {
  const { indicatorHeaders, headerWords } = layoutWords(layouts);
  const cols = findColumns(labels, [header.row, header.row + 1, header.row - 1], indicatorHeaders, lastRow);
  const start = Math.max(...[...cols.values()].filter((l) => l.row >= header.row).map((l) => l.bottom)) + 1;
  const col = (f: IndicatorField) => cols.get(f)?.col;
  const lastCol = Math.max(...[...cols.values()].map((l) => l.right));
  const endLabels = new Set(INDICATOR_END_LABELS);
  const indicators: Indicator[] = [];
  let end = lastRow;
  for (let r = start; r < lastRow; r++) {
    let stop = false;
    for (let c = 0; c <= lastCol && !stop; c++) {
      const v = grid.value(r, c);
      if (typeof v === "string" && v.length <= MAX_LABEL_LENGTH) {
        const l = normalizeLabel(v);
        stop = endLabels.has(l) || (r > start && l === header.label);
      }
    }
    if (stop) {
      end = r;
      break;
    }
    const name = textOf(grid, r, col("name")).replace(/\s+/g, "");
    const at = (f: IndicatorField) => (col(f) === undefined ? null : cellRef(grid, r, col(f)!));
    const target = at("target");
    const actual = at("actual");
    const weight = at("weight");
    if (!name && isBlank(target?.value) && isBlank(actual?.value) && isBlank(weight?.value)) continue;
    if (headerWords.has(normalizeLabel(name))) continue;
    let targetText = target?.value ?? null;
    let actualText = actual?.value ?? null;
    if (col("nature") !== undefined || col("unit") !== undefined) {
      targetText = joinSplitTarget(grid, r, col("nature"), col("unit"), target);
      const unit = textOf(grid, r, col("unit"));
      if (typeof actualText === "number" && unit && !actual?.format?.includes("%")) actualText = `${actualText}${unit}`;
    }
    // Where merges were lost (copied sheets, old hosts), a blank 一级/二级 cell continues the one above.
    const previous = indicators[indicators.length - 1];
    const level1 = textOf(grid, r, col("level1")).replace(/\s+/g, "");
    const level2 = textOf(grid, r, col("level2")).replace(/\s+/g, "");
    indicators.push({
      level1: level1 || previous?.level1 || "",
      level2: level2 || (level1 ? "" : previous?.level2 || ""),
      name,
      level1Cell: level1 || !previous ? at("level1") : previous.level1Cell,
      level2Cell: level2 || level1 || !previous ? at("level2") : previous.level2Cell,
      nameCell: at("name")!,
      targetText,
      target,
      actualText,
      actual,
      weight,
      score: at("score"),
      reason: at("reason"),
    });
  }
  const required: Array<[IndicatorField, string]> = [
    ["target", "年度指标值"],
    ["actual", "实际完成值"],
    ["weight", "分值"],
    ["score", "得分"],
  ];
  const missing = required.filter(([f]) => !cols.has(f)).map(([, word]) => word);
  return { indicators, missing, cols, end };
}

/** Sichuan's 指标性质 · 指标值 · 度量单位 as one target ("≥" · 95 · "%" → "≥95%"). */
function joinSplitTarget(
  grid: Grid,
  row: number,
  natureCol: number | undefined,
  unitCol: number | undefined,
  target: CellRef | null,
): CellRef["value"] {
  const value = target?.value ?? null;
  if (isBlank(value)) return null;
  const nature = textOf(grid, row, natureCol).replace(/^定性$/, "");
  const unit = textOf(grid, row, unitCol);
  if (typeof value === "number") {
    const shown = unit === "%" && target?.format?.includes("%") ? +(value * 100).toFixed(10) : value;
    return `${nature}${shown}${unit}`;
  }
  const text = String(value).trim();
  return /^[\d.]+$/.test(text) ? `${nature}${text}${unit}` : `${nature}${text}`;
}

/**
 * The indicator header: "三级指标", or another name for the indicator column ("指标名称") when a
 * target or actual header stands beside it.
 */
export function findIndicatorHeader(labels: Label[]): Label | undefined {
  const third = labels.find((l) => l.label === "三级指标");
  if (third) return third;
  const besides = new Set([...INDICATOR_HEADERS.target, ...INDICATOR_HEADERS.actual]);
  return labels.find(
    (l) => INDICATOR_HEADERS.name.includes(l.label) && labels.some((o) => Math.abs(o.row - l.row) <= 1 && besides.has(o.label)),
  );
}
