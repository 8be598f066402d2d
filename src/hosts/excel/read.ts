// Reading a workbook through Office.js: the used ranges in one context.sync, then the cells in as few syncs
// as Excel on the web's 5 MB payload limit allows (an ordinary workbook: one sheet in 2 syncs, the whole
// workbook in 3). Each sheet's used range is read in bands of rows, each band with its own merged areas, and
// becomes a grid exactly as the CLI reads the file.
import { Grid, parseRange, type Area, type CellEntry, type CellValue } from "../../workbook";
import { gridEntry, type HostCell } from "../cells";
import { MAX_CELLS_PER_SHEET } from "../port";

/** Rows per read band: getMergedAreasOrNullObject fails past 512 areas, so each band asks for its own. */
export const BAND_ROWS = 50;

/** What is loaded of every cell the pane reads or writes. */
export const CELL_PROPS = "values,numberFormat,formulas,valueTypes";

/**
 * The answer to one sync is kept near this size, well below the 5 MB Excel on the web allows (host-evidence.md
 * row 17), estimating each cell's four properties at CELL_BYTES; a sync that is refused anyway is split.
 */
export const SYNC_BUDGET = 2_000_000;
export const CELL_BYTES = 100;

interface Band {
  ws: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
  range?: Excel.Range;
  merges?: Excel.RangeAreas;
}

interface SheetPlan {
  name: string;
  bands: Band[];
}

/** One sheet's used range as bands (nothing is queued yet). */
function planSheet(ws: Excel.Worksheet, used: Excel.Range): SheetPlan {
  const bands: Band[] = [];
  if (used.isNullObject) return { name: ws.name, bands };
  const cols = used.columnCount;
  const rows = Math.min(used.rowCount, Math.max(1, Math.floor(MAX_CELLS_PER_SHEET / Math.max(cols, 1))));
  for (let r = 0; r < rows; r += BAND_ROWS) {
    bands.push({ ws, top: used.rowIndex + r, left: used.columnIndex, rows: Math.min(BAND_ROWS, rows - r), cols });
  }
  return { name: ws.name, bands };
}

/** Bands grouped so that each group's estimated answer stays within the budget (a group holds one band at least). */
function chunks(bands: Band[], budget = SYNC_BUDGET): Band[][] {
  const out: Band[][] = [];
  let size = budget;
  for (const b of bands) {
    const bytes = b.rows * b.cols * CELL_BYTES;
    if (size + bytes > budget) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1].push(b);
    size += bytes;
  }
  return out;
}

function payloadRefused(err: unknown): boolean {
  return /PayloadSizeLimitExceeded/.test((err as { code?: string })?.code ?? "");
}

/** Loads the bands' cells and merged areas, one sync per group; a group Excel refuses as too large is read in halves. */
async function loadBands(context: Excel.RequestContext, bands: Band[]): Promise<void> {
  for (const group of chunks(bands)) await loadGroup(context, group);
}

async function loadGroup(context: Excel.RequestContext, group: Band[]): Promise<void> {
  for (const b of group) {
    b.range = b.ws.getRangeByIndexes(b.top, b.left, b.rows, b.cols);
    b.range.load(CELL_PROPS);
    b.merges = b.range.getMergedAreasOrNullObject();
    b.merges.load("areas/items/address");
  }
  try {
    await context.sync();
  } catch (err) {
    if (!payloadRefused(err) || group.length < 2) throw err;
    const half = Math.ceil(group.length / 2);
    await loadGroup(context, group.slice(0, half));
    await loadGroup(context, group.slice(half));
  }
}

/** An address without its sheet ("Sheet1!B2:C3" → "B2:C3"). */
export function stripSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/**
 * Merged areas from all bands, each once. Should a host clip an area at a band boundary, the lower
 * piece starts on the boundary with a blank top-left cell: it is joined to the piece above.
 */
export function joinMerges(areas: Area[], bandStarts: Set<number>, filled: Set<string>): Area[] {
  const seen = new Set<string>();
  const sorted = [...areas].sort((a, b) => a.left - b.left || a.top - b.top);
  const out: Area[] = [];
  for (const a of sorted) {
    const key = `${a.top}:${a.left}:${a.bottom}:${a.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const last = out[out.length - 1];
    const continues =
      last &&
      last.left === a.left &&
      last.right === a.right &&
      last.bottom + 1 === a.top &&
      bandStarts.has(a.top) &&
      !filled.has(`${a.top}:${a.left}`);
    if (continues) last.bottom = a.bottom;
    else out.push({ ...a });
  }
  return out;
}

/** One cell of a loaded range, as the shared host code reads cells. */
export function hostCell(range: Excel.Range, r = 0, c = 0): HostCell {
  return {
    value: range.values[r][c] as CellValue,
    format: String(range.numberFormat[r][c] ?? "General"),
    formula: range.formulas[r][c],
    isError: range.valueTypes[r][c] === "Error",
  };
}

function gridOf(plan: SheetPlan): Grid {
  const entries: CellEntry[] = [];
  const merges: Area[] = [];
  const filled = new Set<string>();
  for (const band of plan.bands) {
    const range = band.range!;
    range.values.forEach((row, r) =>
      row.forEach((_, c) => {
        const e = gridEntry(band.top + r, band.left + c, hostCell(range, r, c));
        if (!e) return;
        filled.add(`${e.row}:${e.col}`);
        entries.push(e);
      }),
    );
    if (!band.merges!.isNullObject) {
      for (const item of band.merges!.areas.items) merges.push(parseRange(stripSheet(item.address)));
    }
  }
  return new Grid(entries, joinMerges(merges, new Set(plan.bands.map((b) => b.top)), filled), plan.name);
}

export function readActiveSheet(): Promise<Grid> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const plan = planSheet(ws, used);
    await loadBands(context, plan.bands);
    return gridOf(plan);
  });
}

export function readAllSheets(): Promise<Grid[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((ws) => {
      const u = ws.getUsedRangeOrNullObject(true);
      u.load("rowIndex,columnIndex,rowCount,columnCount");
      return u;
    });
    await context.sync();
    const plans = sheets.items.map((ws, i) => planSheet(ws, used[i]));
    await loadBands(
      context,
      plans.flatMap((p) => p.bands),
    );
    return plans.map(gridOf);
  });
}
