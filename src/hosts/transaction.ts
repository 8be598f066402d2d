// The write policy, once for every host: a command is refused whole before anything is written (a
// protected sheet, a cell changed since it was checked); a cell inside a merged area is left alone; a
// fix's number format goes only on a General cell; undo leaves a cell someone changed since; every cell
// is read back and the report says what really landed. Drivers only read and write.
import { PANE } from "../messages";
import { readBackReport, restoreInput, sameState, sameValue, typedInput, type WriteTarget } from "./cells";
import type { EditCells, HostDriver } from "./driver";
import { PortError, RefusedWhole, type CellState, type HostPort, type SheetWrites, type Snapshot, type WriteReport } from "./port";

/** All writes of one command, each read back; throws a PortError and writes nothing when it cannot be done whole. */
export function writeCommand(driver: HostDriver, batch: SheetWrites[]): Promise<WriteReport> {
  const targets: WriteTarget[] = batch.flatMap((b) =>
    b.writes.map((w) => ({
      sheet: b.sheet,
      cell: w.cell,
      meant: { formula: w.formula ? `=${w.formula}` : null, value: w.value, ...(w.format ? { format: w.format } : {}) },
    })),
  );
  const sheets = batch.map((b) => b.sheet);
  return driver.edit("write", sheets, targets, async (cells) => {
    // Refusals that concern the whole command come before any write: it lands whole or not at all.
    batch.forEach((b, s) => {
      if (cells.isProtected(s)) throw new PortError(PANE.protectedSheet(b.sheet));
    });
    const before = targets.map((_, i) => cells.state(i));
    targets.forEach((t, i) => {
      const expected = batch.find((b) => b.sheet === t.sheet)!.expected;
      if (t.cell in expected && !sameValue(before[i].value, expected[t.cell])) throw new PortError(PANE.changedSince(t.sheet, t.cell));
    });
    targets.forEach((t, i) => {
      const area = cells.interior(i);
      if (area) t.skip = PANE.mergedInterior(t.cell, area, driver.app);
      // A fix's number format goes only where the cell had none (as selfeval fill does).
      if (t.meant.format !== undefined && before[i].format !== "General") delete t.meant.format;
    });
    return writeAndReadBack(driver.app, cells, targets, before);
  });
}

/** Puts back what a write replaced; a cell a person changed after our write keeps their change. */
export function restoreCommand(driver: HostDriver, snapshot: Snapshot): Promise<WriteReport> {
  const targets: WriteTarget[] = snapshot.cells.map((c) => ({ sheet: c.sheet, cell: c.cell, meant: c.before, exact: true }));
  return driver.edit("restore", [], targets, async (cells) => {
    const now = targets.map((_, i) => cells.state(i));
    targets.forEach((t, i) => {
      if (!sameState(now[i], snapshot.cells[i].after)) t.skip = PANE.changedAfterWrite(t.cell);
    });
    return writeAndReadBack(driver.app, cells, targets, now);
  });
}

/**
 * Writes each target (format first, then formula or typed value), carries on past a cell the host refuses, and
 * reads every one back. A refusal of the whole command (RefusedWhole) puts back every cell already changed.
 */
async function writeAndReadBack(app: string, cells: EditCells, targets: WriteTarget[], before: CellState[]): Promise<WriteReport> {
  const failed = new Map<number, string>();
  const written: number[] = [];
  try {
    targets.forEach((t, i) => {
      if (t.skip) return;
      const { format, formula } = t.meant;
      const value = formula ? null : t.exact ? restoreInput(t.meant as CellState) : typedInput(t.meant.value, format ?? before[i].format);
      const refused = cells.write(i, { ...(format !== undefined ? { format } : {}), formula: formula || null, value });
      if (refused !== undefined) failed.set(i, PANE.hostFailed(app, refused));
      else written.push(i);
    });
    return readBackReport(targets, await cells.readBack(), before, app, failed);
  } catch (err) {
    if (err instanceof RefusedWhole) await putBack(cells, written, before);
    throw err;
  }
}

/**
 * Puts the cells written so far back as they were, where they changed: a host that writes cell by cell has
 * changed some; a batching host may or may not have kept the writes queued before the refused one (no
 * source says, docs/developer/host-evidence.md). Best effort: a cell that cannot be put back stays as it is.
 */
async function putBack(cells: EditCells, written: number[], before: CellState[]): Promise<void> {
  try {
    const now = await cells.readBack();
    let changed = false;
    for (const i of written) {
      if (sameState(now[i], before[i])) continue;
      const b = before[i];
      cells.write(i, { format: b.format, formula: b.formula, value: b.formula ? null : restoreInput(b) });
      changed = true;
    }
    if (changed) await cells.readBack();
  } catch {
    // The refusal's own message is what the user sees.
  }
}

/** The port the pane sees, over one host's driver. */
export function portOf(driver: HostDriver): HostPort {
  const guarded = async <T>(body: () => T | Promise<T>): Promise<T> => {
    try {
      return await body();
    } catch (err) {
      throw new PortError(err instanceof PortError ? err.message : driver.describe(err));
    }
  };
  return {
    support: () => driver.support(),
    readActiveSheet: () => guarded(() => driver.readActiveSheet()),
    readAllSheets: () => guarded(() => driver.readAllSheets()),
    select: (sheet, cell) => guarded(() => driver.select(sheet, cell)),
    write: (batch) => guarded(() => writeCommand(driver, batch)),
    restore: (snapshot) => guarded(() => restoreCommand(driver, snapshot)),
    ...(driver.openInBrowser ? { openInBrowser: driver.openInBrowser } : {}),
    ...(driver.saveFile ? { saveFile: driver.saveFile } : {}),
    ...(driver.closePane ? { closePane: driver.closePane } : {}),
    ...(driver.undoStore ? { undoStore: driver.undoStore } : {}),
    loadSetting: (key) => driver.loadSetting(key),
    saveSetting: (key, value) => driver.saveSetting(key, value),
  };
}
