// Reads a workbook from any writer (Excel, WPS, LibreOffice, openpyxl, POI, provincial exports) into the
// engine's Grids: SheetJS does the parsing; this module decides what is safe to parse (declared sizes,
// cell counts, a bounded unpack) and turns every cell into a value, an error value, or a formula without
// a result. One sheet that cannot be read never costs the others. Browser and Node alike.
import * as XLSX from "@e965/xlsx";
import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";
import { Grid, dateText, type Area, type CellEntry } from "../workbook";
import { fmt } from "../messages";
import { sniff, type FileKind, type Sniffed } from "./sniff";
import { ZipError, stepInflate, unzipBounded, type Inflater, type ZipEntry } from "./zip";

export interface ReadLimits {
  /** Unpacked bytes (all parts together) above which a file is refused before parsing. */
  maxBytes: number;
  /** Cells (all sheets together) above which a file is refused before parsing. */
  maxCells: number;
}

/** Far beyond any real 自评表 (a few hundred cells, well under 1 MB), far below what hurts. */
export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 100 * 1024 * 1024, maxCells: 1_000_000 };

export type ReadProblem = "empty" | "encrypted" | "not-workbook" | "corrupt" | "too-large" | "too-many-cells";

export class ReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    /** What the file is (docx, image …) or what is wrong, in English for logs; the shells say it in Chinese. */
    readonly kind: FileKind,
    readonly figures: { bytes?: number; cells?: number; limit?: number } = {},
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

/** Cells in a sheet part: the number of "<c " tags (exact for every writer, and cheap). */
function countCells(xml: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < xml.length; i++) if (xml[i] === 0x3c && xml[i + 1] === 0x63 && (xml[i + 2] === 0x20 || xml[i + 2] === 0x3e)) n++;
  return n;
}

function refuseLarge(bytes: number, limits: ReadLimits, kind: FileKind): void {
  if (bytes > limits.maxBytes) throw new ReadError("too-large", kind, { bytes, limit: limits.maxBytes });
}

/** Unpacks a zip package within the limits: declared sizes first, then every entry counted as it unpacks. */
function unpack(bytes: Uint8Array, entries: ZipEntry[], limits: ReadLimits, kind: FileKind, inflate: Inflater): Map<string, Uint8Array> {
  refuseLarge(
    entries.reduce((s, e) => s + e.size, 0),
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
  const cells = [...parts].filter(([name]) => SHEET_PART.test(name)).reduce((s, [, xml]) => s + countCells(xml), 0);
  if (cells > limits.maxCells) throw new ReadError("too-many-cells", kind, { cells, limit: limits.maxCells });
  return parts;
}

/** Runs a parse with SheetJS's console notes ("ODS number format may be incorrect") kept off the screen. */
function quietly<T>(body: () => T): T {
  const error = console.error;
  console.error = (...args: unknown[]) => {
    if (!/number format may be incorrect/.test(String(args[0]))) error(...args);
  };
  try {
    return body();
  } finally {
    console.error = error;
  }
}

/** Parses a package sheet by sheet when parsing it whole fails, so one bad sheet costs only itself. */
function parseSheets(parse: (opts: object) => WorkBook): { book: WorkBook; unreadable: WorkbookRead["unreadable"] } {
  return quietly(() => parseEach(parse));
}

function parseEach(parse: (opts: object) => WorkBook): { book: WorkBook; unreadable: WorkbookRead["unreadable"] } {
  try {
    return { book: parse(OPTIONS), unreadable: [] };
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
        const one = parse({ ...OPTIONS, sheets: i });
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

function gridOf(name: string, ws: WorkSheet): Grid {
  const entries: CellEntry[] = [];
  const rows = (ws["!data"] ?? []) as Array<Array<CellObject | undefined> | undefined>;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let col = 0; col < row.length; col++) {
      const c = row[col];
      if (!c) continue;
      const e = entryOf(c, r, col);
      if (e) entries.push(e);
    }
  }
  const merges: Area[] = (ws["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  return new Grid(entries, merges, name);
}

function decodeHtml(bytes: Uint8Array, charset: string): string {
  const label = /gb|936|hz/i.test(charset) ? "gb18030" : charset;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** Reads any workbook file's bytes; throws ReadError for what is not a workbook or goes past the limits. */
export function readWorkbook(
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_LIMITS,
  options: { sniffed?: Sniffed; inflate?: Inflater } = {},
): WorkbookRead {
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
    if (kind === "xlsx" || kind === "xlsb" || kind === "ods") {
      const unpacked = unpack(bytes, sniffed.entries!, limits, kind, options.inflate ?? stepInflate);
      const names = [...unpacked.keys()];
      const container = { FullPaths: names, FileIndex: names.map((n) => ({ name: n, content: unpacked.get(n)!, type: 2 })) };
      parsed = parseSheets((opts) => parse_zip(container, opts));
      if (kind === "xlsx") parts = sniffed.entries!.filter((e) => unpacked.has(e.name)).map((e) => [e.name, unpacked.get(e.name)!]);
    } else if (kind === "html") {
      refuseLarge(bytes.length, limits, kind);
      const text = decodeHtml(bytes, sniffed.charset ?? "utf-8");
      parsed = parseSheets((opts) => read(text, { ...opts, type: "string" }));
    } else {
      refuseLarge(bytes.length, limits, kind);
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
    const grid = gridOf(name, book.Sheets[name]);
    cells += grid.size;
    if (cells > limits.maxCells) throw new ReadError("too-many-cells", kind, { cells, limit: limits.maxCells });
    grids.push(grid);
  }
  if (grids.length === 0 && unreadable.length === 0) throw new ReadError("not-workbook", kind);
  return { kind, grids, unreadable, ...(parts ? { parts } : {}) };
}
