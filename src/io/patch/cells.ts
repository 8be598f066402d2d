// Sheet XML rows and cells: parsed once, written back byte for byte where untouched, and a cell's XML
// for a value or formula.
import { fromA1, toA1, type CellValue } from "../../workbook";
import { attr, escapeXml } from "./xml";

export interface Cell {
  col: number;
  xml: string;
}

export interface Row {
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

/** Whether a range ("A1:C3", or one cell) holds the cell at (row, col), 0-based. */
export function inRange(range: string, row: number, col: number): boolean {
  const [a, b = a] = range.split(":");
  const p = fromA1(a);
  const q = fromA1(b);
  return row >= p.row && row <= q.row && col >= p.col && col <= q.col;
}

function colOf(ref: string): number {
  return fromA1(ref).col;
}

export function parseRows(sheetData: string): { rows: Row[]; tail: string } {
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

export function serializeRows(rows: Row[], tail: string, prefix: string): string {
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

export function valueXml(prefix: string, ref: string, style: string | undefined, value: CellValue, formula: string | undefined): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  const c = `${prefix}c`;
  const f = formula ? `<${prefix}f>${escapeXml(formula.replace(/^=/, ""))}</${prefix}f>` : "";
  if (value === null || value === "") return f ? `<${c} r="${ref}"${s}>${f}</${c}>` : `<${c} r="${ref}"${s}/>`;
  if (typeof value === "number") return `<${c} r="${ref}"${s}>${f}<${prefix}v>${String(value)}</${prefix}v></${c}>`;
  if (typeof value === "boolean") return `<${c} r="${ref}"${s} t="b">${f}<${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  if (formula) return `<${c} r="${ref}"${s} t="str">${f}<${prefix}v>${escapeXml(value)}</${prefix}v></${c}>`;
  return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXml(value)}</${prefix}t></${prefix}is></${c}>`;
}
