// Finds a 项目支出绩效自评表 anywhere on a sheet by its labels (domain §1), never by fixed
// addresses: offsets, extra rows, blank columns, merged labels, two-row headers and synonyms.
import { toA1, type Grid } from "./grid";
import {
  COMPLETION_LABELS,
  FUND_HEADERS,
  GOAL_LABELS,
  INDICATOR_END_LABELS,
  INDICATOR_HEADERS,
  TEXT_LABELS,
  TOTAL_LABELS,
  fundRowKind,
  normalizeLabel,
  type FundField,
  type IndicatorField,
} from "./labels";
import { detectLayout, layoutWords, LAYOUTS, type LayoutDef } from "./layouts";
import type { CellRef, FundRow, Funds, Indicator, ProjectTable, Table, TextCell } from "./model";

export interface Label {
  row: number;
  col: number;
  bottom: number;
  right: number;
  label: string;
  raw: string;
}

/** Texts longer than this are narrative, not labels. */
const MAX_LABEL_LENGTH = 40;
const EMPTY_LIKE = new Set(["", "—", "–", "-", "--", "——", "/", "*", "无"]);

export function cellRef(grid: Grid, row: number, col: number): CellRef {
  const m = grid.mergeAt(row, col);
  const [r, c] = m ? [m.top, m.left] : [row, col];
  const cell = grid.stored(r, c);
  const ref: CellRef = { address: toA1(r, c), row: r, col: c, value: cell?.value ?? null, format: cell?.format };
  if (cell === undefined) return ref;
  if (cell.formula !== undefined) ref.formula = cell.formula;
  if (cell.error !== undefined) ref.error = cell.error;
  if (cell.uncomputed) ref.uncomputed = true;
  if (cell.computed) ref.computed = true;
  return ref;
}

function labelRef(grid: Grid, l: Label): CellRef {
  return cellRef(grid, l.row, l.col);
}

/** Every short text cell with its normalised label and merged extent, in reading order. */
export function collectLabels(grid: Grid): Label[] {
  const labels: Label[] = [];
  for (const e of grid.entries()) {
    if (typeof e.value !== "string" || e.value.length > MAX_LABEL_LENGTH) continue;
    const label = normalizeLabel(e.value);
    // "（2021年度）" normalises to nothing but still tells the year.
    if (!label && !/\d{4}\s*年/.test(e.value)) continue;
    const m = grid.mergeAt(e.row, e.col);
    labels.push({ row: e.row, col: e.col, bottom: m ? m.bottom : e.row, right: m ? m.right : e.col, label, raw: e.value });
  }
  return labels.sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * Header cells for each field: exact synonyms, looked for in the preferred row first and then in the
 * neighbouring rows of a two-row header. A cell serves one field only.
 */
function findColumns<F extends string>(
  labels: Label[],
  rows: number[],
  synonyms: Partial<Record<F, readonly string[]>>,
  maxRow: number,
): Map<F, Label> {
  const found = new Map<F, Label>();
  const used = new Set<Label>();
  for (const row of rows) {
    if (row < 0 || row >= maxRow) continue;
    const inRow = labels.filter((l) => l.row === row);
    for (const field of Object.keys(synonyms) as F[]) {
      if (found.has(field)) continue;
      for (const word of synonyms[field] ?? []) {
        const hit = inRow.find((l) => !used.has(l) && l.label === word);
        if (hit) {
          found.set(field, hit);
          used.add(hit);
          break;
        }
      }
    }
  }
  return found;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && EMPTY_LIKE.has(value.trim()));
}

function textOf(grid: Grid, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const v = grid.value(row, col);
  return isBlank(v) ? "" : String(v).trim();
}

function recognizeFunds(grid: Grid, labels: Label[], indicatorRow: number): Funds | null {
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

function recognizeIndicators(
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

/**
 * The indicator header: "三级指标", or another name for the indicator column ("指标名称") when a
 * target or actual header stands beside it.
 */
function findIndicatorHeader(labels: Label[]): Label | undefined {
  const third = labels.find((l) => l.label === "三级指标");
  if (third) return third;
  const besides = new Set([...INDICATOR_HEADERS.target, ...INDICATOR_HEADERS.actual]);
  return labels.find(
    (l) => INDICATOR_HEADERS.name.includes(l.label) && labels.some((o) => Math.abs(o.row - l.row) <= 1 && besides.has(o.label)),
  );
}

/** Rows of a sheet that hold one table: [start, end). */
export interface Band {
  start: number;
  end: number;
}

/** Labels that open a table: its title, the year line, the project's name and the funds block. */
const STARTERS = /^(项目名称|主管部门|实施单位|项目资金|年度资金总额)$|项目支出绩效自评表/;

/**
 * The bands of a sheet that holds several project tables one under another (units paste a second
 * project below the first): each indicator header starts a table, whose band reaches up to the first
 * title, year or 项目名称 line after the previous table's header.
 */
export function tableBands(grid: Grid, labels: Label[]): Band[] {
  const headers = labels.filter((l) => l.label === "三级指标");
  if (headers.length <= 1) return [{ start: 0, end: grid.rowCount }];
  const bands: Band[] = [];
  let start = 0;
  headers.forEach((h, k) => {
    const next = headers[k + 1];
    let end = grid.rowCount;
    if (next) {
      const opener = labels.find(
        (l) => l.row > h.row && l.row < next.row && (STARTERS.test(l.label) || /^[（(]?\s*\d{4}\s*年度\s*[)）]?$/.test(l.raw.trim())),
      );
      end = opener ? opener.row : next.row;
    }
    bands.push({ start, end });
    start = end;
  });
  return bands;
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
  // The value beside a label: the first filled cell to its right (an unmerged label leaves a gap), short of
  // the next label ("项目名称 | | 某项目 | 主管部门 | …").
  const valueRightOf = (label: Label | undefined) => {
    if (!label) return "";
    for (let c = label.right + 1; c <= label.right + 4 && c < grid.colCount; c++) {
      const ref = cellRef(grid, label.row, c);
      if (ref.col !== c) continue;
      const text = textOf(grid, label.row, c);
      if (text) return headerWords.has(normalizeLabel(text)) || /^(主管部门|实施单位|项目名称)$/.test(normalizeLabel(text)) ? "" : text;
    }
    return "";
  };
  const yearLabel = labels.find((l) => l.row < header.row && /^[（(]?\s*\d{4}\s*年度\s*[)）]?$/.test(l.raw.trim()));
  const layout = detectLayout({ labels: words, columns: cols }, layouts);
  return {
    kind: "project",
    layout: layout.id,
    profile: layout.profile,
    title,
    projectName: valueRightOf(nameLabel),
    department: valueRightOf(first(["主管部门"], -1, header.row)),
    implementer: valueRightOf(first(["实施单位"], -1, header.row)),
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
