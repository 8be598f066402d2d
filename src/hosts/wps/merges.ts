/// <reference types="et-jsapi-declare" />
// Merged areas through WPS's object model, which has no call that lists them: found by asking MergeCells
// of ranges (halving where the host answers as VBA does) and MergeArea of merged cells.
import { toA1, type Area } from "../../workbook";
import { addressOf, areaOf } from "./cells";

/**
 * The merged areas inside a block. Rows whose MergeCells is false hold none (VBA: true when every cell is
 * merged, null when some are), found by halving; in the others each cell not inside an area already found
 * is asked, and a merged cell's MergeArea is its whole area. The halving is trusted only once the host has
 * shown that it answers null for a partly merged range; a host that answers false there is asked cell by
 * cell, so no merged area is missed either way. To learn this early, the cells that look like an area's
 * top-left (a blank cell to the right or below: an area keeps its content in its top-left cell) are asked
 * first.
 */
export function mergedAreas(
  ws: Et.Worksheet,
  top: number,
  left: number,
  rows: number,
  cols: number,
  trust: MergeTrust,
  blank: (r: number, c: number) => boolean,
): Area[] {
  const out: Area[] = [];
  const inside = (r: number, c: number) => out.some((a) => a.top <= r && a.left <= c && a.bottom >= r && a.right >= c);
  const ask = (r: number, c: number) => {
    if (inside(r, c) || ws.Range(toA1(r, c)).MergeCells !== true) return;
    const area = areaOf(ws.Range(toA1(r, c)).MergeArea);
    if (area.bottom > area.top || area.right > area.left) out.push(area);
  };
  const everyCell = () => {
    for (let r = top; r < top + rows; r++) for (let c = left; c < left + cols; c++) ask(r, c);
  };
  const visit = (t: number, h: number) => {
    if (h <= 0 || ws.Range(addressOf(t, left, h, cols)).MergeCells === false) return;
    if (h === 1) {
      for (let c = left; c < left + cols; c++) ask(t, c);
      return;
    }
    const k = Math.ceil(h / 2);
    visit(t, k);
    visit(t + k, h - k);
  };
  if (trust.halving === undefined) {
    const mayStart = (r: number, c: number) => (c + 1 < left + cols && blank(r, c + 1)) || (r + 1 < top + rows && blank(r + 1, c));
    // Until one found area has an unmerged neighbour to ask about together with it.
    let found = 0;
    for (let r = top; r < top + rows && trust.halving === undefined; r++)
      for (let c = left; c < left + cols && trust.halving === undefined; c++) {
        if (!mayStart(r, c)) continue;
        ask(r, c);
        if (out.length > found) trust.halving = answersNullWhenPartlyMerged(ws, out.slice(found), out, top, left, rows, cols);
        found = out.length;
      }
    if (out.length === 0) {
      // No likely top-left is merged: the whole block says whether any cell is (null proves the VBA answer).
      const whole = ws.Range(addressOf(top, left, rows, cols)).MergeCells;
      if (whole === null) trust.halving = true;
      else if (whole === false) {
        // False settles nothing while the host's answer for a partly merged range is unknown: a block with
        // every cell filled (merged areas holding values in their other cells, as some tools write them)
        // offers no likely top-left. A small block is asked cell by cell; a large one is taken at its word.
        if (rows * cols > CELL_BY_CELL_LIMIT) return out;
        everyCell();
        if (out.length > 0) trust.halving = answersNullWhenPartlyMerged(ws, out, out, top, left, rows, cols);
        return out;
      }
    }
    out.length = 0;
  }
  if (trust.halving === true) visit(top, rows);
  else everyCell();
  return out;
}

/** The largest block asked cell by cell while the host's MergeCells for a partly merged range is unknown. */
export const CELL_BY_CELL_LIMIT = 1000;

/** What is known of the host's MergeCells: undefined until a partly merged range has been asked. */
export interface MergeTrust {
  halving?: boolean;
}

/** Asks MergeCells for a newly found merged area and an unmerged neighbour (when it has one): null as VBA answers, or not. */
function answersNullWhenPartlyMerged(
  ws: Et.Worksheet,
  fresh: Area[],
  found: Area[],
  top: number,
  left: number,
  rows: number,
  cols: number,
): boolean | undefined {
  const merged = (r: number, c: number) => found.some((a) => a.top <= r && a.left <= c && a.bottom >= r && a.right >= c);
  for (const a of fresh) {
    const neighbours = [
      [a.bottom + 1, a.left],
      [a.top - 1, a.left],
      [a.top, a.right + 1],
      [a.top, a.left - 1],
    ];
    for (const [r, c] of neighbours) {
      if (r < top || r >= top + rows || c < left || c >= left + cols || merged(r, c)) continue;
      if (ws.Range(toA1(r, c)).MergeCells !== false) continue;
      const pair = addressOf(Math.min(r, a.top), Math.min(c, a.left), Math.abs(r - a.top) + 1, Math.abs(c - a.left) + 1);
      return ws.Range(pair).MergeCells !== false;
    }
  }
  return undefined;
}

/** The merged area a cell lies inside, when it is not that area's top-left cell. */
export function interiorOf(range: Et.Range): string | null {
  if (range.MergeCells !== true) return null;
  const area = areaOf(range.MergeArea);
  const at = areaOf(range);
  if (area.top === at.top && area.left === at.left) return null;
  return addressOf(area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1);
}
