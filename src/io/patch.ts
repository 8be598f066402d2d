// Writes cells back into a person's .xlsx without re-serialising it: the changed cells are patched into
// the original sheet XML, and every other part of the package (pictures, comments, drawings, data
// validation, conditional formats, print setup, defined names, custom properties, other sheets) is
// written back exactly as it was read. A cell change touches only what it must: its sheet, the
// calculation chain when a formula goes, and styles.xml gains entries (never loses or changes one).
// Browser and Node alike.
import { fromA1, toA1, type CellValue, type CellWrite } from "../workbook";
import { zipParts } from "./zip";

export interface SheetEdit {
  sheet: string;
  writes: CellWrite[];
}

export interface PatchOptions {
  /** Each cell's formula as the reader expanded it (shared formulas included), to keep a shared group's other cells. */
  formulaAt?: (sheet: string, cell: string) => string | undefined;
}

export interface PatchResult {
  bytes: Uint8Array;
  /** Writes that were not made, each with why (an array formula's range, a sheet not in the package). */
  skipped: Array<{ sheet: string; cell: string; why: "array-formula" | "no-sheet" }>;
  /** Rows given a taller height so long text shows (sheet, 1-based row, points). */
  heights: Array<{ sheet: string; row: number; height: number }>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Control characters XML 1.0 cannot hold (tab, line feed and carriage return it can). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold are dropped; the rest escaped.
  return text.replace(CONTROL, "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The value of an attribute in a start tag's text, or undefined. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
}

/** A start tag with an attribute set (added, or replaced where it stood). */
function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
}

function dropAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** Part paths of the workbook's sheets, by sheet name (workbook.xml + its relationships). */
function sheetParts(parts: Map<string, Uint8Array>): Map<string, string> {
  const workbook = decoder.decode(parts.get("xl/workbook.xml"));
  const rels = decoder.decode(parts.get("xl/_rels/workbook.xml.rels") ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/"));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const id = attr(m[0], "r:id") ?? /\s\w+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) out.set(name, target);
  }
  return out;
}

interface Cell {
  col: number;
  xml: string;
}

interface Row {
  r: number;
  /** The row's start tag (for height) and its cells; `open` ends with ">" even for a self-closed row. */
  open: string;
  cells: Cell[];
  /** The row as read, and the text before it: untouched rows are written back exactly so. */
  raw?: string;
  gap?: string;
  dirty: boolean;
}

const CELL = /<((?:\w+:)?)c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g;
const ROW = /<((?:\w+:)?)row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1row>)/g;

function colOf(ref: string): number {
  return fromA1(ref).col;
}

function parseRows(sheetData: string): { rows: Row[]; tail: string } {
  const rows: Row[] = [];
  let last = 0;
  let end = 0;
  for (const m of sheetData.matchAll(ROW)) {
    const r = Number(attr(`<row${m[2]}>`, "r") ?? last + 1);
    last = r;
    const cells: Cell[] = [];
    let lastCol = -1;
    for (const c of (m[3] ?? "").matchAll(CELL)) {
      const ref = attr(`<c${c[2]}>`, "r");
      const col = ref ? colOf(ref) : lastCol + 1;
      lastCol = col;
      cells.push({ col, xml: ref ? c[0] : c[0].replace(/^<((?:\w+:)?)c\b/, `<$1c r="${toA1(r - 1, col)}"`) });
    }
    rows.push({ r, open: `<${m[1]}row${m[2].replace(/\/$/, "")}>`, cells, raw: m[0], gap: sheetData.slice(end, m.index), dirty: false });
    end = m.index! + m[0].length;
  }
  return { rows, tail: sheetData.slice(end) };
}

function serializeRows(rows: Row[], tail: string, prefix: string): string {
  const text = rows
    .map((row) => {
      if (!row.dirty && row.raw !== undefined) return `${row.gap ?? ""}${row.raw}`;
      const close = `</${prefix}row>`;
      const body = row.cells.length === 0 ? row.open.replace(/>$/, "/>") : `${row.open}${row.cells.map((c) => c.xml).join("")}${close}`;
      return `${row.gap ?? ""}${body}`;
    })
    .join("");
  return text + tail;
}

function valueXml(prefix: string, ref: string, style: string | undefined, value: CellValue, formula: string | undefined): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  const c = `${prefix}c`;
  const f = formula ? `<${prefix}f>${escapeXml(formula.replace(/^=/, ""))}</${prefix}f>` : "";
  if (value === null || value === "") return f ? `<${c} r="${ref}"${s}>${f}</${c}>` : `<${c} r="${ref}"${s}/>`;
  if (typeof value === "number") return `<${c} r="${ref}"${s}>${f}<${prefix}v>${String(value)}</${prefix}v></${c}>`;
  if (typeof value === "boolean") return `<${c} r="${ref}"${s} t="b">${f}<${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  if (formula) return `<${c} r="${ref}"${s} t="str">${f}<${prefix}v>${escapeXml(value)}</${prefix}v></${c}>`;
  return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXml(value)}</${prefix}t></${prefix}is></${c}>`;
}

/** styles.xml, growing only: the xf of a cell with a number format or wrapping added, appended once each. */
class Styles {
  private xml: string;
  private added = new Map<string, number>();
  changed = false;

  constructor(xml: string | undefined) {
    this.xml = xml ?? "";
  }

  private xfs(): string[] {
    const m = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(this.xml);
    return m ? [...m[1].matchAll(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g)].map((x) => x[0]) : [];
  }

  numFmtOf(style: number): string | null {
    const xf = this.xfs()[style];
    if (!xf) return null;
    const id = Number(attr(xf, "numFmtId") ?? 0);
    if (id === 0) return "General";
    const custom = [...this.xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)].find((m) => Number(attr(m[0], "numFmtId")) === id);
    return custom ? (attr(custom[0], "formatCode") ?? null) : String(id);
  }

  wraps(style: number): boolean {
    return /wrapText\s*=\s*"(1|true)"/.test(this.xfs()[style] ?? "");
  }

  private formatId(code: string): number {
    const builtIn: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };
    if (code in builtIn) return builtIn[code];
    const existing = [...this.xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)].find((m) => attr(m[0], "formatCode") === code);
    if (existing) return Number(attr(existing[0], "numFmtId"));
    const ids = [...this.xml.matchAll(/numFmtId\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
    const id = Math.max(163, ...ids) + 1;
    const entry = `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
    if (/<(?:\w+:)?numFmts\b/.test(this.xml)) {
      this.xml = this.xml.replace(/(<((?:\w+:)?)numFmts\b[^>]*?)(\/>|>)/, (_, open: string, p: string, end: string) =>
        end === "/>" ? `${open}>${entry}</${p}numFmts>` : `${open}>${entry}`,
      );
      this.xml = this.xml.replace(/<((?:\w+:)?)numFmts\b[^>]*>/, (tag) =>
        setAttr(tag, "count", String([...this.xml.matchAll(/<(?:\w+:)?numFmt\b/g)].length)),
      );
    } else {
      this.xml = this.xml.replace(/(<(?:\w+:)?styleSheet\b[^>]*>)/, `$1<numFmts count="1">${entry}</numFmts>`);
    }
    return id;
  }

  /** The index of an xf like `style` but with this number format and/or wrapping, appended if new. */
  derive(style: number, change: { format?: string; wrap?: boolean }): number {
    const key = `${style}|${change.format ?? ""}|${change.wrap ? 1 : 0}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const list = this.xfs();
    let xf = list[style] ?? list[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    if (change.format)
      xf = xf.replace(/^<[^>]*?(\/?)>/, (tag) =>
        setAttr(setAttr(tag, "numFmtId", String(this.formatId(change.format!))), "applyNumberFormat", "1"),
      );
    if (change.wrap) {
      const alignment = /<(?:\w+:)?alignment\b[^>]*>/.exec(xf);
      if (alignment) xf = xf.replace(alignment[0], setAttr(alignment[0], "wrapText", "1"));
      else if (/\/>$/.test(xf)) xf = xf.replace(/\s*\/>$/, '><alignment wrapText="1"/></xf>');
      else xf = xf.replace(/<\/((?:\w+:)?)xf>$/, '<alignment wrapText="1"/></$1xf>');
      xf = xf.replace(/^<[^>]*?(\/?)>/, (tag) => setAttr(tag, "applyAlignment", "1"));
    }
    const index = list.length;
    this.xml = this.xml
      .replace(/<\/((?:\w+:)?)cellXfs>/, `${xf}</$1cellXfs>`)
      .replace(/<((?:\w+:)?)cellXfs\b[^>]*>/, (tag) => setAttr(tag, "count", String(index + 1)));
    this.added.set(key, index);
    this.changed = true;
    return index;
  }

  bytes(): Uint8Array {
    return encoder.encode(this.xml);
  }
}

/** Column widths in character units, from <cols> (default from <sheetFormatPr>, else 8.43). */
function columnWidths(sheet: string): (col: number) => number {
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
function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return n;
}

const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;

function patchSheet(
  xml: string,
  sheetName: string,
  writes: CellWrite[],
  styles: Styles,
  options: PatchOptions,
  result: PatchResult,
): { xml: string; removedFormulas: string[] } {
  const data = /<((?:\w+:)?)sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1sheetData>)/.exec(xml);
  const prefix = data?.[1] ?? /<((?:\w+:)?)worksheet\b/.exec(xml)?.[1] ?? "";
  const { rows, tail } = parseRows(data?.[2] ?? "");
  const merges = [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)].map((m) => attr(m[0], "ref") ?? "").filter(Boolean);
  const arrays = [...(data?.[2] ?? "").matchAll(/<(?:\w+:)?f\b[^>]*t\s*=\s*"array"[^>]*>/g)]
    .map((m) => attr(m[0], "ref") ?? "")
    .filter(Boolean);
  const inRange = (range: string, row: number, col: number) => {
    const [a, b = a] = range.split(":");
    const p = fromA1(a);
    const q = fromA1(b);
    return row >= p.row && row <= q.row && col >= p.col && col <= q.col;
  };
  const removedFormulas: string[] = [];
  const widths = columnWidths(xml);
  const format = /<(?:\w+:)?sheetFormatPr\b[^>]*>/.exec(xml)?.[0] ?? "";
  const defaultHeight = Number(attr(format, "defaultRowHeight") ?? 15);

  for (const w of writes) {
    const { row, col } = fromA1(w.cell);
    if (arrays.some((a) => inRange(a, row, col))) {
      result.skipped.push({ sheet: sheetName, cell: w.cell, why: "array-formula" });
      continue;
    }
    let target = rows.find((r) => r.r === row + 1);
    if (!target) {
      target = { r: row + 1, open: `<${prefix}row r="${row + 1}">`, cells: [], dirty: true };
      const at = rows.findIndex((r) => r.r > row + 1);
      rows.splice(at < 0 ? rows.length : at, 0, target);
    }
    const existing = target.cells.find((c) => c.col === col);
    const open = existing ? /^<[^>]*?\/?>/.exec(existing.xml)![0] : "";
    const oldStyle = existing ? attr(open, "s") : undefined;
    const oldFormula = existing ? /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(existing.xml) : null;
    // A shared formula's first cell carries the text the others share: they get their own before it goes.
    if (oldFormula && attr(`<f${oldFormula[1]}>`, "t") === "shared" && attr(`<f${oldFormula[1]}>`, "ref")) {
      const si = attr(`<f${oldFormula[1]}>`, "si");
      for (const r of rows) {
        for (const c of r.cells) {
          if (c === existing) continue;
          const f = /<((?:\w+:)?)f\b([^>]*?)(?:\/>|>[\s\S]*?<\/\1f>)/.exec(c.xml);
          if (!f || attr(`<f${f[2]}>`, "t") !== "shared" || attr(`<f${f[2]}>`, "si") !== si) continue;
          const text = options.formulaAt?.(sheetName, toA1(r.r - 1, c.col));
          if (text) {
            c.xml = c.xml.replace(f[0], `<${f[1]}f>${escapeXml(text)}</${f[1]}f>`);
            r.dirty = true;
          }
        }
      }
    }
    if (oldFormula && !w.formula) removedFormulas.push(w.cell);
    let style = oldStyle;
    const isText = typeof w.value === "string" && !w.formula;
    const fmtNeeded = w.format && (style === undefined || ["General", null].includes(styles.numFmtOf(Number(style))));
    const long = isText && (w.value as string).length > 10;
    const wrapNeeded = long && !styles.wraps(Number(style ?? 0));
    if (fmtNeeded || wrapNeeded) {
      style = String(
        styles.derive(Number(style ?? 0), { ...(fmtNeeded ? { format: w.format } : {}), ...(wrapNeeded ? { wrap: true } : {}) }),
      );
    }
    const xmlCell = valueXml(prefix, w.cell, style, w.value, w.formula);
    target.dirty = true;
    if (existing) existing.xml = xmlCell;
    else {
      const at = target.cells.findIndex((c) => c.col > col);
      target.cells.splice(at < 0 ? target.cells.length : at, 0, { col, xml: xmlCell });
    }
    // Long text in a cell of fixed height: make the rows tall enough to show it (merged areas included).
    if (long) {
      const merge = merges.find((m) => inRange(m, row, col));
      const [a, b = a] = (merge ?? w.cell).split(":");
      const top = fromA1(a);
      const bottom = fromA1(b);
      let width = 0;
      for (let c = top.col; c <= bottom.col; c++) width += widths(c);
      const lines = String(w.value)
        .split(/\r?\n/)
        .reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / Math.max(width - 1, 1))), 0);
      const needed = Math.min(lines * LINE_POINTS + 4, MAX_ROW_POINTS * (bottom.row - top.row + 1));
      const span = rows.filter((r) => r.r >= top.row + 1 && r.r <= bottom.row + 1);
      const heightOf = (r: Row) => Number(attr(r.open, "ht") ?? defaultHeight);
      const have = span.reduce((s, r) => s + heightOf(r), 0) + (bottom.row - top.row + 1 - span.length) * defaultHeight;
      if (needed > have) {
        let last = rows.find((r) => r.r === bottom.row + 1);
        if (!last) {
          last = { r: bottom.row + 1, open: `<${prefix}row r="${bottom.row + 1}">`, cells: [], dirty: true };
          const at = rows.findIndex((r) => r.r > bottom.row + 1);
          rows.splice(at < 0 ? rows.length : at, 0, last);
        }
        const height = Math.min(MAX_ROW_POINTS, Math.round((heightOf(last) + needed - have) * 4) / 4);
        last.open = setAttr(setAttr(last.open, "ht", String(height)), "customHeight", "1");
        last.dirty = true;
        result.heights.push({ sheet: sheetName, row: last.r, height });
      }
    }
  }
  const body = serializeRows(rows, tail, prefix);
  const sheetData = `<${prefix}sheetData>${body}</${prefix}sheetData>`;
  const out = data
    ? xml.slice(0, data.index) + sheetData + xml.slice(data.index + data[0].length)
    : xml.replace(
        /(<\/(?:\w+:)?sheetFormatPr>|<(?:\w+:)?sheetFormatPr\b[^>]*\/>|<(?:\w+:)?cols\b[\s\S]*?<\/(?:\w+:)?cols>)/,
        `$1${sheetData}`,
      );
  return { xml: out, removedFormulas };
}

/** calcChain.xml without the given cells (each entry given its sheet index, since an entry may inherit it). */
function pruneCalcChain(xml: string, sheetIndex: number, cells: Set<string>): string | null {
  let current = 0;
  const kept: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*>/g)) {
    const i = attr(m[0], "i");
    if (i !== undefined) current = Number(i);
    if (current === sheetIndex && cells.has(attr(m[0], "r") ?? "")) continue;
    kept.push(setAttr(dropAttr(m[0], "i"), "i", String(current)));
  }
  if (kept.length === 0) return null;
  const open = /<(?:\w+:)?calcChain\b[^>]*>/.exec(xml)![0];
  const close = /<\/(?:\w+:)?calcChain>/.exec(xml)?.[0] ?? "</calcChain>";
  return `${xml.slice(0, xml.indexOf(open))}${open}${kept.join("")}${close}`;
}

/** The package with every edit patched in; parts given in package order and returned in the same order. */
export function patchWorkbook(partList: Array<[string, Uint8Array]>, edits: SheetEdit[], options: PatchOptions = {}): PatchResult {
  const parts = new Map(partList);
  const result: PatchResult = { bytes: new Uint8Array(), skipped: [], heights: [] };
  const paths = sheetParts(parts);
  const order = [...paths.keys()];
  const styles = new Styles(parts.has("xl/styles.xml") ? decoder.decode(parts.get("xl/styles.xml")) : undefined);
  let calcChain = parts.has("xl/calcChain.xml") ? decoder.decode(parts.get("xl/calcChain.xml")) : null;
  for (const edit of edits) {
    if (edit.writes.length === 0) continue;
    const path = paths.get(edit.sheet);
    if (!path || !parts.has(path)) {
      for (const w of edit.writes) result.skipped.push({ sheet: edit.sheet, cell: w.cell, why: "no-sheet" });
      continue;
    }
    const { xml, removedFormulas } = patchSheet(decoder.decode(parts.get(path)), edit.sheet, edit.writes, styles, options, result);
    parts.set(path, encoder.encode(xml));
    if (calcChain !== null && removedFormulas.length)
      calcChain = pruneCalcChain(calcChain, order.indexOf(edit.sheet) + 1, new Set(removedFormulas));
  }
  if (styles.changed) parts.set("xl/styles.xml", styles.bytes());
  let list = partList.map(([name]) => name);
  if (parts.has("xl/calcChain.xml")) {
    if (calcChain === null) {
      // An empty calculation chain is not allowed: the part goes, with its content type and relationship.
      list = list.filter((n) => n !== "xl/calcChain.xml");
      const types = decoder.decode(parts.get("[Content_Types].xml"));
      parts.set(
        "[Content_Types].xml",
        encoder.encode(types.replace(/<(?:\w+:)?Override\b[^>]*PartName\s*=\s*"\/xl\/calcChain\.xml"[^>]*\/>/, "")),
      );
      const rels = decoder.decode(parts.get("xl/_rels/workbook.xml.rels"));
      parts.set(
        "xl/_rels/workbook.xml.rels",
        encoder.encode(rels.replace(/<(?:\w+:)?Relationship\b[^>]*Target\s*=\s*"[^"]*calcChain\.xml"[^>]*\/>/, "")),
      );
    } else if (calcChain !== decoder.decode(parts.get("xl/calcChain.xml"))) parts.set("xl/calcChain.xml", encoder.encode(calcChain));
  }
  result.bytes = zipParts(list.map((n) => [n, parts.get(n)!]));
  return result;
}
