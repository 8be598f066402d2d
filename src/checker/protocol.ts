// The messages between the checker page and its worker. Files go in as bytes and never leave the
// browser; results come back as the CLI's JSON (fileJson), downloads as bytes made in the worker.

export type ToWorker =
  | { type: "check"; id: number; name: string; bytes: ArrayBuffer }
  | { type: "fill"; id: number; fix: boolean }
  | { type: "report"; id: number }
  /** Each worker's reports, for the worker that writes 汇总.xlsx. */
  | { type: "reports" }
  | { type: "summary"; reports: Array<{ id: number; report: unknown }> };

/** One file's result: exactly what `selfeval check --json` prints for it. */
export interface CheckedFile {
  file: string;
  error?: string;
  unreadableSheets?: Array<{ sheet: string; error: string }>;
  sheets: CheckedTable[];
}

export interface CheckedTable {
  sheet: string;
  table?: number;
  range?: string;
  kind: "project" | "department" | "unknown";
  layout?: string;
  profile?: string;
  projectName?: string;
  unitName?: string;
  budget?: { rate?: number | null; lines?: Array<{ label: string; rate: number | null }> };
  total?: { score: number | null; printed: number | null; printedError?: string };
  grade?: string | null;
  findings: Array<{ rule: string; severity: "error" | "warning" | "info"; cell: string; message: string }>;
}

export type FromWorker =
  | { type: "checked"; id: number; result: CheckedFile }
  | { type: "reports"; reports: Array<{ id: number; report: unknown }> }
  | { type: "download"; id: number | null; name: string; bytes: ArrayBuffer; mime: string; note: string }
  | { type: "failed"; id: number | null; message: string };

export const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};
