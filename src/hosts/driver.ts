// What one host must provide: raw reads and writes, and the facts the write policy asks about. The
// port the pane sees is built from a driver by portOf (transaction.ts): every host error becomes a
// PortError in Chinese, and every write and undo goes through the one shared transaction.
import type { CellValue, Grid } from "../workbook";
import type { CellState, HostPort } from "./port";

/** One command's writes, or the undo of one. Excel groups the first into one Ctrl+Z step where it can. */
export type EditKind = "write" | "restore";

export interface CellRef {
  sheet: string;
  cell: string;
}

/** What to put in a cell: the number format first (when given), then the formula or else the value as typed. */
export interface CellInput {
  format?: string;
  formula: string | null;
  value: CellValue;
}

/**
 * The cells of one command, opened by HostDriver.edit: indexes are those of its `sheets` and `cells`.
 * A batching host (Excel) has loaded every fact in one round trip before the policy asks; a synchronous
 * host (WPS) answers each question when asked.
 */
export interface EditCells {
  /** Whether the sheet is protected against edits. */
  isProtected(sheet: number): boolean;
  /** What the cell holds now. */
  state(cell: number): CellState;
  /** The merged area the cell lies inside, as an address, when it is not that area's top-left cell. */
  interior(cell: number): string | null;
  /**
   * Writes (or queues) one cell. A host that writes cell by cell returns its reason when it refused this
   * one, and the others still go in; a failure of the whole command is thrown.
   */
  write(cell: number, input: CellInput): string | undefined;
  /** Every cell as it is after the writes (a batching host sends its queued writes first). */
  readBack(): Promise<CellState[]>;
}

/** What the port hands through from the driver as it is (the rest goes through the shared transaction). */
type PassedThrough = "support" | "openInBrowser" | "saveFile" | "closePane" | "undoStore" | "loadSetting" | "saveSetting";

export interface HostDriver extends Pick<HostPort, PassedThrough> {
  /** The host's name in messages ("Excel", "WPS 表格"). */
  readonly app: string;
  /** A host's own error, in Chinese, for the person at the keyboard. */
  describe(err: unknown): string;
  readActiveSheet(): Grid | Promise<Grid>;
  readAllSheets(): Grid[] | Promise<Grid[]>;
  select(sheet: string, cell: string): void | Promise<void>;
  /** Opens `sheets` and `cells` for one command and runs `body` on them within one host batch. */
  edit<T>(kind: EditKind, sheets: string[], cells: CellRef[], body: (cells: EditCells) => Promise<T>): Promise<T>;
}
