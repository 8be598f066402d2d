// Row heights: how tall rows must be to show a long text in their cells' width.
import { fromA1 } from "../../workbook";
import type { Row } from "./cells";
import { attr, setAttr } from "./xml";

/** Column widths in character units, from <cols> (default from <sheetFormatPr>, else 8.43). */
export function columnWidths(sheet: string): (col: number) => number {
  const format = /<(?:\w+:)?sheetFormatPr\b[^>]*>/.exec(sheet)?.[0] ?? "";
  const fallback = Number(
    attr(format, "defaultColWidth") ?? (attr(format, "baseColWidth") ? Number(attr(format, "baseColWidth")) + 0.71 : 8.43),
  );
  const spans = [...sheet.matchAll(/<(?:\w+:)?col\b[^>]*>/g)].map((m) => ({
    min: Number(attr(m[0], "min")),
    max: Number(attr(m[0], "max")),
    width: Number(attr(m[0], "width") ?? fallback),
  }));
  return (col) => spans.find((s) => col + 1 >= s.min && col + 1 <= s.max)?.width ?? fallback;
}

/** Display width in column units: a Chinese character is about two. */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return n;
}

const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;

/**
 * Makes the rows of `area` (one cell, or a merged area "B11:E11") tall enough to show `text` in its
 * width, by growing its last row (added when the sheet has none); the row and height set, or null.
 */
export function fitRows(
  rows: Row[],
  prefix: string,
  area: string,
  text: string,
  widths: (col: number) => number,
  defaultHeight: number,
): { row: number; height: number } | null {
  const [a, b = a] = area.split(":");
  const top = fromA1(a);
  const bottom = fromA1(b);
  let width = 0;
  for (let c = top.col; c <= bottom.col; c++) width += widths(c);
  const lines = text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / Math.max(width - 1, 1))), 0);
  const needed = Math.min(lines * LINE_POINTS + 4, MAX_ROW_POINTS * (bottom.row - top.row + 1));
  const span = rows.filter((r) => r.r >= top.row + 1 && r.r <= bottom.row + 1);
  const heightOf = (r: Row) => Number(attr(r.open, "ht") ?? defaultHeight);
  const have = span.reduce((s, r) => s + heightOf(r), 0) + (bottom.row - top.row + 1 - span.length) * defaultHeight;
  if (needed <= have) return null;
  let last = rows.find((r) => r.r === bottom.row + 1);
  if (!last) {
    last = { r: bottom.row + 1, open: `<${prefix}row r="${bottom.row + 1}">`, cells: [], dirty: true };
    const at = rows.findIndex((r) => r.r > bottom.row + 1);
    rows.splice(at < 0 ? rows.length : at, 0, last);
  }
  const height = Math.min(MAX_ROW_POINTS, Math.round((heightOf(last) + needed - have) * 4) / 4);
  last.open = setAttr(setAttr(last.open, "ht", String(height)), "customHeight", "1");
  last.dirty = true;
  return { row: last.r, height };
}
