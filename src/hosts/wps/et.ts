/// <reference types="et-jsapi-declare" />
// The only code that touches WPS 表格's object model (ET): synchronous and VBA-like — collections start at
// 1, a one-cell range gives a scalar where a larger one gives a 2-D array, error values come back as COM
// error codes. It gives the pane the same HostPort as Excel: each sheet read as the CLI reads the file,
// every write read back, undo from our own snapshot (WPS has no undo grouping an add-in can use).
import { PANE } from "../../messages";
import { Grid, parseRange, toA1, type Area, type CellEntry, type CellValue } from "../../workbook";
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

/** The first WPS build whose add-ins can register worksheet functions (wps.AddCustomFunction). */
export const FUNCTIONS_BUILD = "12.1.0.20540";
const APP = "WPS 表格";

/** SpecialCells' constants (XlCellType, XlSpecialCellsValue). */
const CELL_TYPE_FORMULAS = -4123;
const CELL_TYPE_CONSTANTS = 2;
const ERRORS_ONLY = 16;

/** VBA's CVErr numbers; COM hands them over as 0x800A0000 + number (a negative 32-bit integer). */
const CVERR: Record<number, string> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
};
const COM_ERRORS = new Map(Object.entries(CVERR).map(([n, text]) => [0x800a0000 | Number(n) | 0, text]));
const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

/** The error a cell's Value2 stands for, when it is one of the host's error codes. */
export function comError(value: unknown): string | null {
  return typeof value === "number" ? (COM_ERRORS.get(value) ?? null) : null;
}

type EtApplication = Pick<Et.Application, "ActiveWorkbook" | "Build" | "Version">;

/** A number format as Office writes it: WPS in Chinese may give General as "G/通用格式". */
export function normalFormat(format: unknown): string {
  const f = format === null || format === undefined ? "" : String(format);
  return f === "" || /^(G\/)?通用格式$/.test(f) ? "General" : f;
}

/** A range's 2-D property as rows × cols, whether the host gave a scalar (one cell, or one value for all) or an array. */
function matrix(v: unknown, rows: number, cols: number): unknown[][] {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row : [row]));
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
}

function addressOf(top: number, left: number, rows: number, cols: number): string {
  const a = toA1(top, left);
  return rows === 1 && cols === 1 ? a : `${a}:${toA1(top + rows - 1, left + cols - 1)}`;
}

/** The cells a SpecialCells call names, as "row:col" keys (none when the host finds none or lacks the call). */
function specialCells(range: Et.Range, type: number, into: Map<string, string>) {
  let found: Et.Range;
  try {
    found = range.SpecialCells(type as unknown as Et.XlCellType, ERRORS_ONLY);
  } catch {
    return; // VBA raises "no cells were found"; either way there are none to add.
  }
  if (!found) return;
  const areas = found.Areas;
  for (let i = 1; i <= areas.Count; i++) {
    const a = areas.Item(i);
    const top = a.Row - 1;
    const left = a.Column - 1;
    const rows = a.Rows.Count;
    const cols = a.Columns.Count;
    const texts = matrix(a.Value2, rows, cols);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const v = texts[r]?.[c];
        const one = rows === 1 && cols === 1 ? a : a.Item(r + 1, c + 1);
        into.set(`${top + r}:${left + c}`, comError(v) ?? String(one.Text ?? v));
      }
  }
}

/** A range's address ("$B$13:$B$17" or "B13") as an area, 0-based. */
function areaOf(range: Et.Range): Area {
  return parseRange(String(range.Address(false, false)).replace(/^.*!/, ""));
}

/**
 * The merged areas inside a block. Rows whose MergeCells is false hold none (VBA: true when every cell is
 * merged, null when some are), found by halving; in the others each cell not inside an area already found
 * is asked, and a merged cell's MergeArea is its whole area. The halving is trusted only once the host has
 * shown that it answers null for a partly merged range; a host that answers false there is asked cell by
 * cell, so no merged area is missed either way. To learn this early, the cells that look like an area's
 * top-left (a blank cell to the right or below: an area keeps its content in its top-left cell) are asked
 * first.
 */
function mergedAreas(
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
      if (whole === false) return out;
      if (whole === null) trust.halving = true;
    }
    out.length = 0;
  }
  if (trust.halving === true) visit(top, rows);
  else everyCell();
  return out;
}

/** What is known of the host's MergeCells: undefined until a partly merged range has been asked. */
interface MergeTrust {
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

/** One sheet as a grid: Value2 and Formula in one call each, number formats only where numbers need them. */
function readSheet(ws: Et.Worksheet, trust: MergeTrust): Grid {
  const used = ws.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const cols = used.Columns.Count;
  const rows = Math.min(used.Rows.Count, Math.max(1, Math.floor(MAX_CELLS_PER_SHEET / Math.max(cols, 1))));
  const area = rows < used.Rows.Count ? ws.Range(addressOf(top, left, rows, cols)) : used;
  const values = matrix(area.Value2, rows, cols);
  const formulas = matrix(area.Formula, rows, cols);
  const uniform = area.NumberFormat;
  // A number's format changes how it reads (a date, a percentage): asked for by column, then by cell
  // only in a column whose cells differ; never for text.
  const columnFormats = new Map<number, unknown>();
  const formatAt = (r: number, c: number): string => {
    if (typeof uniform === "string") return normalFormat(uniform);
    if (!columnFormats.has(c)) columnFormats.set(c, ws.Range(addressOf(top, left + c, rows, 1)).NumberFormat);
    const column = columnFormats.get(c);
    return normalFormat(typeof column === "string" ? column : ws.Range(toA1(top + r, left + c)).NumberFormat);
  };
  const errors = new Map<string, string>();
  specialCells(area, CELL_TYPE_FORMULAS, errors);
  specialCells(area, CELL_TYPE_CONSTANTS, errors);
  const entries: CellEntry[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      let value = values[r]?.[c];
      const error = errors.get(`${top + r}:${left + c}`) ?? comError(value);
      if (error) value = error;
      else if (value === undefined || value === null) value = "";
      const format = typeof value === "number" && !error ? formatAt(r, c) : "General";
      const e = gridEntry(top + r, left + c, { value: value as CellValue, format, formula: formulas[r]?.[c], isError: !!error });
      if (e) entries.push(e);
    }
  const blank = (r: number, c: number) => {
    const v = values[r - top]?.[c - left];
    return (v === undefined || v === null || v === "") && !errors.has(`${r}:${c}`);
  };
  return new Grid(entries, mergedAreas(ws, top, left, rows, cols, trust, blank), ws.Name);
}

/** One cell as WPS holds it, with its apostrophe (PrefixCharacter) so undo puts text back as text. */
function hostCell(range: Et.Range): HostCell {
  const raw = range.Value2 as unknown;
  const format = normalFormat(range.NumberFormat);
  const prefix = range.PrefixCharacter === "'";
  let error = comError(raw);
  if (!error && typeof raw === "string" && ERROR_LITERAL.test(raw) && !prefix && format !== "@") error = raw;
  return {
    value: (error ?? (raw === undefined || raw === null ? "" : raw)) as CellValue,
    format,
    formula: range.Formula,
    isError: !!error,
    prefix,
  };
}

function describe(err: unknown): string {
  if (err instanceof PortError) return err.message;
  return PANE.hostFailed(APP, err instanceof Error ? err.message : String(err));
}

async function guarded<T>(body: () => T): Promise<T> {
  try {
    return body();
  } catch (err) {
    throw new PortError(describe(err));
  }
}

/** One cell to write, with its range (a live reference: it reads what the cell holds at each call). */
interface Target extends WriteTarget {
  range: Et.Range;
}

/** The merged area a cell lies inside, when it is not that area's top-left cell. */
function interiorOf(range: Et.Range): string | null {
  if (range.MergeCells !== true) return null;
  const area = areaOf(range.MergeArea);
  const at = areaOf(range);
  if (area.top === at.top && area.left === at.left) return null;
  return addressOf(area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1);
}

/** Writes each target (format first, then formula or typed value), carries on past a cell the host refuses, and reads every one back. */
function writeAndReadBack(targets: Target[], before: CellState[]): WriteReport {
  const failed = new Map<number, string>();
  targets.forEach((t, i) => {
    if (t.skip) return;
    const range = t.range;
    try {
      if (t.meant.format !== undefined) range.NumberFormat = t.meant.format;
      if (t.meant.formula) range.Formula = t.meant.formula;
      else if (t.exact) range.Value2 = restoreInput(t.meant as CellState) as string;
      else range.Value2 = typedInput(t.meant.value, t.meant.format ?? before[i].format) as string;
    } catch (err) {
      failed.set(i, PANE.hostFailed(APP, err instanceof Error ? err.message : String(err)));
    }
  });
  const now = targets.map((t) => cellState(hostCell(t.range)));
  return readBackReport(targets, now, before, APP, failed);
}

function storage(): Storage | null {
  try {
    return typeof localStorage !== "undefined" ? localStorage : null;
  } catch {
    return null;
  }
}

/** Whether this WPS lets add-ins register worksheet functions. */
export function hasCustomFunctions(root: unknown): boolean {
  return typeof (root as { AddCustomFunction?: unknown } | undefined)?.AddCustomFunction === "function";
}

/** The parts of WPS's FileSystem and Env (on the add-in's root object) the report needs. */
interface WpsFiles {
  FileSystem?: Pick<WPS.FileSystem, "Exists" | "Remove" | "writeAsBinaryString" | "ReadFileAsArrayBuffer">;
  Env?: Pick<WPS.Env, "GetDesktopPath">;
}

/** Bytes as the "binary string" WPS's FileSystem writes: one character per byte. */
function binaryString(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** name.docx, then name (2).docx, … : the first that does not exist yet. */
function freePath(files: NonNullable<WpsFiles["FileSystem"]>, folder: string, name: string): string {
  const sep = folder.includes("\\") && !folder.includes("/") ? "\\" : "/";
  const base = folder.replace(/[\\/]+$/, "");
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 1; ; n++) {
    const path = `${base}${sep}${n === 1 ? name : `${stem} (${n})${ext}`}`;
    if (!files.Exists(path)) return path;
  }
}

export interface WpsPortOptions {
  /** Where wps.AddCustomFunction would be (the global wps object); the application by default. */
  root?: unknown;
  /** Where the pane keeps its settings (the pane page's localStorage by default). */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
}

export function wpsPort(app: EtApplication, options: WpsPortOptions = {}): HostPort {
  const root = options.root ?? app;
  // Learnt on the first sheet with a merged area, then kept for this pane's life.
  const trust: MergeTrust = {};
  const store = options.storage !== undefined ? options.storage : storage();
  const workbook = (): Et.Workbook => {
    const wb = app.ActiveWorkbook;
    if (!wb) throw new PortError(PANE.noWorkbook(APP));
    return wb;
  };
  const sheets = (wb: Et.Workbook): Et.Worksheet[] => {
    const list = wb.Worksheets;
    const out: Et.Worksheet[] = [];
    for (let i = 1; i <= list.Count; i++) out.push(list.Item(i) as Et.Worksheet);
    return out;
  };
  /** The named sheets, the workbook's sheets listed once for all of them. */
  const sheetsNamed = (names: string[]): Map<string, Et.Worksheet> => {
    const all = sheets(workbook());
    const byName = new Map(all.map((ws) => [ws.Name, ws] as const));
    for (const name of names) if (!byName.has(name)) throw new PortError(PANE.sheetGone);
    return byName;
  };
  const build = (): string => {
    try {
      return String(app.Build ?? "");
    } catch {
      return "";
    }
  };

  return {
    support(): HostSupport {
      return {
        ok: true,
        undoGroups: false,
        hostName: PANE.hosts.wps,
        downloads: true,
        ...(hasCustomFunctions(root) ? {} : { note: PANE.wpsNoFunctions(build()) }),
      };
    },

    readActiveSheet: () => guarded(() => readSheet(workbook().ActiveSheet as Et.Worksheet, trust)),

    readAllSheets: () => guarded(() => sheets(workbook()).map((ws) => readSheet(ws, trust))),

    select: (sheet, cell) =>
      guarded(() => {
        const ws = sheetsNamed([sheet]).get(sheet)!;
        ws.Activate();
        ws.Range(cell).Select();
      }),

    write: (batch: SheetWrites[]) =>
      guarded(() => {
        const byName = sheetsNamed(batch.map((b) => b.sheet));
        const found = batch.map((b) => byName.get(b.sheet)!);
        // Refusals that concern the whole command come before any write: it lands whole or not at all.
        batch.forEach((b, s) => {
          if (found[s].ProtectContents) throw new PortError(PANE.protectedSheet(b.sheet));
        });
        const targets: Target[] = batch.flatMap((b, s) =>
          b.writes.map((w) => ({
            sheet: b.sheet,
            cell: w.cell,
            range: found[s].Range(w.cell),
            meant: { formula: w.formula ? `=${w.formula}` : null, value: w.value, ...(w.format ? { format: w.format } : {}) },
          })),
        );
        const before = targets.map((t) => cellState(hostCell(t.range)));
        targets.forEach((t, i) => {
          const expected = batch.find((b) => b.sheet === t.sheet)!.expected;
          if (t.cell in expected && !sameValue(before[i].value, expected[t.cell])) throw new PortError(PANE.changedSince(t.sheet, t.cell));
        });
        targets.forEach((t, i) => {
          const area = interiorOf(t.range);
          if (area) t.skip = PANE.mergedInterior(t.cell, area, APP);
          // A fix's number format goes only where the cell had none (as selfeval fill does).
          if (t.meant.format !== undefined && before[i].format !== "General") delete t.meant.format;
        });
        return writeAndReadBack(targets, before);
      }),

    restore: (snapshot: Snapshot) =>
      guarded(() => {
        const byName = sheetsNamed(snapshot.cells.map((c) => c.sheet));
        const targets: Target[] = snapshot.cells.map((c) => ({
          sheet: c.sheet,
          cell: c.cell,
          range: byName.get(c.sheet)!.Range(c.cell),
          meant: c.before,
          exact: true,
        }));
        const now = targets.map((t) => cellState(hostCell(t.range)));
        targets.forEach((t, i) => {
          // A cell a person changed after our write keeps their change.
          if (!sameState(now[i], snapshot.cells[i].after)) t.skip = PANE.changedAfterWrite(t.cell);
        });
        return writeAndReadBack(targets, now);
      }),

    saveFile: async (name, bytes) => {
      const files = (root as WpsFiles).FileSystem ?? (app as unknown as WpsFiles).FileSystem;
      const env = (root as WpsFiles).Env ?? (app as unknown as WpsFiles).Env;
      if (!files || typeof files.writeAsBinaryString !== "function" || typeof files.ReadFileAsArrayBuffer !== "function") return null;
      let path = "";
      try {
        // Beside the workbook; a workbook never saved has no folder: the desktop.
        const folder = String(app.ActiveWorkbook?.Path ?? "") || String(env?.GetDesktopPath?.() ?? "");
        if (!folder) return null;
        path = freePath(files, folder, name);
        const written = files.writeAsBinaryString(path, binaryString(bytes));
        const back = files.Exists(path) ? new Uint8Array(files.ReadFileAsArrayBuffer(path)) : new Uint8Array(0);
        if (written !== false && sameBytes(back, bytes)) return path;
      } catch {
        // Below: whatever was written is removed, and the pane offers a download instead.
      }
      if (!path) return null;
      try {
        if (files.Exists(path)) files.Remove(path);
      } catch {
        // Nothing more can be done about it here; the message names the path.
      }
      throw new PortError(PANE.reportNotSaved(path));
    },

    loadSetting: (key) => store?.getItem(`jx-selfeval:${key}`) ?? null,

    saveSetting: async (key, value) => {
      store?.setItem(`jx-selfeval:${key}`, value);
    },
  };
}
