// What the pane says about its commands, as pure functions over the checked sheets and the host's write
// reports: titles of tables, the old → new lines of a preview, the notice after a write, 总分 that moved.
import { PANE, fmt } from "../messages";
import { PortError, type SheetWrites, type WriteReport } from "../hosts/port";
import type { Notice } from "./components/StatusBar";
import { cellValue, showValue, type CheckedSheet } from "./session";

/** The sheet's name, and which of its tables when it holds several. */
export function tableTitle(s: CheckedSheet, all: CheckedSheet[]): string {
  const several = all.filter((x) => x.report.sheet === s.report.sheet && x.report.kind !== "unknown").length > 1;
  return several ? PANE.tableTitle(s.report.sheet, s.report.table ?? 1, s.report.projectName ?? "") : s.report.sheet;
}

export function errorText(err: unknown): string {
  return err instanceof PortError ? err.message : PANE.unexpected(err instanceof Error ? err.message : String(err));
}

/** Each cell of a batch, old → new, as the preview lists it. */
export function writeItems(
  batch: SheetWrites[],
  sheets: CheckedSheet[],
  text: (b: SheetWrites, cell: string, now: string, next: string) => string,
) {
  const bySheet = new Map(sheets.map((s) => [s.report.sheet, s]));
  return batch.flatMap((b) =>
    b.writes.map((w) => {
      const prefix = batch.length > 1 ? `${b.sheet}!` : "";
      const sheet = bySheet.get(b.sheet);
      const now = sheet ? showValue(cellValue(sheet.grid, w.cell)) : "";
      const next = w.formula ? PANE.formulaResult(w.formula, showValue(w.value)) : showValue(w.value);
      return { key: `${b.sheet}!${w.cell}`, cell: `${prefix}${w.cell}`, text: text(b, w.cell, now, next) };
    }),
  );
}

/** What a write or undo did, for the notice: how many landed, and each cell that did not, with why. */
export function outcomeNotice(report: WriteReport, done: (n: number) => string, extra: string[] = []): Notice {
  const failed = report.outcomes.filter((o) => !o.landed);
  const landed = report.outcomes.length - failed.length;
  const details = [...failed.map((o) => PANE.outcome(`${o.sheet}!${o.cell}`, o.why ?? "")), ...extra];
  if (failed.length === 0) return { intent: "success", text: done(landed), details };
  return {
    intent: landed === 0 ? "error" : "warning",
    text: `${landed > 0 ? done(landed) : ""}${PANE.notWritten(failed.length, report.outcomes.length)}`,
    details,
  };
}

/** Each table whose printed 总分 differs after a command, in words. */
export function totalsMoved(before: CheckedSheet[], after: CheckedSheet[]): string[] {
  return after.flatMap((s) => {
    const old = before.find((b) => b.report.sheet === s.report.sheet && b.report.table === s.report.table);
    const [a, b] = [old?.report.total?.printed, s.report.total?.printed];
    if (a === undefined || b === undefined || a === null || b === null || Math.abs(a - b) < 0.005) return [];
    return [PANE.totalNow(tableTitle(s, after), fmt.score(a), fmt.score(b))];
  });
}
