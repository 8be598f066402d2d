// The page's side of the workers. The worker's code ships as a string in checker-worker-source.js, loaded
// by a <script> tag and started from a blob: URL: that works from an intranet server and from disk
// (file://), where a browser refuses new Worker("worker.js"). Nothing is fetched. A batch is shared
// among one worker per core but one (at least 1, at most 4); each file stays with the worker that read
// it, which also makes its downloads.
import { CHECKER } from "../messages";
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

/**
 * A file whose check has not come back after this long is given up: its worker is replaced, the file is shown
 * with a message, and the worker's other files are read again from disk and checked again by the new one. The
 * checks we bound (issue 22) take under 2 s even for crafted files; this catches what no bound foresaw (a
 * crash, or a compressed part whose decoding tables alone take minutes in the browser's unpacker).
 */
export const CHECK_LIMIT_MS = 60_000;

export interface WorkerOptions {
  /** A file's bytes again, from the file the person chose (null or a rejection: it cannot be read now). */
  reread?: (id: number) => Promise<ArrayBuffer | null>;
  limitMs?: number;
}

/** A worker and the files it holds, in the order they were sent, with those whose answer is still to come. */
interface Slot {
  worker: Worker;
  held: Map<number, { name: string; error?: string }>;
  waiting: number[];
  /** When the worker last answered a file (or started on one): the watchdog measures from here. */
  since: number;
}

/** Starts the workers (once); `listen` gets every message they send, `fail` a worker that could not start or crashed. */
export async function startWorker(
  listen: (m: FromWorker) => void,
  fail: (detail: string) => void,
  options: WorkerOptions = {},
): Promise<CheckerClient> {
  const source = await loadSource();
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const limit = options.limitMs ?? CHECK_LIMIT_MS;
  // One core stays with the page (and the rest of the computer).
  const count = Math.max(1, Math.min(MAX_WORKERS, (navigator.hardwareConcurrency || 2) - 1));
  type Fail = (err: Error) => void;
  const reviews = new Map<number, { resolve: (r: BatchReview) => void; reject: Fail; message: ToWorker }>();
  const asked = new Map<number, { reports: KeptReport[]; waiting: Set<number>; resolve: (r: KeptReport[]) => void; message: ToWorker }>();
  // A worker that failed on a batch-wide task (no file's id) sends no review: the pending reviews fail with it, so
  // nothing waits for ever; the page shows the message (listen) and keeps working. (A question is always answered.)
  const failPending = (message: string) => {
    for (const p of reviews.values()) p.reject(new Error(message));
    reviews.clear();
  };
  let nextAsk = 1;
  let timer: ReturnType<typeof setInterval> | undefined;

  const start = (index: number): Worker => {
    const worker = new Worker(url);
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const slot = slots[index];
      // A replaced worker's last words are not heard.
      if (slot.worker !== worker) return;
      const m = e.data;
      const at = (m.type === "checked" || m.type === "failed") && m.id !== null ? slot.waiting.indexOf(m.id) : -1;
      if (at >= 0) {
        slot.waiting.splice(at, 1);
        slot.since = performance.now();
      }
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
      gathering.waiting.delete(index);
      if (gathering.waiting.size > 0) return;
      asked.delete(m.ask);
      gathering.resolve(gathering.reports.sort((a, b) => a.id - b.id));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fail(e.message || "worker");
    };
    return worker;
  };
  const slots: Slot[] = [];
  for (let i = 0; i < count; i++) slots.push({ worker: start(i), held: new Map(), waiting: [], since: 0 });

  const post = (index: number, message: ToWorker, transfer: Transferable[] = []) => {
    const slot = slots[index];
    if (message.type === "check" || message.type === "unreadable") {
      slot.held.set(message.id, { name: message.name, ...(message.type === "unreadable" ? { error: message.error } : {}) });
      if (slot.waiting.length === 0) slot.since = performance.now();
      slot.waiting.push(message.id);
      watch();
    }
    slot.worker.postMessage(message, transfer);
  };

  /** The worker at `index` is given up: a new one gets its files again, the one it hung on as a message. */
  const replace = async (index: number) => {
    const slot = slots[index];
    const hung = slot.waiting[0];
    slot.worker.terminate();
    slot.worker = start(index);
    slot.waiting = [];
    const files = [...slot.held];
    slot.held = new Map();
    for (const [id, f] of files) {
      if (id === hung || f.error !== undefined) {
        post(index, { type: "unreadable", id, name: f.name, error: id === hung ? CHECKER.timedOut(f.name, limit / 1000) : f.error! });
        continue;
      }
      let bytes: ArrayBuffer | null = null;
      let detail = "";
      try {
        bytes = (await options.reread?.(id)) ?? null;
      } catch (err) {
        detail = err instanceof Error ? err.message : String(err);
      }
      if (bytes) post(index, { type: "check", id, name: f.name, bytes }, [bytes]);
      else post(index, { type: "unreadable", id, name: f.name, error: CHECKER.notReadable(f.name, detail || "—") });
    }
    // What it was asked and had not answered, the new one is asked again (after its files, so it answers for all).
    for (const [, g] of asked) if (g.waiting.has(index)) slot.worker.postMessage(g.message);
    if (index === 0) for (const [, r] of reviews) slot.worker.postMessage(r.message);
  };

  function watch() {
    timer ??= setInterval(
      () => {
        const now = performance.now();
        slots.forEach((slot, i) => {
          if (slot.waiting.length > 0 && now - slot.since > limit) void replace(i);
        });
        if (slots.every((slot) => slot.waiting.length === 0)) {
          clearInterval(timer);
          timer = undefined;
        }
      },
      Math.min(1000, limit / 4),
    );
  }

  return {
    send: (message, transfer = []) => post(message.id % count, message, transfer),
    ask: (question, only) =>
      new Promise((resolve) => {
        const ask = nextAsk++;
        const to = only ? [0] : slots.map((_, i) => i);
        const message: ToWorker = { type: "ask", ask, question };
        asked.set(ask, { reports: [], waiting: new Set(to), resolve, message });
        for (const i of to) slots[i].worker.postMessage(message);
      }),
    review: (batch) =>
      new Promise((resolve, reject) => {
        const ask = nextAsk++;
        const message: ToWorker = { type: "review", ask, batch };
        reviews.set(ask, { resolve, reject, message });
        slots[0].worker.postMessage(message);
      }),
    summary: (batch) => slots[0].worker.postMessage({ type: "summary", batch } satisfies ToWorker),
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
