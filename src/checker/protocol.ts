// The messages between the checker page and its worker. Files go in as bytes and never leave the
// browser; results come back as the CLI's JSON (src/output/json.ts), downloads as bytes made in the worker.
import type { FileJson } from "../output/json";
import type { FileReport } from "../usecases/check";
import type { BatchReview } from "../workbook";

/** One file's report as a worker keeps it (slimmed), gathered from every worker for 汇总.xlsx. */
export interface KeptReport {
  id: number;
  report: FileReport;
  /** The report as `selfeval check --json` prints it, where the page shows it (cross findings between files). */
  json?: FileJson;
}

/** What the page asks every worker (or the first) and gathers: each answer is a list of reports. */
export type Ask =
  /** Each worker's reports, for 汇总.xlsx and the batch's review. */
  | { type: "reports" }
  /** The reports of the files holding a 申报表 or 监控表, for the cross-checks between files. */
  | { type: "plans" }
  /** The files whose 自评表 shares a project with one of these plans (`CrossBatch.pending`), checked again in full. */
  | { type: "recheck"; plans: KeptReport[] }
  /** The cross findings between files (`CrossBatch.finish`), from the plans and the files checked again. */
  | { type: "cross"; plans: KeptReport[]; rechecked: KeptReport[] };

export type ToWorker =
  | { type: "check"; id: number; name: string; bytes: ArrayBuffer }
  /** A file the page could not read: the worker keeps it with its message, as a file that cannot be read. */
  | { type: "unreadable"; id: number; name: string; error: string }
  | { type: "fill"; id: number; fix: boolean }
  | { type: "report"; id: number }
  | { type: "ask"; ask: number; question: Ask }
  /** The batch ranked by its signals, and the sample when asked for (as `selfeval check --sample … --seed …`). */
  | { type: "review"; ask: number; batch: Batch }
  /** 汇总.xlsx, with the 统计 and 复核优先 sheets of the same review the page shows. */
  | { type: "summary"; batch: Batch };

/** What the batch's review and 汇总.xlsx are made of: every report, the cross findings between files, the sample. */
export interface Batch {
  reports: KeptReport[];
  crossFiles: KeptReport[];
  sample?: Sample;
}

/** A review sample: a share (0–1] or a count of tables, and the seed of its random part. */
export interface Sample {
  share?: number;
  count?: number;
  seed: number;
}

export type FromWorker =
  /** One file's result: exactly what `selfeval check --json` prints for it. */
  | { type: "checked"; id: number; result: FileJson }
  | { type: "answer"; ask: number; reports: KeptReport[] }
  | { type: "reviewed"; ask: number; review: BatchReview }
  | { type: "download"; id: number | null; name: string; bytes: ArrayBuffer; mime: string; note: string }
  | { type: "failed"; id: number | null; message: string };

export const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};
