// Finds a 项目支出绩效自评表 anywhere on a sheet by its labels (domain §1), never by fixed
// addresses: offsets, extra rows, blank columns, merged labels, two-row headers and synonyms.
import type { Grid } from "../grid";
import { COMPLETION_LABELS, GOAL_LABELS, TEXT_LABELS, TOTAL_LABELS, normalizeLabel, type IndicatorField } from "../labels";
import { detectLayout, layoutWords, LAYOUTS, type LayoutDef } from "../layouts";
import type { CellRef, ProjectTable, Table, TextCell } from "../model";
import { tableBands, type Band } from "./bands";
import { YEAR_LINE, cellRef, collectLabels, isBlank, labelRef, valueRightOf, type Label } from "./cells";
import { recognizeFunds } from "./funds";
import { findIndicatorHeader, recognizeIndicators } from "./indicators";

export { tableBands, type Band } from "./bands";
export { cellRef, collectLabels, type Label } from "./cells";
export { recognizeDeclaration } from "./declaration";
export { recognizeMonitoring } from "./monitoring";
export { tableKind, type ProjectTableKind } from "./kind";
export { isTicked } from "./plans";

function textBelow(grid: Grid, l: Label | undefined, limitRow: number, headerWords: ReadonlySet<string>): TextCell | null {
  if (!l) return null;
  const below = l.bottom + 1;
  let cell: CellRef | null = below < limitRow ? cellRef(grid, below, l.col) : null;
  if (cell && typeof cell.value === "string" && headerWords.has(normalizeLabel(cell.value))) cell = null;
  if (!cell) cell = cellRef(grid, l.row, l.right + 1);
  return { label: labelRef(grid, l), cell };
}

function textRight(grid: Grid, l: Label | undefined): TextCell | null {
  if (!l) return null;
  return { label: labelRef(grid, l), cell: cellRef(grid, l.row, l.right + 1) };
}

/** Every project table of a sheet, each with its own band; none when the sheet holds no 自评表. */
export function recognizeTables(
  grid: Grid,
  labels: Label[] = collectLabels(grid),
  layouts: readonly LayoutDef[] = LAYOUTS,
): Array<{ table: ProjectTable; band: Band }> {
  const out: Array<{ table: ProjectTable; band: Band }> = [];
  for (const band of tableBands(grid, labels)) {
    const inBand = labels.filter((l) => l.row >= band.start && l.row < band.end);
    const table = recognize(grid, inBand, band.end, layouts);
    if (table.kind === "project") out.push({ table, band });
  }
  return out;
}

/**
 * Recognises a sheet (or one band of it): a project table with every cell located, or `unknown`; its
 * layout is the first of `layouts` that the table matches.
 */
export function recognize(
  grid: Grid,
  labels: Label[] = collectLabels(grid),
  lastRow = grid.rowCount,
  layouts: readonly LayoutDef[] = LAYOUTS,
): Table {
  const header = findIndicatorHeader(labels);
  const title = labels.find((l) => /自评表|评价表/.test(l.label))?.raw.trim() ?? "";
  if (!header || /部门整体|单位整体|整体支出/.test(normalizeLabel(title))) return { kind: "unknown" };
  const { indicators, missing, cols, end } = recognizeIndicators(grid, labels, header, lastRow, layouts);
  const { headerWords } = layoutWords(layouts);
  const funds = recognizeFunds(grid, labels, header.row);
  if (!funds && indicators.length === 0 && !/项目支出/.test(title)) return { kind: "unknown" };
  // A stray "三级指标" (in a note, or a pasted heading) is not a table: a table has a funds block or at
  // least two of the columns a score needs beside its indicator header.
  const scoreColumns = (["target", "actual", "weight", "score"] as const).filter((f) => cols.has(f)).length;
  if (!funds?.budgetColumn && scoreColumns < 2) return { kind: "unknown" };

  const words = new Set(labels.map((l) => l.label));
  const first = (list: readonly string[], after = -1, before = Infinity) =>
    labels.find((l) => l.row > after && l.row < before && list.includes(l.label));
  const afterIndicators = end - 1;
  const totalLabel = first(TOTAL_LABELS, afterIndicators);
  let total: ProjectTable["total"] = null;
  if (totalLabel) {
    const at = (f: IndicatorField) => {
      const c = cols.get(f)?.col;
      if (c === undefined || c <= totalLabel.right) return null;
      return cellRef(grid, totalLabel.row, c);
    };
    let score = at("score");
    const weight = at("weight");
    if (!score || isBlank(score.value)) {
      // "总 分 99.98" with the figure in whatever cell follows the label.
      for (let c = grid.colCount - 1; c > totalLabel.right; c--) {
        const ref = cellRef(grid, totalLabel.row, c);
        if (
          ref.col === c &&
          !isBlank(ref.value) &&
          ref.address !== weight?.address &&
          !isNaN(Number(String(ref.value).replace(/分$/, "")))
        ) {
          score = ref;
          break;
        }
      }
    }
    total = { label: labelRef(grid, totalLabel), weight, score };
  }
  const nameLabel = first(["项目名称"], -1, header.row);
  const yearLabel = labels.find((l) => l.row < header.row && YEAR_LINE.test(l.raw.trim()));
  const layout = detectLayout({ labels: words, columns: cols }, layouts);
  return {
    kind: "project",
    layout: layout.id,
    profile: layout.profile,
    title,
    projectName: valueRightOf(grid, nameLabel, headerWords),
    department: valueRightOf(grid, first(["主管部门"], -1, header.row), headerWords),
    implementer: valueRightOf(grid, first(["实施单位"], -1, header.row), headerWords),
    year: yearLabel ? Number(/\d{4}/.exec(yearLabel.raw)![0]) : null,
    funds,
    indicatorHeader: labelRef(grid, header),
    indicators,
    indicatorMissing: missing,
    goal: textBelow(grid, first(GOAL_LABELS, -1, header.row), header.row, headerWords),
    completion: textBelow(grid, first(COMPLETION_LABELS, -1, header.row), header.row, headerWords),
    problems: textRight(grid, first(TEXT_LABELS.problems, afterIndicators)),
    improvements: textRight(grid, first(TEXT_LABELS.improvements, afterIndicators)),
    conclusion: textRight(grid, first(TEXT_LABELS.conclusion, afterIndicators)),
    total,
  };
}
