// The page's side of the workers. The worker's code ships as a string in checker-worker-source.js, loaded
// by a <script> tag and started from a blob: URL: that works from an intranet server and from disk
// (file://), where a browser refuses new Worker("worker.js"). Nothing is fetched. A batch is shared
// among one worker per core but one (at least 1, at most 4); each file stays with the worker that read
// it, which also makes its downloads.
import type { BatchReview } from "../workbook";
import type { Ask, Batch, FromWorker, KeptReport, ToWorker } from "./protocol";

declare global {
  interface Window {
    __JX_CHECKER_WORKER?: string;
  }
}

const SOURCE = "checker-worker-source.js";
const MAX_WORKERS = 4;

function loadSource(): Promise<string> {
  if (window.__JX_CHECKER_WORKER) return Promise.resolve(window.__JX_CHECKER_WORKER);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = SOURCE;
    script.onload = () => (window.__JX_CHECKER_WORKER ? resolve(window.__JX_CHECKER_WORKER) : reject(new Error(SOURCE)));
    script.onerror = () => reject(new Error(SOURCE));
    document.head.appendChild(script);
  });
}

export interface CheckerClient {
  /** Sends a file's message to the worker that holds (or will hold) that file. */
  send(message: Extract<ToWorker, { id: number }>, transfer?: Transferable[]): void;
  /** Asks every worker (or only the first) and gathers their answers, in the order the files were chosen. */
  ask(question: Ask, only?: "first"): Promise<KeptReport[]>;
  /** The batch ranked by its signals, with the sample when asked for (made by the first worker). */
  review(batch: Batch): Promise<BatchReview>;
  /** 汇总.xlsx of the batch (with its cross findings, 统计 and 复核优先); arrives as a download message. */
  summary(batch: Batch): void;
}

/** Starts the workers (once); `listen` gets every message they send, `fail` a worker that could not start or crashed. */
export async function startWorker(listen: (m: FromWorker) => void, fail: (detail: string) => void): Promise<CheckerClient> {
  const source = await loadSource();
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  // One core stays with the page (and the rest of the computer).
  const count = Math.max(1, Math.min(MAX_WORKERS, (navigator.hardwareConcurrency || 2) - 1));
  type Fail = (err: Error) => void;
  const reviews = new Map<number, { resolve: (r: BatchReview) => void; reject: Fail }>();
  const asked = new Map<number, { reports: KeptReport[]; waiting: number; resolve: (r: KeptReport[]) => void }>();
  // A worker that failed on a batch-wide task (no file's id) sends no review: the pending reviews fail with it, so
  // nothing waits for ever; the page shows the message (listen) and keeps working. (A question is always answered.)
  const failPending = (message: string) => {
    for (const p of reviews.values()) p.reject(new Error(message));
    reviews.clear();
  };
  let nextAsk = 1;
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(url);
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === "reviewed") {
        reviews.get(m.ask)?.resolve(m.review);
        reviews.delete(m.ask);
        return;
      }
      if (m.type === "failed" && m.id === null) failPending(m.message);
      if (m.type !== "answer") return listen(m);
      const gathering = asked.get(m.ask);
      if (!gathering) return;
      gathering.reports.push(...m.reports);
      if (--gathering.waiting > 0) return;
      asked.delete(m.ask);
      gathering.resolve(gathering.reports.sort((a, b) => a.id - b.id));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fail(e.message || "worker");
    };
    return worker;
  });
  return {
    send: (message, transfer = []) => workers[message.id % count].postMessage(message, transfer),
    ask: (question, only) =>
      new Promise((resolve) => {
        const ask = nextAsk++;
        const to = only ? workers.slice(0, 1) : workers;
        asked.set(ask, { reports: [], waiting: to.length, resolve });
        for (const w of to) w.postMessage({ type: "ask", ask, question } satisfies ToWorker);
      }),
    review: (batch) =>
      new Promise((resolve, reject) => {
        const ask = nextAsk++;
        reviews.set(ask, { resolve, reject });
        workers[0].postMessage({ type: "review", ask, batch } satisfies ToWorker);
      }),
    summary: (batch) => workers[0].postMessage({ type: "summary", batch } satisfies ToWorker),
  };
}

/**
 * The batch's cross findings between files, as `selfeval check` reports them under 跨文件核对: nothing is
 * checked again unless a file holds a 申报表 or 监控表 and another a 自评表 of the same project.
 */
export async function crossFiles(client: CheckerClient): Promise<KeptReport[]> {
  const plans = await client.ask({ type: "plans" });
  if (plans.length === 0) return [];
  const rechecked = await client.ask({ type: "recheck", plans });
  if (rechecked.length === 0) return [];
  return client.ask({ type: "cross", plans, rechecked }, "first");
}
