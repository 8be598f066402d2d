// What the taskpane needs from Excel, as one small interface: the React code sees only this.
import type { CellValue, CellWrite, Grid } from "../../workbook";

export interface SheetWrites {
  sheet: string;
  writes: CellWrite[];
  /** The value each cell held when it was checked: a write is refused if a person changed it since. */
  expected: Record<string, CellValue>;
}

/** What a write replaced, to put back where Excel cannot group the write into one undo step. */
export interface Snapshot {
  cells: Array<{ sheet: string; cell: string; value: CellValue; format: string }>;
}

export interface ExcelPort {
  readActiveSheet(): Promise<Grid>;
  readAllSheets(): Promise<Grid[]>;
  select(sheet: string, cell: string): Promise<void>;
  /** All writes of one user command in one Excel.run; throws a PortError and writes nothing on failure. */
  write(batch: SheetWrites[]): Promise<Snapshot>;
  restore(snapshot: Snapshot): Promise<void>;
  /** True where Excel merges a command's writes into one Ctrl+Z step (ExcelApi 1.20). */
  undoGroups(): boolean;
  loadSetting(key: string): string | null;
  saveSetting(key: string, value: string): Promise<void>;
}

/** A failure already explained in Chinese for the person at the keyboard. */
export class PortError extends Error {}
