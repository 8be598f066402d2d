// What a patch is given and what it reports.
import type { CellWrite } from "../../workbook";

export interface SheetEdit {
  sheet: string;
  writes: CellWrite[];
}

export interface PatchOptions {
  /** Each cell's formula as the reader expanded it (shared formulas included), to keep a shared group's other cells. */
  formulaAt?: (sheet: string, cell: string) => string | undefined;
}

export interface PatchResult {
  bytes: Uint8Array;
  /** Writes that were not made, each with why (an array formula's range, a sheet not in the package). */
  skipped: Array<{ sheet: string; cell: string; why: "array-formula" | "no-sheet" }>;
  /** Rows given a taller height so long text shows (sheet, 1-based row, points). */
  heights: Array<{ sheet: string; row: number; height: number }>;
}
