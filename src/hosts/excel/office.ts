// The only code that touches Office.js. Reads take a fixed number of context.sync calls whatever the
// workbook's size (one sheet: 2, the whole workbook: 3); every command writes in one Excel.run and reads
// its cells back before it returns. Needs ExcelApi 1.13 (merged areas); undo groups where 1.20 has them.
import { PANE } from "../../messages";
import { Grid, parseRange, type Area, type CellEntry, type CellValue } from "../../workbook";
import {
  cellState,
  gridEntry,
  readBackReport,
  restoreInput,
  sameState,
  sameValue,
  typedInput,
  type HostCell,
  type WriteTarget,
} from "../cells";
import {
  MAX_CELLS_PER_SHEET,
  PortError,
  type CellState,
  type HostPort,
  type HostSupport,
  type SheetWrites,
  type Snapshot,
  type WriteReport,
} from "../port";

/** Rows per read band: getMergedAreasOrNullObject fails past 512 areas, so each band asks for its own. */
export const BAND_ROWS = 50;
/** The ExcelApi level the pane needs: merged areas (Excel 2021, 2024, Microsoft 365). */
export const REQUIRED_API = "1.13";
export { MAX_CELLS_PER_SHEET };

const CELL_PROPS = "values,numberFormat,formulas,valueTypes";

interface Band {
  top: number;
  left: number;
  range: Excel.Range;
  merges: Excel.RangeAreas;
}

interface SheetPlan {
  name: string;
  bands: Band[];
}

function supports(set: string, version: string): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported(set, version);
}

/** Queues the reads of one sheet's used range, band by band, for a single sync. */
function planSheet(ws: Excel.Worksheet, used: Excel.Range): SheetPlan {
  const bands: Band[] = [];
  if (used.isNullObject) return { name: ws.name, bands };
  const cols = used.columnCount;
  const rows = Math.min(used.rowCount, Math.max(1, Math.floor(MAX_CELLS_PER_SHEET / Math.max(cols, 1))));
  for (let r = 0; r < rows; r += BAND_ROWS) {
    const range = ws.getRangeByIndexes(used.rowIndex + r, used.columnIndex, Math.min(BAND_ROWS, rows - r), cols);
    range.load(CELL_PROPS);
    const merges = range.getMergedAreasOrNullObject();
    merges.load("areas/items/address");
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

/** One cell of a loaded range, as the shared host code reads cells. */
function hostCell(range: Excel.Range, r = 0, c = 0): HostCell {
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
    band.range.values.forEach((row, r) =>
      row.forEach((_, c) => {
        const e = gridEntry(band.top + r, band.left + c, hostCell(band.range, r, c));
        if (!e) return;
        filled.add(`${e.row}:${e.col}`);
        entries.push(e);
      }),
    );
    if (!band.merges.isNullObject) {
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
  return PANE.hostFailed("Excel", code || (err instanceof Error ? err.message : String(err)));
}

async function guarded<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    throw new PortError(describe(err));
  }
}

/** One cell to write, with the ranges that read it before the write and find its merged area. */
interface Target extends WriteTarget {
  range: Excel.Range;
  merge: Excel.RangeAreas;
}

/** The merged area a single cell lies inside, when it is not that area's top-left cell. */
function interiorOf(t: Target): string | null {
  if (t.merge.isNullObject) return null;
  const area = stripSheet(t.merge.areas.items[0]?.address ?? "");
  const topLeft = area.split(":")[0];
  return area.includes(":") && topLeft.replace(/\$/g, "") !== t.cell.replace(/\$/g, "") ? area : null;
}

/** Writes each target (format first, then formula or typed value) and reads every one back. */
async function writeAndReadBack(context: Excel.RequestContext, targets: Target[], before: CellState[]): Promise<WriteReport> {
  targets.forEach((t, i) => {
    if (t.skip) return;
    if (t.meant.format !== undefined) t.range.numberFormat = [[t.meant.format]];
    if (t.meant.formula) t.range.formulas = [[t.meant.formula]];
    else if (t.exact) t.range.values = [[restoreInput(t.meant as CellState)]];
    else t.range.values = [[typedInput(t.meant.value, t.meant.format ?? before[i].format)]];
  });
  const after = targets.map((t) => {
    const r = context.workbook.worksheets.getItem(t.sheet).getRange(t.cell);
    r.load(CELL_PROPS);
    return r;
  });
  await context.sync();
  return readBackReport(
    targets,
    after.map((r) => cellState(hostCell(r))),
    before,
    "Excel",
  );
}

function platformName(): string {
  const p = typeof Office !== "undefined" ? Office.context?.platform : undefined;
  const P = typeof Office !== "undefined" ? Office.PlatformType : undefined;
  if (P && p === P.OfficeOnline) return PANE.hosts.excelWeb;
  if (P && p === P.Mac) return PANE.hosts.excelMac;
  if (P && p === P.PC) return PANE.hosts.excelWindows;
  return PANE.hosts.excel;
}

export function officePort(): HostPort {
  return {
    support(): HostSupport {
      const ok = supports("ExcelApi", REQUIRED_API);
      const mac = typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType?.Mac;
      return {
        ok,
        ...(ok ? {} : { message: PANE.hostTooOld }),
        undoGroups: supports("ExcelApi", "1.20"),
        hostName: platformName(),
        downloads: !mac,
      };
    },

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
        Excel.run({ delayForCellEdit: true, ...(supports("ExcelApi", "1.20") ? { mergeUndoGroup: true } : {}) }, async (context) => {
          const sheets = batch.map((b) => {
            const ws = context.workbook.worksheets.getItem(b.sheet);
            ws.protection.load("protected");
            return ws;
          });
          const targets: Target[] = batch.flatMap((b, s) =>
            b.writes.map((w) => {
              const range = sheets[s].getRange(w.cell);
              range.load(CELL_PROPS);
              const merge = range.getMergedAreasOrNullObject();
              merge.load("areas/items/address");
              const meant = { formula: w.formula ? `=${w.formula}` : null, value: w.value, ...(w.format ? { format: w.format } : {}) };
              return { sheet: b.sheet, cell: w.cell, range, merge, meant };
            }),
          );
          await context.sync();
          // Refusals that concern the whole command come before any write: it lands whole or not at all.
          batch.forEach((b, s) => {
            if (sheets[s].protection.protected) throw new PortError(PANE.protectedSheet(b.sheet));
          });
          const before = targets.map((t) => cellState(hostCell(t.range)));
          targets.forEach((t, i) => {
            const expected = batch.find((b) => b.sheet === t.sheet)!.expected;
            if (t.cell in expected && !sameValue(before[i].value, expected[t.cell]))
              throw new PortError(PANE.changedSince(t.sheet, t.cell));
            const area = interiorOf(t);
            if (area) t.skip = PANE.mergedInterior(t.cell, area);
            // A fix's number format goes only where the cell had none (as selfeval fill does).
            if (t.meant.format !== undefined && before[i].format !== "General") delete t.meant.format;
          });
          return writeAndReadBack(context, targets, before);
        }),
      ),

    restore: (snapshot: Snapshot) =>
      guarded(() =>
        Excel.run({ delayForCellEdit: true }, async (context) => {
          const targets: Target[] = snapshot.cells.map((c) => {
            const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
            range.load(CELL_PROPS);
            const merge = range.getMergedAreasOrNullObject();
            merge.load("areas/items/address");
            return { sheet: c.sheet, cell: c.cell, range, merge, meant: c.before, exact: true };
          });
          await context.sync();
          const now = targets.map((t) => cellState(hostCell(t.range)));
          targets.forEach((t, i) => {
            // A cell a person changed after our write keeps their change.
            if (!sameState(now[i], snapshot.cells[i].after)) t.skip = PANE.changedAfterWrite(t.cell);
          });
          return writeAndReadBack(context, targets, now);
        }),
      ),

    openInBrowser: (url: string) => {
      if (!supports("OpenBrowserWindowApi", "1.1") || typeof Office.context?.ui?.openBrowserWindow !== "function") return false;
      try {
        Office.context.ui.openBrowserWindow(url);
        return true;
      } catch {
        return false;
      }
    },

    loadSetting: (key) => {
      const v = Office.context?.document?.settings?.get(key);
      return typeof v === "string" ? v : null;
    },

    saveSetting: (key, value) =>
      new Promise<void>((resolve) => {
        const settings = Office.context?.document?.settings;
        if (!settings) return resolve();
        settings.set(key, value);
        settings.saveAsync(() => resolve());
      }),
  };
}
