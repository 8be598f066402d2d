// What the checker reports (domain §4): a rule id, a severity, the cell to look at, a message.
import type { CellValue } from "./grid";
import type { RuleId } from "./rules";

export type Severity = "error" | "warning" | "info";
export type { RuleId };

/**
 * A deterministic correction: the value (and number format, for a blank cell) to write; or a formula
 * to write (without "="), with the value it gives today for showing.
 */
export interface Fix {
  value: CellValue;
  format?: string;
  formula?: string;
  /** The formula the cell held, when the fix writes a value over it (shown to the person before writing). */
  replaces?: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** A1 address of the cell to look at (top-left of a merged area). */
  cell: string;
  message: string;
  fix?: Fix;
}
