// The messages between the checker page and its worker. Files go in as bytes and never leave the
// browser; results come back as the CLI's JSON (src/output/json.ts), downloads as bytes made in the worker.
import type { FileJson } from "../output/json";
import type { FileReport } from "../usecases/check";

/** One file's report as a worker keeps it (slimmed), gathered from every worker for 汇总.xlsx. */
export interface KeptReport {
  id: number;
  report: FileReport;
}

export type ToWorker =
  | { type: "check"; id: number; name: string; bytes: ArrayBuffer }
  | { type: "fill"; id: number; fix: boolean }
  | { type: "report"; id: number }
  /** Each worker's reports, for the worker that writes 汇总.xlsx. */
  | { type: "reports" }
  | { type: "summary"; reports: KeptReport[] };

export type FromWorker =
  /** One file's result: exactly what `selfeval check --json` prints for it. */
  | { type: "checked"; id: number; result: FileJson }
  | { type: "reports"; reports: KeptReport[] }
  | { type: "download"; id: number | null; name: string; bytes: ArrayBuffer; mime: string; note: string }
  | { type: "failed"; id: number | null; message: string };

export const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};
