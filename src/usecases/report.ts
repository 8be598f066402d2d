// "Report": the Word 自评报告 of checked files' tables, for selfeval report and the web checker's download.
// The Word writer loads on the first report only, so checking and filling start without it. No file system.
import type { ReportOutline, SheetReport } from "../workbook";
import { isSelfEvaluation, reportFileName } from "../workbook";
import type { FileReport } from "./check";

/** The tables a report covers: every 自评表 of the files, in order (a 申报表 or 监控表 is not reported on). */
export function reportTables(files: FileReport[]): SheetReport[] {
  return files.flatMap((f) => f.sheets).filter(isSelfEvaluation);
}

/** The report (from buildReport) as .docx bytes, with the file name the pane and the checker give it. */
export async function reportDocx(outline: ReportOutline): Promise<{ name: string; bytes: Uint8Array }> {
  const { reportBytes } = await import("../output/docx");
  return { name: reportFileName(outline), bytes: await reportBytes(outline) };
}
