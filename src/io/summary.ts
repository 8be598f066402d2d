// The reviewer's 汇总.xlsx: one row per recognised table (项目 or 部门整体) with its total, grade and
// count of findings by severity, a row for each file that could not be read, and a second sheet with
// every finding. The same numbers as `selfeval check --json`, always (both are made from the reports).
import { SEVERITY_NAMES, SUMMARY, baseNameOf } from "../messages";
import { ruleById, type CellValue, type SheetReport } from "../workbook";
import { writeXlsx } from "./xlsx-writer";

export interface SummaryFile {
  /** The file as given (a path, or a name in the browser); the summary shows its name without folder. */
  file: string;
  error?: string;
  sheets: SheetReport[];
}

export const baseName = baseNameOf;

function counts(s: SheetReport): [number, number, number] {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of s.findings) c[f.severity]++;
  return [c.error, c.warning, c.info];
}

/** The summary's first sheet as rows: the header, then one row per table and per unreadable file. */
export function summaryRows(files: SummaryFile[]): CellValue[][] {
  const rows: CellValue[][] = [SUMMARY.columns];
  for (const f of files) {
    const name = baseName(f.file);
    if (f.error) {
      rows.push([name, null, null, null, null, null, null, null, null, null, null, f.error]);
      continue;
    }
    for (const s of f.sheets) {
      if (s.kind === "unknown") continue;
      const total = s.total?.score ?? s.total?.printed ?? null;
      const note =
        s.total?.score === null || s.total?.score === undefined
          ? SUMMARY.totalNotComputed(s.total?.printed ?? null, s.total?.printedError)
          : null;
      rows.push([
        name,
        s.sheet,
        s.projectName || null,
        total,
        s.grade ?? null,
        ...counts(s),
        s.kind === "department" ? SUMMARY.department : SUMMARY.project,
        f.sheets.filter((x) => x.sheet === s.sheet && x.kind !== "unknown").length > 1 ? SUMMARY.table(s.table ?? 1, s.range ?? "") : null,
        s.total?.printed ?? null,
        note,
      ]);
    }
  }
  return rows;
}

/** The second sheet: every finding of every table. */
export function findingRows(files: SummaryFile[]): CellValue[][] {
  const rows: CellValue[][] = [SUMMARY.findingColumns];
  for (const f of files) {
    for (const s of f.sheets) {
      if (s.kind === "unknown") continue;
      for (const x of s.findings) {
        rows.push([
          baseName(f.file),
          s.sheet,
          x.cell,
          x.rule,
          SEVERITY_NAMES[x.severity],
          x.message,
          ruleById(x.rule)?.title ?? null,
          s.projectName || null,
        ]);
      }
    }
  }
  return rows;
}

export function summaryWorkbook(files: SummaryFile[]): Uint8Array {
  return writeXlsx([
    { name: SUMMARY.sheet, rows: summaryRows(files), widths: [28, 18, 28, 8, 6, 6, 6, 6, 10, 16, 10, 40] },
    { name: SUMMARY.findingSheet, rows: findingRows(files), widths: [28, 18, 8, 24, 6, 80, 14, 24] },
  ]);
}
