// Several tables on one sheet: the rows each one spans.
import type { Grid } from "../grid";
import type { Label } from "./cells";

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
