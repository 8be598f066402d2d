// The page's side of the workers. The worker's code ships as a string in checker-worker-source.js, loaded
// by a <script> tag and started from a blob: URL: that works from an intranet server and from disk
// (file://), where a browser refuses new Worker("worker.js"). Nothing is fetched. A batch is shared
// among one worker per core but one (at least 1, at most 4); each file stays with the worker that read
// it, which also makes its downloads.
import type { FromWorker, KeptReport, ToWorker } from "./protocol";

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
  /** 汇总.xlsx of every file every worker has read; arrives as a download message. */
  summary(): void;
}

/** Starts the workers (once); `listen` gets every message they send, `fail` a worker that could not start or crashed. */
export async function startWorker(listen: (m: FromWorker) => void, fail: (detail: string) => void): Promise<CheckerClient> {
  const source = await loadSource();
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  // One core stays with the page (and the rest of the computer).
  const count = Math.max(1, Math.min(MAX_WORKERS, (navigator.hardwareConcurrency || 2) - 1));
  let gathering: { reports: KeptReport[]; waiting: number } | null = null;
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(url);
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type !== "reports") return listen(m);
      if (!gathering) return;
      gathering.reports.push(...m.reports);
      if (--gathering.waiting === 0) {
        workers[0].postMessage({ type: "summary", reports: gathering.reports } satisfies ToWorker);
        gathering = null;
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fail(e.message || "worker");
    };
    return worker;
  });
  return {
    send: (message, transfer = []) => workers[message.id % count].postMessage(message, transfer),
    summary: () => {
      gathering = { reports: [], waiting: count };
      for (const w of workers) w.postMessage({ type: "reports" } satisfies ToWorker);
    },
  };
}
