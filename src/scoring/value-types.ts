// What a target or an actual reads as (domain §2): a quantity, graded words, a deadline or nothing.

export type Operator = ">=" | ">" | "=" | "<=" | "<";
export type Grade = "achieved" | "partial" | "notAchieved";

/** What a spreadsheet cell hands over: a number, text, a boolean or nothing. */
export type CellInput = number | string | boolean | null | undefined;

export interface Quantity {
  kind: "quantity";
  op: Operator;
  value: number;
  /** Canonical unit ("%" for 百分比 and percent formats), "" when none was written. */
  unit: string;
  /** False when no operator was written: "0次" reads as "= 0", anything else as "≥". */
  explicitOp: boolean;
  /** A bare number with no unit or percent format: may be a fraction of a percent target. */
  bare: boolean;
}

export interface Qualitative {
  kind: "qualitative";
  text: string;
  /** How the words grade themselves; null when they carry no verdict we recognise. */
  grade: Grade | null;
  /** The words deny ("不合规", "未建立", "否"). */
  negative: boolean;
}

/** A deadline such as "2023年12月前": year and month as one ordinal (year × 12 + month). */
export interface Deadline {
  kind: "deadline";
  op: "<=" | "=";
  ordinal: number;
  text: string;
}

export interface Blank {
  kind: "blank";
}

export type Value = Quantity | Qualitative | Deadline | Blank;
