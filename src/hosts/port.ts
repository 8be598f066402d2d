// What the taskpane needs from a spreadsheet host (Excel through Office.js, WPS through its ET object
// model), as one small interface: the React code sees only this. Every write is read back, so the pane
// reports what really landed; every write keeps what it replaced, exactly, so it can be undone.
import type { CellValue, CellWrite, Grid } from "../workbook";

/** Cells read per sheet at most: keeps each read far below Excel on the web's 5 MB payload limit, and WPS quick. */
export const MAX_CELLS_PER_SHEET = 50_000;

export interface SheetWrites {
  sheet: string;
  writes: CellWrite[];
  /** The value each cell held when it was checked: a write is refused if a person changed it since. */
  expected: Record<string, CellValue>;
}

/** A cell as the host holds it: enough to put it back exactly (formula, value, text-ness, number format). */
export interface CellState {
  /** The formula with its "=", or null for a constant. */
  formula: string | null;
  value: CellValue;
  /** The value is text although it reads like a number, date or formula ("99.96%" typed with a leading '). */
  text: boolean;
  format: string;
}

/** What a write replaced, cell by cell: undo puts these back. */
export interface Snapshot {
  cells: Array<{ sheet: string; cell: string; before: CellState; after: CellState }>;
}

/** Where the last write's undo snapshot outlives the pane's page. */
export interface UndoStore {
  load(): Snapshot | null;
  save(snapshot: Snapshot | null): void;
}

/** One cell of a write, as read back from the host after it. */
export interface WriteOutcome {
  sheet: string;
  cell: string;
  landed: boolean;
  /** Why the cell does not hold what was written (in Chinese), when it does not. */
  why?: string;
  /** What the cell shows now. */
  now: CellValue;
}

export interface WriteReport {
  /** Every cell the write changed (landed as meant or not): undo touches nothing else. */
  snapshot: Snapshot;
  outcomes: WriteOutcome[];
}

/** What the host can do: checked once when the pane opens. */
export interface HostSupport {
  /** False on a host below what the pane needs; `message` says which version is needed. */
  ok: boolean;
  message?: string;
  /** The host merges one command's writes into one Ctrl+Z step (ExcelApi 1.20). */
  undoGroups: boolean;
  /** Name of the host and platform, for the status line ("Excel 网页版", "WPS 表格"). */
  hostName: string;
  /** Whether a file made in the pane can be handed over by a browser download (not in Excel for Mac). */
  downloads: boolean;
  /** What the person should know about this host, under the status line (WPS without worksheet functions). */
  note?: string;
}

export interface HostPort {
  support(): HostSupport;
  readActiveSheet(): Promise<Grid>;
  readAllSheets(): Promise<Grid[]>;
  select(sheet: string, cell: string): Promise<void>;
  /**
   * All writes of one user command in one batch, each read back. Throws a PortError and writes nothing
   * when the command cannot be done as a whole (protected sheet, a cell changed since the check).
   */
  write(batch: SheetWrites[]): Promise<WriteReport>;
  /** Puts back what a write replaced; cells a person changed since are left alone and reported. */
  restore(snapshot: Snapshot): Promise<WriteReport>;
  /** Opens one of our own pages in the system browser (Excel for Mac's way out of its web view); false where it cannot. */
  openInBrowser?(url: string): boolean;
  /**
   * Saves a file the pane made beside the workbook through the host's own file access (WPS), never over an
   * existing file, and reads it back: the path it landed at; null where the host has no file access (the
   * pane then offers a download); a PortError when the file did not land as made (nothing is left behind).
   */
  saveFile?(name: string, bytes: Uint8Array): Promise<string | null>;
  /** Hides the pane from inside it (WPS: while a docked pane is open the ribbon may take no clicks). */
  closePane?(): void;
  /** Keeps the last write's snapshot where a reload of the pane's page finds it again (WPS), for this workbook. */
  undoStore?: UndoStore;
  loadSetting(key: string): string | null;
  saveSetting(key: string, value: string): Promise<void>;
}

/** A failure already explained in Chinese for the person at the keyboard. */
export class PortError extends Error {}

/**
 * A host refused a command's write in a way that concerns the whole command (a protected sheet the host did
 * not report as protected beforehand): the shared transaction puts back what it already wrote, then rethrows.
 */
export class RefusedWhole extends PortError {}

/** A host the pane may be running in: detect.ts asks each in turn. */
export interface HostCandidate {
  /** The pane's build for this host (its taskpane.html's data-host), so a page outside every host says which it needs. */
  id: string;
  /** What the pane says when it runs outside this host. */
  outside: string;
  /**
   * False when the page is not in this host. Otherwise true, and `found` is called with the port now or
   * once the host is ready (null: the host's library is there but the application is not one the pane runs in).
   */
  find(found: (port: HostPort | null) => void): boolean;
}
