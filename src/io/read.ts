// Reads a workbook from any writer (Excel, WPS, LibreOffice, openpyxl, POI, provincial exports) into the
// engine's Grids: SheetJS does the parsing; this module decides what is safe to parse (declared sizes,
// cell counts, a bounded unpack) and turns every cell into a value, an error value, or a formula without
// a result. One sheet that cannot be read never costs the others. Browser and Node alike.
import * as XLSX from "@e965/xlsx";
import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";
import { Grid, dateText, type Area, type CellEntry } from "../workbook";
import { fmt } from "../messages";
import {
  MAX_CELL_TEXT,
  biffDeclared,
  garbledSheetName,
  garbledText,
  htmlDeclared,
  odsDeclared,
  xml2003Declared,
  type Declared,
} from "./bounds";
import { quietly } from "./quiet";
import { isOle, sniff, type FileKind, type Sniffed } from "./sniff";
import { ZipError, stepInflate, unzipBounded, type Inflater, type ZipEntry } from "./zip";

export interface ReadLimits {
  /** Unpacked bytes (all parts together) above which a file is refused before parsing. */
  maxBytes: number;
  /** Cells (all sheets together) above which a file is refused before parsing. */
  maxCells: number;
}

/**
 * Far beyond any real 自评表 (a few hundred cells, well under 1 MB), far below what hurts: 100,000 cells are
 * read and checked in about 1.5 s and 160 MB (docs/developer/benchmarks.md); a million took 11 s and 490 MB.
 */
export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 100 * 1024 * 1024, maxCells: 100_000 };

/**
 * The text the reader parses (a package's XML parts, an HTML or XML file, an .xls stream), at most 300
 * bytes for each cell the limit allows (30 MB by default; a real 自评表 has well under 1 MB): parsing holds
 * about five times its text in memory. Pictures and other parts of a package count only towards maxBytes.
 */
export const TEXT_BYTES_PER_CELL = 300;
export const maxText = (limits: ReadLimits): number => Math.min(limits.maxBytes, limits.maxCells * TEXT_BYTES_PER_CELL);

/** Merged areas in a workbook (a 自评表 has a few dozen). */
export const MAX_MERGES = 10_000;
/**
 * An HTML table's cells × merged areas: the reader looks every cell up in every merged area, so 40,000
 * cells with 40,000 areas took 5 s; 50 million steps take about 0.2 s.
 */
export const MAX_HTML_MERGE_WORK = 50_000_000;

export type ReadProblem =
  | "empty"
  | "encrypted"
  | "not-workbook"
  | "unsupported"
  | "corrupt"
  | "garbled"
  | "too-large"
  | "too-much-text"
  | "too-many-cells"
  | "too-many-merges"
  | "xls-too-large-here";

export class ReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    /** What the file is (docx, image …) or what is wrong, in English for logs; the shells say it in Chinese. */
    readonly kind: FileKind,
    readonly figures: { bytes?: number; cells?: number; merges?: number; limit?: number } = {},
  ) {
    super(`${problem}: ${kind}`);
  }
}

export interface WorkbookRead {
  kind: FileKind;
  grids: Grid[];
  /** Sheets that could not be read, each named with why; the others are read all the same. */
  unreadable: Array<{ sheet: string; detail: string }>;
  /** The package's parts, in their order (.xlsx/.xlsm only): what the cell patcher writes back into. */
  parts?: Array<[string, Uint8Array]>;
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const ERROR_CODES: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

const { read } = XLSX;
/** SheetJS's parser of an unpacked package (exported, though its typings omit it). */
const parse_zip = (XLSX as unknown as { parse_zip: (zip: unknown, opts: unknown) => WorkBook }).parse_zip;

const OPTIONS = { dense: true, cellFormula: true, cellNF: true, cellText: false, cellDates: false, sheetStubs: true, xlfn: true } as const;
/**
 * ODS and SpreadsheetML 2003 are read without stub cells: there the reader would create one for every
 * covered or empty cell a repeat count or merge span declares (billions from a few bytes), and neither
 * format has a formula without its result, which is what stubs keep for .xlsx and .xls.
 */
const NO_STUBS = { ...OPTIONS, sheetStubs: false } as const;

/** Cells in a sheet part: the number of "<c " tags (exact for every writer, and cheap). */
function countCells(xml: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < xml.length; i++) if (xml[i] === 0x3c && xml[i + 1] === 0x63 && (xml[i + 2] === 0x20 || xml[i + 2] === 0x3e)) n++;
  return n;
}

function refuseLarge(bytes: number, limits: ReadLimits, kind: FileKind): void {
  if (bytes > limits.maxBytes) throw new ReadError("too-large", kind, { bytes, limit: limits.maxBytes });
}

function refuseText(bytes: number, limits: ReadLimits, kind: FileKind): void {
  if (bytes > maxText(limits)) throw new ReadError("too-much-text", kind, { bytes, limit: maxText(limits) });
}

/** Refuses what a file declares past the limits, before the reader creates any of it. */
function refuseDeclared(d: Declared, limits: ReadLimits, kind: FileKind): void {
  const cells = d.cells + d.merged;
  if (cells > limits.maxCells) throw new ReadError("too-many-cells", kind, { cells, limit: limits.maxCells });
  if (d.merges > MAX_MERGES) throw new ReadError("too-many-merges", kind, { merges: d.merges, limit: MAX_MERGES });
  if (kind === "html" && d.merges * d.cells > MAX_HTML_MERGE_WORK) {
    throw new ReadError("too-many-merges", kind, { merges: d.merges, limit: Math.floor(MAX_HTML_MERGE_WORK / Math.max(1, d.cells)) });
  }
}

/** Unpacks a zip package within the limits: declared sizes first, then every entry counted as it unpacks. */
function unpack(bytes: Uint8Array, entries: ZipEntry[], limits: ReadLimits, kind: FileKind, inflate: Inflater): Map<string, Uint8Array> {
  refuseLarge(
    entries.reduce((s, e) => s + e.size, 0),
    limits,
    kind,
  );
  refuseText(
    entries.filter((e) => /\.(xml|bin)$/i.test(e.name)).reduce((s, e) => s + e.size, 0),
    limits,
    kind,
  );
  let parts: Map<string, Uint8Array>;
  try {
    parts = unzipBounded(bytes, entries, limits.maxBytes, inflate);
  } catch (err) {
    if (err instanceof ZipError && /grows past/.test(err.message)) throw new ReadError("too-large", kind, { limit: limits.maxBytes });
    throw new ReadError("corrupt", kind);
  }
  if (kind === "ods") {
    const content = parts.get("content.xml");
    if (content) refuseDeclared(odsDeclared(new TextDecoder().decode(content)), limits, kind);
  } else {
    const cells = [...parts].filter(([name]) => SHEET_PART.test(name)).reduce((s, [, xml]) => s + countCells(xml), 0);
    if (cells > limits.maxCells) throw new ReadError("too-many-cells", kind, { cells, limit: limits.maxCells });
  }
  return parts;
}

/**
 * Parses a package sheet by sheet when parsing it whole fails, so one bad sheet costs only itself; the
 * reader's console notes are dropped (src/io/quiet.ts).
 */
function parseSheets(
  parse: (opts: object) => WorkBook,
  options: typeof OPTIONS | typeof NO_STUBS = OPTIONS,
): { book: WorkBook; unreadable: WorkbookRead["unreadable"] } {
  return quietly(() => parseEach(parse, options));
}

function parseEach(parse: (opts: object) => WorkBook, options: object): { book: WorkBook; unreadable: WorkbookRead["unreadable"] } {
  try {
    return { book: parse(options), unreadable: [] };
  } catch (whole) {
    let names: string[];
    try {
      names = parse({ bookSheets: true }).SheetNames;
    } catch {
      throw whole;
    }
    const book: WorkBook = { SheetNames: [], Sheets: {} };
    const unreadable: WorkbookRead["unreadable"] = [];
    names.forEach((name, i) => {
      try {
        const one = parse({ ...options, sheets: i });
        const sheet = one.Sheets[one.SheetNames[0]] ?? one.Sheets[name];
        if (!sheet) throw new Error("empty");
        book.SheetNames.push(name);
        book.Sheets[name] = sheet;
      } catch (err) {
        unreadable.push({ sheet: name, detail: err instanceof Error ? err.message : String(err) });
      }
    });
    if (book.SheetNames.length === 0) throw whole;
    return { book, unreadable };
  }
}

/** A cell as the engine reads it: value, error value, or a formula the file kept no result for. */
function entryOf(c: CellObject, row: number, col: number): CellEntry | null {
  const formula = c.f ? c.f.replace(/^=/, "") : undefined;
  const format = c.z && c.z !== "General" ? String(c.z) : undefined;
  let e: CellEntry;
  switch (c.t) {
    case "z":
      if (!formula) return null;
      e = { row, col, value: null, uncomputed: true };
      if (format) e.format = format;
      break;
    case "e":
      e = { row, col, value: null, error: ERROR_CODES[Number(c.v)] ?? String(c.w ?? "#VALUE!") };
      break;
    case "n": {
      const date = typeof c.v === "number" ? dateText(c.v, format) : null;
      if (date !== null) {
        e = { row, col, value: date };
      } else {
        e = { row, col, value: c.v as number };
        if (format) e.format = format;
      }
      break;
    }
    case "d": {
      const d = c.v instanceof Date ? c.v : new Date(String(c.v));
      e = { row, col, value: fmt.date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) };
      break;
    }
    case "b":
      e = { row, col, value: Boolean(c.v) };
      break;
    default: {
      const value = c.v === undefined || c.v === null ? "" : String(c.v);
      if (value === "" && !formula) return null;
      e = { row, col, value };
    }
  }
  if (formula) e.formula = formula;
  return e;
}

/** The indexes of an array's elements: all of them for a compact one, only those present for a sparse one. */
function present<T>(list: Array<T | undefined>): Iterable<number> {
  return list.length <= 1024 ? list.keys() : Object.keys(list).map(Number);
}

function gridOf(name: string, ws: WorkSheet, kind: FileKind): Grid {
  const entries: CellEntry[] = [];
  const rows = (ws["!data"] ?? []) as Array<Array<CellObject | undefined> | undefined>;
  // A row or column reached by a jump (ss:Index="1048576") leaves a sparse array: visit what is there.
  for (const r of present(rows)) {
    const row = rows[r];
    if (!row) continue;
    for (const col of present(row)) {
      const c = row[col];
      if (!c) continue;
      const e = entryOf(c, r, col);
      if (!e) continue;
      if (typeof e.value === "string" && garbledText(e.value))
        throw new ReadError("garbled", kind, { cells: e.value.length, limit: MAX_CELL_TEXT });
      entries.push(e);
    }
  }
  return new Grid(entries, mergesOf(ws), name);
}

function mergesOf(ws: WorkSheet): Area[] {
  return (ws["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
}

/** The cells a sheet's merged areas cover (counted against the limit, as the grid indexes them by row). */
function mergedCells(ws: WorkSheet): number {
  return mergesOf(ws).reduce((s, m) => {
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    return area > 1 ? s + area : s;
  }, 0);
}

function decodeHtml(bytes: Uint8Array, charset: string): string {
  const label = /gb|936|hz/i.test(charset) ? "gb18030" : charset;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** The largest .xls (or .et) read where the platform has no native byte type (the web checker): 6 MB, some 240 MB to read. */
export const XLS_COPY_LIMIT = 6 * 1024 * 1024;

export interface ReadOptions {
  sniffed?: Sniffed;
  /** Unpacks a zip entry (Node's zlib in the CLI; fflate in steps otherwise). */
  inflate?: Inflater;
  /** The same bytes as the platform's native byte type (a Node buffer in the CLI), which the reader handles best. */
  native?: (bytes: Uint8Array) => Uint8Array;
}

/** Reads any workbook file's bytes; throws ReadError for what is not a workbook or goes past the limits. */
export function readWorkbook(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, options: ReadOptions = {}): WorkbookRead {
  // The reader's own container code keeps an .xls's streams as views of a Node buffer, but copies them into
  // arrays of numbers (tens of bytes of memory per byte) from anything else: the CLI hands a view of that kind.
  if (options.native) bytes = options.native(bytes);
  // Without that (a browser tab), an .xls costs about 40 bytes of memory per byte before a record is counted:
  // past XLS_COPY_LIMIT it is refused with what to do, so the tab stays under the 300 MB every format keeps.
  else if (isOle(bytes) && bytes.length > XLS_COPY_LIMIT)
    throw new ReadError("xls-too-large-here", "xls", { bytes: bytes.length, limit: XLS_COPY_LIMIT });
  const sniffed = options.sniffed ?? sniff(bytes);
  const kind = sniffed.kind;
  switch (kind) {
    case "empty":
      throw new ReadError("empty", kind);
    case "encrypted":
      throw new ReadError("encrypted", kind);
    case "corrupt":
      throw new ReadError("corrupt", kind);
    case "docx":
    case "pptx":
    case "doc":
    case "zip":
    case "image":
    case "pdf":
    case "text":
      throw new ReadError("not-workbook", kind);
  }
  let parsed: { book: WorkBook; unreadable: WorkbookRead["unreadable"] };
  let parts: Array<[string, Uint8Array]> | undefined;
  try {
    if (kind === "xlsb") {
      // Read wrongly by the reader on real files (garbage sheet names, a 9 KB file grown to 1.5 GB):
      // refused by name, with what to do.
      throw new ReadError("unsupported", kind);
    }
    if (kind === "xlsx" || kind === "ods") {
      const unpacked = unpack(bytes, sniffed.entries!, limits, kind, options.inflate ?? stepInflate);
      const names = [...unpacked.keys()];
      const container = { FullPaths: names, FileIndex: names.map((n) => ({ name: n, content: unpacked.get(n)!, type: 2 })) };
      parsed = parseSheets((opts) => parse_zip(container, opts), kind === "ods" ? NO_STUBS : OPTIONS);
      if (kind === "xlsx") parts = sniffed.entries!.filter((e) => unpacked.has(e.name)).map((e) => [e.name, unpacked.get(e.name)!]);
    } else if (kind === "html") {
      refuseLarge(bytes.length, limits, kind);
      refuseText(bytes.length, limits, kind);
      const text = decodeHtml(bytes, sniffed.charset ?? "utf-8");
      refuseDeclared(htmlDeclared(text), limits, kind);
      parsed = parseSheets((opts) => read(text, { ...opts, type: "string" }));
    } else if (kind === "xml2003") {
      refuseLarge(bytes.length, limits, kind);
      refuseText(bytes.length, limits, kind);
      refuseDeclared(xml2003Declared(new TextDecoder("latin1").decode(bytes)), limits, kind);
      parsed = parseSheets((opts) => read(bytes, { ...opts, type: "array" }), NO_STUBS);
    } else {
      refuseLarge(bytes.length, limits, kind);
      if (sniffed.stream) {
        refuseText(sniffed.stream.length, limits, kind);
        refuseDeclared(biffDeclared(sniffed.stream), limits, kind);
      }
      parsed = parseSheets((opts) => read(bytes, { ...opts, type: "array" }));
    }
  } catch (err) {
    if (err instanceof ReadError) throw err;
    if (/password|encrypt/i.test(err instanceof Error ? err.message : "")) throw new ReadError("encrypted", kind);
    throw new ReadError("corrupt", kind);
  }
  const { book, unreadable } = parsed;
  const grids: Grid[] = [];
  let cells = 0;
  for (const name of book.SheetNames) {
    if (garbledSheetName(name)) throw new ReadError("garbled", kind);
  }
  for (const name of book.SheetNames) {
    const ws = book.Sheets[name];
    if (ws["!merges"] && ws["!merges"].length > MAX_MERGES) {
      throw new ReadError("too-many-merges", kind, { merges: ws["!merges"].length, limit: MAX_MERGES });
    }
    cells += mergedCells(ws);
    if (cells > limits.maxCells) throw new ReadError("too-many-cells", kind, { cells, limit: limits.maxCells });
    const grid = gridOf(name, ws, kind);
    cells += grid.size;
    if (cells > limits.maxCells) throw new ReadError("too-many-cells", kind, { cells, limit: limits.maxCells });
    grids.push(grid);
  }
  if (grids.length === 0 && unreadable.length === 0) throw new ReadError("not-workbook", kind);
  return { kind, grids, unreadable, ...(parts ? { parts } : {}) };
}
