// The web checker's worker: the CLI's use cases (src/usecases) on the bytes the page hands over, so the
// page stays responsive however many workbooks are dropped. Keeps each file's bytes until the page is
// cleared, to make its downloads (the filled workbook, the report) and the batch's 汇总.xlsx on request.
import { browserFormulaEngine } from "../formula/browser";
import { muteLibraryConsole } from "../io/quiet";
import { DEFAULT_LIMITS } from "../io/read";
import { CHECKER, CLI } from "../messages";
import { fileJson } from "../output/json";
import { summaryWorkbook } from "../output/summary";
import { checkBytes, checkLoaded, loadBytes, slim, type EngineEnv, type FileReport } from "../usecases/check";
import { fillBytes, planFill } from "../usecases/fill";
import { reportDocx, reportTables } from "../usecases/report";
import { buildReport } from "../workbook";
import { MIME, type FromWorker, type KeptReport, type ToWorker } from "./protocol";

muteLibraryConsole();
const env: EngineEnv = { limits: DEFAULT_LIMITS, formulas: browserFormulaEngine, unexpected: CHECKER.unexpected };
const files = new Map<number, { name: string; bytes: Uint8Array; report: FileReport }>();

const post = (message: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

function download(id: number | null, name: string, bytes: Uint8Array, mime: string, note: string): void {
  const copy = bytes.slice().buffer;
  post({ type: "download", id, name, bytes: copy, mime, note }, [copy]);
}

async function check(id: number, name: string, bytes: Uint8Array): Promise<void> {
  const report = await checkBytes(name, bytes, env);
  const kept = { ...report, sheets: report.sheets.map(slim) };
  files.set(id, { name, bytes, report: kept });
  post({ type: "checked", id, result: fileJson(kept) });
}

async function fill(id: number, fix: boolean): Promise<void> {
  const f = files.get(id);
  if (!f) return;
  const loaded = await loadBytes(f.name, f.bytes, env);
  const plan = await planFill(loaded, env, { fix });
  if (plan.tables === 0) {
    post({ type: "failed", id, message: CHECKER.fillNothing(f.name) });
    return;
  }
  const filled = fillBytes(loaded, plan);
  const ext = !filled.converted && /\.xlsm$/i.test(f.name) ? ".xlsm" : ".xlsx";
  download(
    id,
    CHECKER.filledName(f.name, fix, ext),
    filled.bytes,
    ext === ".xlsm" ? MIME.xlsm : MIME.xlsx,
    CHECKER.fillNote(plan.changes.length, filled.converted),
  );
}

async function report(id: number): Promise<void> {
  const f = files.get(id);
  if (!f) return;
  const tables = reportTables([checkLoaded(f.name, await loadBytes(f.name, f.bytes, env))]);
  if (tables.length === 0) {
    post({ type: "failed", id, message: CLI.reportNothing });
    return;
  }
  const { name, bytes } = await reportDocx(buildReport(tables));
  download(id, name, bytes, MIME.docx, CHECKER.reportNote);
}

/** 汇总.xlsx from every worker's reports (the page gathers them), in the order the files were chosen. */
function summary(reports: KeptReport[]): void {
  const batch = [...reports].sort((a, b) => a.id - b.id).map((r) => r.report);
  download(null, CHECKER.summaryName, summaryWorkbook(batch), MIME.xlsx, "");
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  try {
    if (m.type === "check") await check(m.id, m.name, new Uint8Array(m.bytes));
    else if (m.type === "fill") await fill(m.id, m.fix);
    else if (m.type === "report") await report(m.id);
    else if (m.type === "reports") post({ type: "reports", reports: [...files].map(([id, f]) => ({ id, report: f.report })) });
    else if (m.type === "summary") summary(m.reports);
  } catch (err) {
    const id = "id" in m ? m.id : null;
    const name = id !== null ? (files.get(id)?.name ?? "") : "";
    post({ type: "failed", id, message: CHECKER.unexpected(name, err instanceof Error ? err.message : String(err)) });
  }
};
