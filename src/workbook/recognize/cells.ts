// Reading a sheet as labels: every short text with its normalised label and merged extent; a cell
// as a CellRef; header cells found by their synonyms.
import { toA1, type Grid } from "../grid";
import { normalizeLabel } from "../labels";
import type { CellRef } from "../model";

export interface Label {
  row: number;
  col: number;
  bottom: number;
  right: number;
  label: string;
  raw: string;
}

/** Texts longer than this are narrative, not labels. */
export const MAX_LABEL_LENGTH = 40;
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

export function labelRef(grid: Grid, l: Label): CellRef {
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
export function findColumns<F extends string>(
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

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && EMPTY_LIKE.has(value.trim()));
}

export function textOf(grid: Grid, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const v = grid.value(row, col);
  return isBlank(v) ? "" : String(v).trim();
}

/** The year line of a table's head: "（2021年度）", "( 2020年度)". */
export const YEAR_LINE = /^[（(]?\s*\d{4}\s*年度\s*[)）]?$/;

/**
 * The value beside a label: the first filled cell to its right (an unmerged label leaves a gap), short of
 * the next label ("项目名称 | | 某项目 | 主管部门 | …").
 */
export function valueRightOf(grid: Grid, label: Label | undefined, headerWords: ReadonlySet<string>): string {
  if (!label) return "";
  for (let c = label.right + 1; c <= label.right + 4 && c < grid.colCount; c++) {
    const ref = cellRef(grid, label.row, c);
    if (ref.col !== c) continue;
    const text = textOf(grid, label.row, c);
    if (text) return headerWords.has(normalizeLabel(text)) || /^(主管部门|实施单位|项目名称)$/.test(normalizeLabel(text)) ? "" : text;
  }
  return "";
}
