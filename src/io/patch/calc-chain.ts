// calcChain.xml: entries of cells whose formula a write removed go.
import { attr, dropAttr, setAttr } from "./xml";

/** calcChain.xml without the given cells (each entry given its sheet index, since an entry may inherit it). */
export function pruneCalcChain(xml: string, sheetIndex: number, cells: Set<string>): string | null {
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
