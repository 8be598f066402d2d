// Comparing what a table printed with what the rules compute, at the precision it printed
// (domain §3, last paragraph): "86%" agrees with 86.20 %, "99.96%" does not agree with 99.76 %.
import { normalizeText } from "./values";

const EPSILON = 1e-9;

/** Decimals a number format shows ("0.00%" → 2, "0" → 0); null for General or unknown formats. */
export function formatDecimals(numberFormat: string | undefined): number | null {
  if (!numberFormat || /^general$/i.test(numberFormat.trim())) return null;
  const section = numberFormat.split(";")[0].replace(/"[^"]*"|\\./g, "");
  if (!/[0#?]/.test(section)) return null;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** Decimals written in a text ("99.96%" → 2) or carried by a plain number (8.62 → 2). */
export function writtenDecimals(value: number | string): number {
  if (typeof value === "number" && Number.isInteger(value)) return 0;
  const text = typeof value === "number" ? shortest(value) : normalizeText(value);
  const m = /\d+(?:\.(\d+))?/.exec(text.replace(/,/g, ""));
  return m && m[1] ? m[1].length : 0;
}

function shortest(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/** Does the printed figure agree with the computed one when rounded to the printed decimals? */
export function agreesAtPrecision(printed: number, decimals: number, computed: number): boolean {
  return Math.abs(printed - computed) <= 0.5 * 10 ** -decimals + EPSILON;
}

export type Agreement = "equal" | "rounding" | "different";

/**
 * A printed score against the rule's score (two decimals). Agreeing at two decimals is equal;
 * agreeing only at the coarser precision the table printed, or one unit off in the last place, is
 * a rounding difference (9 against 8.62); anything else is a different score.
 */
export function compareScore(printed: number, decimals: number, computed: number): Agreement {
  if (agreesAtPrecision(printed, 2, computed)) return "equal";
  if (decimals < 2 && agreesAtPrecision(printed, decimals, computed)) return "rounding";
  if (Math.abs(printed - computed) <= 0.01 + EPSILON) return "rounding";
  return "different";
}

/** A printed rate (in percent) against the computed rate (in percent). */
export function compareRate(printedPercent: number, decimals: number, computedPercent: number): Agreement {
  return agreesAtPrecision(printedPercent, decimals, computedPercent) ? "equal" : "different";
}
