// What the cross-checks compare by (domain §8): a project's name and an indicator's name as keys (spaces,
// punctuation and a unit in parentheses do not count), and a 年度指标值 read by the scoring parser, so
// "≥20集" and "不少于20集" are one target.
import { alignToTarget, normalizeText, parseValue, type Value } from "../scoring";
import { displayText, oneNotation } from "./evaluate";
import type { CellValue } from "./grid";
import type { CellRef } from "./model";

const PUNCTUATION = /[\s\p{P}\p{S}]/gu;

/** A project's name as a key: spaces and punctuation removed, full-width forms folded. */
export function projectKey(name: string): string {
  return name.normalize("NFKC").replace(PUNCTUATION, "");
}

/** An indicator's name as a key: a leading number ("1、"), a unit in parentheses at the end, spaces and punctuation removed. */
export function indicatorKey(name: string): string {
  return name
    .normalize("NFKC")
    .trim()
    .replace(/^[\d一二三四五六七八九十]+[、.)]\s*/, "")
    .replace(/[(（][^()（）]*[)）]\s*$/, "")
    .replace(PUNCTUATION, "");
}

/** A 年度指标值 as the scoring parser reads it: text as written, a number with its cell's format. */
export function targetValue(text: CellValue, cell: CellRef | null): Value {
  if (typeof text === "string") return parseValue(text);
  return parseValue(text as number | boolean | null, { numberFormat: cell?.format });
}

/** A 年度指标值 as a person reads it: the table's words, signs in one notation. */
export function targetWords(text: CellValue, cell: CellRef | null): string {
  return typeof text === "string" ? oneNotation(text.trim()) : displayText(cell);
}

const MONEY = new Set(["元", "万元", "亿元", "千元"]);
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether two targets say the same: one operator and amount (units aligned: 万元 and 元, a bare fraction and a
 * percent), the same words, the same deadline. null when either is blank (nothing to compare).
 */
export function sameTarget(a: Value, b: Value): boolean | null {
  if (a.kind === "blank" || b.kind === "blank") return null;
  if (a.kind === "quantity" && b.kind === "quantity") {
    if (a.op !== b.op) return false;
    if (a.unit === b.unit) return near(a.value, b.value);
    if (MONEY.has(a.unit) && MONEY.has(b.unit)) return near(alignToTarget(a, b).value, a.value);
    if (a.unit === "" || b.unit === "") {
      const [bare, other] = a.unit === "" ? [a, b] : [b, a];
      if (near(bare.value, other.value)) return true;
      return other.unit === "%" && bare.bare && near(bare.value * 100, other.value);
    }
    return false;
  }
  if (a.kind === "qualitative" && b.kind === "qualitative")
    return normalizeText(a.text).replace(PUNCTUATION, "") === normalizeText(b.text).replace(PUNCTUATION, "");
  if (a.kind === "deadline" && b.kind === "deadline") return a.op === b.op && a.ordinal === b.ordinal;
  return false;
}
