// The only code that touches Office.js. Reads take a fixed number of context.sync calls whatever the
// workbook's size (one sheet: 2, the whole workbook: 3); every command writes in one Excel.run.
import { PANE } from "../../messages";
import { Grid, parseRange, type Area, type CellEntry, type CellValue } from "../../workbook";
import { PortError, type ExcelPort, type SheetWrites, type Snapshot } from "./port";

/** Cells read per sheet at most: keeps each response far below Excel on the web's 5 MB payload limit. */
export const MAX_CELLS_PER_SHEET = 50_000;
/** Rows per read band: getMergedAreasOrNullObject fails past 512 areas, so each band asks for its own. */
export const BAND_ROWS = 50;

interface Band {
  top: number;
  left: number;
  range: Excel.Range;
  merges: Excel.RangeAreas | null;
}

interface SheetPlan {
  name: string;
  bands: Band[];
}

function supports(version: string): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", version);
}

/** Queues the reads of one sheet's used range, band by band, for a single sync. */
function planSheet(ws: Excel.Worksheet, used: Excel.Range): SheetPlan {
  const bands: Band[] = [];
  if (used.isNullObject) return { name: ws.name, bands };
  const cols = used.columnCount;
  const rows = Math.min(used.rowCount, Math.max(1, Math.floor(MAX_CELLS_PER_SHEET / Math.max(cols, 1))));
  const withMerges = supports("1.13");
  for (let r = 0; r < rows; r += BAND_ROWS) {
    const range = ws.getRangeByIndexes(used.rowIndex + r, used.columnIndex, Math.min(BAND_ROWS, rows - r), cols);
    range.load("values,numberFormat");
    let merges: Excel.RangeAreas | null = null;
    if (withMerges) {
      merges = range.getMergedAreasOrNullObject();
      merges.load("areas/items/address");
    }
    bands.push({ top: used.rowIndex + r, left: used.columnIndex, range, merges });
  }
  return { name: ws.name, bands };
}

function stripSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/**
 * Merged areas from all bands, each once. Should a host clip an area at a band boundary, the lower
 * piece starts on the boundary with a blank top-left cell: it is joined to the piece above.
 */
function joinMerges(areas: Area[], bandStarts: Set<number>, filled: Set<string>): Area[] {
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

function gridOf(plan: SheetPlan): Grid {
  const entries: CellEntry[] = [];
  const merges: Area[] = [];
  const filled = new Set<string>();
  for (const band of plan.bands) {
    const values = band.range.values as CellValue[][];
    const formats = band.range.numberFormat as string[][];
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = formats[r]?.[c];
        const fmt = format && format !== "General" ? format : undefined;
        if (value === "" && !fmt) return;
        if (value !== "") filled.add(`${band.top + r}:${band.left + c}`);
        entries.push({ row: band.top + r, col: band.left + c, value: value === "" ? null : value, format: fmt });
      }),
    );
    if (band.merges && !band.merges.isNullObject) {
      for (const item of band.merges.areas.items) merges.push(parseRange(stripSheet(item.address)));
    }
  }
  return new Grid(entries, joinMerges(merges, new Set(plan.bands.map((b) => b.top)), filled), plan.name);
}

function describe(err: unknown): string {
  const code = (err as { code?: string })?.code ?? "";
  if (err instanceof PortError) return err.message;
  if (code === "InvalidOperationInCellEditMode") return PANE.cellEditMode;
  if (code === "AccessDenied") return PANE.protectedSheet("");
  if (code === "ItemNotFound") return PANE.sheetGone;
  return PANE.excelFailed(code || (err instanceof Error ? err.message : String(err)));
}

async function guarded<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    throw new PortError(describe(err));
  }
}

/** Values as Excel stores them: text that starts with "=" stays text. */
function cellInput(value: CellValue): CellValue {
  return typeof value === "string" && /^[=+@-]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === "";
  return (blank(a) && blank(b)) || a === b;
}

export function officePort(): ExcelPort {
  return {
    readActiveSheet: () =>
      guarded(() =>
        Excel.run(async (context) => {
          const ws = context.workbook.worksheets.getActiveWorksheet();
          ws.load("name");
          const used = ws.getUsedRangeOrNullObject(true);
          used.load("rowIndex,columnIndex,rowCount,columnCount");
          await context.sync();
          const plan = planSheet(ws, used);
          await context.sync();
          return gridOf(plan);
        }),
      ),

    readAllSheets: () =>
      guarded(() =>
        Excel.run(async (context) => {
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
          await context.sync();
          return plans.map(gridOf);
        }),
      ),

    select: (sheet, cell) =>
      guarded(() =>
        Excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        }),
      ),

    write: (batch: SheetWrites[]) =>
      guarded(() =>
        Excel.run({ delayForCellEdit: true, ...(supports("1.20") ? { mergeUndoGroup: true } : {}) }, async (context) => {
          const targets = batch.map((b) => {
            const ws = context.workbook.worksheets.getItem(b.sheet);
            ws.protection.load("protected");
            const ranges = b.writes.map((w) => {
              const r = ws.getRange(w.cell);
              r.load("values,numberFormat");
              return r;
            });
            return { b, ws, ranges };
          });
          await context.sync();
          // Check everything before writing anything: a refused command leaves the workbook as it was.
          for (const { b, ws, ranges } of targets) {
            if (ws.protection.protected) throw new PortError(PANE.protectedSheet(b.sheet));
            b.writes.forEach((w, i) => {
              const now = ranges[i].values[0][0] as CellValue;
              if (w.cell in b.expected && !sameValue(now, b.expected[w.cell])) throw new PortError(PANE.changedSince(b.sheet, w.cell));
            });
          }
          const snapshot: Snapshot = { cells: [] };
          for (const { b, ranges } of targets) {
            b.writes.forEach((w, i) => {
              snapshot.cells.push({
                sheet: b.sheet,
                cell: w.cell,
                value: ranges[i].values[0][0] as CellValue,
                format: String(ranges[i].numberFormat[0][0]),
              });
              if (w.formula) ranges[i].formulas = [[`=${w.formula}`]];
              else ranges[i].values = [[cellInput(w.value)]];
              if (w.format) ranges[i].numberFormat = [[w.format]];
            });
          }
          await context.sync();
          return snapshot;
        }),
      ),

    restore: (snapshot) =>
      guarded(() =>
        Excel.run({ delayForCellEdit: true }, async (context) => {
          for (const c of snapshot.cells) {
            const r = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
            r.values = [[cellInput(c.value)]];
            r.numberFormat = [[c.format]];
          }
          await context.sync();
        }),
      ),

    undoGroups: () => supports("1.20"),

    loadSetting: (key) => {
      const v = Office.context?.document?.settings?.get(key);
      return typeof v === "string" ? v : null;
    },

    saveSetting: (key, value) =>
      new Promise((resolve) => {
        const settings = Office.context?.document?.settings;
        if (!settings) return resolve();
        settings.set(key, value);
        settings.saveAsync(() => resolve());
      }),
  };
}
