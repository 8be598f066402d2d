// Reads targets and actuals as real 自评表 cells write them (domain §2): one cell in, one Value out.
import { gradeText } from "./qualitative";
import { readDeadline, readQuantity, roundFloat } from "./quantity";
import type { CellInput, Deadline, Value } from "./value-types";
import { normalizeText } from "./words";

export * from "./value-types";
export { gradeText } from "./qualitative";
export { alignToTarget, formatQuantity, OPERATOR_SYMBOL, roundFloat } from "./quantity";
export { normalizeText, parseChineseNumber } from "./words";

const EMPTY_LIKE = new Set(["", "—", "–", "-", "--", "——", "/", "*", "无", "、", "…", "n/a", "N/A"]);

export interface ParseOptions {
  /** The cell's number format; a percent format turns 0.97 into 97 %. */
  numberFormat?: string;
}

/** A date format ("yyyy/m/d", "yyyy\"年\"m\"月\"", "mmm-yy"…): Excel then hands over a day serial. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[yd]/i.test(bare) && !/%/.test(bare) && !/^[#0.,\s]*$/.test(bare);
}

/** An Excel day serial (1900 date system) as a dated value, e.g. 45260 → 2023年11月30日. */
function dateOfSerial(serial: number): Deadline {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return { kind: "deadline", op: "=", ordinal: y * 12 + m, text: `${y}年${m}月${d}日` };
}

export function isPercentFormat(format: string | undefined): boolean {
  return !!format && /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}

/**
 * Reads one cell. Never throws: anything it cannot read as a number, a deadline or a grade
 * comes back as qualitative text with grade null, for the caller to report.
 */
export function parseValue(input: CellInput, options: ParseOptions = {}): Value {
  if (input === null || input === undefined) return { kind: "blank" };
  if (typeof input === "object") {
    // Excel hands a linked data type or entity over as an object; its basicValue is the cell's value.
    const basic = (input as { basicValue?: unknown }).basicValue;
    return basic !== undefined && typeof basic !== "object" ? parseValue(basic as CellInput, options) : { kind: "blank" };
  }
  if (typeof input === "boolean") {
    return { kind: "qualitative", text: input ? "是" : "否", grade: input ? "achieved" : "notAchieved", negative: !input };
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { kind: "blank" };
    if (isDateFormat(options.numberFormat)) return dateOfSerial(input);
    if (isPercentFormat(options.numberFormat)) {
      return { kind: "quantity", op: ">=", value: roundFloat(input * 100), unit: "%", explicitOp: false, bare: false };
    }
    return { kind: "quantity", op: input === 0 ? "=" : ">=", value: input, unit: "", explicitOp: false, bare: true };
  }
  const raw = String(input);
  const text = normalizeText(raw);
  if (EMPTY_LIKE.has(text)) return { kind: "blank" };
  const deadline = readDeadline(text);
  if (deadline) return deadline;
  const quantity = readQuantity(text);
  if (quantity) return quantity;
  const graded = gradeText(text);
  return { kind: "qualitative", text: raw.trim(), grade: graded.grade, negative: graded.negative };
}
