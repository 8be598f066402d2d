// Writes cells back into a person's .xlsx without re-serialising it: the changed cells are patched into
// the original sheet XML, and every other part of the package (pictures, comments, drawings, data
// validation, conditional formats, print setup, defined names, custom properties, other sheets) is
// written back exactly as it was read. A cell change touches only what it must: its sheet, the
// calculation chain when a formula goes, and styles.xml gains entries (never loses or changes one).
// Browser and Node alike.
import { zipParts } from "../zip";
import { pruneCalcChain } from "./calc-chain";
import { dropCalcChain, sheetParts } from "./package";
import { patchSheet } from "./sheet";
import { Styles } from "./styles";
import type { PatchOptions, PatchResult, SheetEdit } from "./types";
import { decoder, encoder } from "./xml";

export type { PatchOptions, PatchResult, SheetEdit } from "./types";
export { attr, escapeXml } from "./xml";

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
      dropCalcChain(parts);
    } else if (calcChain !== decoder.decode(parts.get("xl/calcChain.xml"))) parts.set("xl/calcChain.xml", encoder.encode(calcChain));
  }
  result.bytes = zipParts(list.map((n) => [n, parts.get(n)!]));
  return result;
}
