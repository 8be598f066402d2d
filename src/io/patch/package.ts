// The package around the sheets: which part holds each sheet (workbook.xml and its relationships), and
// taking a part out of [Content_Types].xml and the workbook's relationships.
import { attr, decoder, encoder } from "./xml";

/** Part paths of the workbook's sheets, by sheet name (workbook.xml + its relationships). */
export function sheetParts(parts: Map<string, Uint8Array>): Map<string, string> {
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

/** Takes calcChain.xml out of [Content_Types].xml and the workbook's relationships (the part itself is the caller's to drop). */
export function dropCalcChain(parts: Map<string, Uint8Array>): void {
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
}
