// One sheet's XML with its writes patched in: cells, shared formulas kept for the cells that share them,
// styles derived for formats and wrapping, rows made tall enough for long text.
import { fromA1, toA1, type CellWrite } from "../../workbook";
import { inRange, parseRows, serializeRows, valueXml } from "./cells";
import { columnWidths, fitRows } from "./heights";
import type { Styles } from "./styles";
import type { PatchOptions, PatchResult } from "./types";
import { attr, escapeXml } from "./xml";

export function patchSheet(
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
      const grown = fitRows(rows, prefix, merges.find((m) => inRange(m, row, col)) ?? w.cell, String(w.value), widths, defaultHeight);
      if (grown) result.heights.push({ sheet: sheetName, ...grown });
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
