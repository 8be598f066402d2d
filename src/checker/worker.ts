// The web checker's worker: the CLI's use cases (src/usecases) on the bytes the page hands over, so the
// page stays responsive however many workbooks are dropped. Keeps each file's bytes until the page is
// cleared, to make its downloads (the filled workbook, the report) and the batch's 汇总.xlsx on request.
import { browserFormulaEngine } from "../formula/browser";
import { muteLibraryConsole } from "../io/quiet";
import { DEFAULT_LIMITS } from "../io/read";
import { CHECKER, CLI } from "../messages";
import { fileJson } from "../output/json";
import { summaryWorkbook } from "../output/summary";
import { CrossBatch, checkBytes, checkLoaded, loadBytes, slim, type EngineEnv, type FileReport } from "../usecases/check";
import { fillBytes, planFill } from "../usecases/fill";
import { reportDocx, reportTables } from "../usecases/report";
import { buildReport, reviewBatch, type BatchReview } from "../workbook";
import { MIME, type Ask, type Batch, type FromWorker, type KeptReport, type ToWorker } from "./protocol";

muteLibraryConsole();
const env: EngineEnv = { limits: DEFAULT_LIMITS, formulas: browserFormulaEngine, unexpected: CHECKER.unexpected };
const files = new Map<number, { name: string; bytes: Uint8Array; report: FileReport }>();

const post = (message: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

function download(id: number | null, name: string, bytes: Uint8Array, mime: string, note: string): void {
  const copy = bytes.slice().buffer;
  post({ type: "download", id, name, bytes: copy, mime, note }, [copy]);
}

const detailOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** A file kept with its report (for downloads, 汇总.xlsx and the review), and its result told to the page. */
function keep(id: number, name: string, bytes: Uint8Array, report: FileReport): void {
  files.set(id, { name, bytes, report });
  post({ type: "checked", id, result: fileJson(report) });
}

/**
 * A file's check. Whatever goes wrong, the file is kept with its message as its report, so that it is counted
 * in 汇总.xlsx's 统计 as the page shows it (an unreadable file), and the page hears back about it.
 */
async function check(id: number, name: string, bytes: Uint8Array): Promise<void> {
  let kept: FileReport;
  try {
    const report = await checkBytes(name, bytes, env);
    kept = { ...report, sheets: report.sheets.map(slim) };
  } catch (err) {
    kept = { file: name, error: CHECKER.unexpected(name, detailOf(err)), sheets: [] };
  }
  keep(id, name, bytes, kept);
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

/** The batch's review, as `selfeval check` makes it: the files in the order they were chosen, the sample with its seed. */
function review(batch: Batch): BatchReview {
  const s = batch.sample;
  return reviewBatch(
    byId(batch.reports).map((r) => r.report),
    {
      crossFiles: byId(batch.crossFiles).map((r) => r.report),
      ...(s ? { sample: s.share !== undefined ? { share: s.share } : { count: s.count }, seed: s.seed } : {}),
    },
  );
}

/** 汇总.xlsx from every worker's reports (the page gathers them), in the order the files were chosen, with 统计 and 复核优先. */
function summary(batch: Batch): void {
  const files = byId(batch.reports).map((r) => r.report);
  const crossFiles = byId(batch.crossFiles).map((r) => r.report);
  download(null, CHECKER.summaryName, summaryWorkbook(files, { review: review(batch), crossFiles }), MIME.xlsx, "");
}

const byId = (list: KeptReport[]) => [...list].sort((a, b) => a.id - b.id);
const holdsPlan = (r: FileReport) => r.sheets.some((s) => s.declaration || s.monitoring);

/**
 * The cross-checks between files, as `selfeval check` makes them (CrossBatch), spread over the workers: each
 * worker checks again the files it holds whose 自评表 shares a project with a plan of the batch; the first
 * compares them all with the plans at once, in the order the files were chosen, as the CLI does.
 */
function crossBatch(plans: KeptReport[], own: KeptReport[] = []): CrossBatch {
  const batch = new CrossBatch();
  const planIds = new Set(plans.map((p) => p.id));
  for (const r of byId([...plans, ...own.filter((o) => !planIds.has(o.id))])) batch.add(r.report);
  return batch;
}

async function answer(question: Ask): Promise<KeptReport[]> {
  const own = [...files].map(([id, f]) => ({ id, report: f.report }));
  if (question.type === "reports") return own;
  if (question.type === "plans") return own.filter((r) => holdsPlan(r.report));
  if (question.type === "recheck") {
    const pending = new Set(crossBatch(question.plans, own).pending());
    const out: KeptReport[] = [];
    for (const [id, f] of files)
      if (pending.has(f.name) && !f.report.error && !holdsPlan(f.report)) out.push({ id, report: await checkBytes(f.name, f.bytes, env) });
    return out;
  }
  // Each file's cross findings, told back by its id (two files of one name are told apart by their order).
  const rechecked = byId(question.rechecked);
  const found = crossBatch(question.plans).finish(rechecked.map((r) => r.report));
  const left = [...rechecked];
  return found.map((report) => {
    const at = left.findIndex((r) => r.report.file === report.file);
    return { id: left.splice(at, 1)[0].id, report, json: fileJson(report) };
  });
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  try {
    if (m.type === "check") await check(m.id, m.name, new Uint8Array(m.bytes));
    // A file the page could not read (moved, deleted, locked): kept with its message, as a file that cannot be read.
    else if (m.type === "unreadable") keep(m.id, m.name, new Uint8Array(0), { file: m.name, error: m.error, sheets: [] });
    else if (m.type === "fill") await fill(m.id, m.fix);
    else if (m.type === "report") await report(m.id);
    else if (m.type === "ask") post({ type: "answer", ask: m.ask, reports: await answer(m.question) });
    else if (m.type === "review") post({ type: "reviewed", ask: m.ask, review: review(m.batch) });
    else if (m.type === "summary") summary(m.batch);
  } catch (err) {
    const id = "id" in m ? m.id : null;
    const name = "name" in m ? m.name : id !== null ? (files.get(id)?.name ?? "") : "";
    post({ type: "failed", id, message: CHECKER.unexpected(name, detailOf(err)) });
    // A question is always answered, so the page's gathering ends.
    if (m.type === "ask") post({ type: "answer", ask: m.ask, reports: [] });
  }
};
