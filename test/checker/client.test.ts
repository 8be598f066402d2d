/** @jest-environment jsdom */
// The page's side of the workers (src/checker/client.ts) with workers that answer as told: a review is
// answered by the first worker; a worker that fails on a batch-wide task (a "failed" message with no file's
// id) fails the reviews waiting on it, so the page shows the message instead of waiting for ever.
import { startWorker } from "../../src/checker/client";
import type { FromWorker, ToWorker } from "../../src/checker/protocol";
import type { BatchReview } from "../../src/workbook";

type Script = (m: ToWorker, reply: (m: FromWorker) => void, worker: FakeWorker) => void;

const made: FakeWorker[] = [];
let script: Script = () => undefined;

class FakeWorker {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: ToWorker[] = [];
  terminated = false;
  terminate() {
    this.terminated = true;
  }
  constructor(readonly url: string) {
    made.push(this);
  }
  postMessage(m: ToWorker) {
    this.received.push(m);
    // Answers arrive later, as a worker's do.
    setTimeout(() => !this.terminated && script(m, (r) => this.onmessage?.({ data: r } as MessageEvent<FromWorker>), this), 0);
  }
}

const REVIEW = { rows: [], sample: null } as unknown as BatchReview;

beforeEach(() => {
  made.length = 0;
  Object.assign(window, { __JX_CHECKER_WORKER: "/* worker */", Worker: FakeWorker });
  Object.assign(URL, { createObjectURL: () => "blob:worker" });
  Object.defineProperty(navigator, "hardwareConcurrency", { value: 3, configurable: true });
});

describe("startWorker", () => {
  test("one worker per core but one; a file's messages go to the worker that holds it", async () => {
    const client = await startWorker(
      () => undefined,
      () => undefined,
    );
    expect(made).toHaveLength(2);
    client.send({ type: "report", id: 3 });
    client.send({ type: "report", id: 4 });
    expect(made[1].received).toEqual([{ type: "report", id: 3 }]);
    expect(made[0].received).toEqual([{ type: "report", id: 4 }]);
  });

  test("a review is answered by the first worker", async () => {
    script = (m, reply) => m.type === "review" && reply({ type: "reviewed", ask: m.ask, review: REVIEW });
    const client = await startWorker(
      () => undefined,
      () => undefined,
    );
    await expect(client.review({ reports: [], crossFiles: [] })).resolves.toBe(REVIEW);
    expect(made[0].received.map((m) => m.type)).toEqual(["review"]);
    expect(made[1].received).toEqual([]);
  });

  test("a worker that fails while ranking the batch fails the waiting review with its message, and the page hears it", async () => {
    script = (m, reply) => m.type === "review" && reply({ type: "failed", id: null, message: "检查器内部错误：排名失败" });
    const heard: FromWorker[] = [];
    const client = await startWorker(
      (m) => heard.push(m),
      () => undefined,
    );
    await expect(client.review({ reports: [], crossFiles: [] })).rejects.toThrow("检查器内部错误：排名失败");
    expect(heard).toEqual([{ type: "failed", id: null, message: "检查器内部错误：排名失败" }]);
    // The next review is answered as usual.
    script = (m, reply) => m.type === "review" && reply({ type: "reviewed", ask: m.ask, review: REVIEW });
    await expect(client.review({ reports: [], crossFiles: [] })).resolves.toBe(REVIEW);
  });

  test("a file's failure (with its id) leaves a waiting review alone", async () => {
    let answer: (() => void) | undefined;
    script = (m, reply) => {
      if (m.type === "review") answer = () => reply({ type: "reviewed", ask: m.ask, review: REVIEW });
      if (m.type === "fill") reply({ type: "failed", id: m.id, message: "没有可填写的表" });
    };
    const heard: FromWorker[] = [];
    const client = await startWorker(
      (m) => heard.push(m),
      () => undefined,
    );
    const review = client.review({ reports: [], crossFiles: [] });
    client.send({ type: "fill", id: 2, fix: false });
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toEqual([{ type: "failed", id: 2, message: "没有可填写的表" }]);
    answer!();
    await expect(review).resolves.toBe(REVIEW);
  });

  test("answers to a question are gathered from every worker, in the order the files were chosen", async () => {
    script = (m, reply, worker) => {
      if (m.type !== "ask") return;
      const ids = worker === made[0] ? [4, 2] : [3, 1];
      reply({ type: "answer", ask: m.ask, reports: ids.map((id) => ({ id, report: {} as never })) });
    };
    const client = await startWorker(
      () => undefined,
      () => undefined,
    );
    expect((await client.ask({ type: "reports" })).map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect((await client.ask({ type: "plans" }, "first")).map((r) => r.id)).toEqual([2, 4]);
  });

  test("a file whose check does not come back in time: its worker is replaced, the file gets a message, the worker's other files are checked again", async () => {
    // The first worker hangs on "hang.xlsx" and, as a worker takes its messages in turn, answers nothing after it;
    // a new worker answers everything.
    const hung = new Set<FakeWorker>();
    script = (m, reply, worker) => {
      if (hung.has(worker)) return;
      if (m.type === "check") {
        if (m.name === "hang.xlsx" && worker === made[0]) return void hung.add(worker);
        reply({ type: "checked", id: m.id, result: { file: m.name, sheets: [] } });
      } else if (m.type === "unreadable") reply({ type: "checked", id: m.id, result: { file: m.name, error: m.error, sheets: [] } });
      else if (m.type === "review") reply({ type: "reviewed", ask: m.ask, review: REVIEW });
    };
    Object.defineProperty(navigator, "hardwareConcurrency", { value: 2, configurable: true });
    const heard: FromWorker[] = [];
    const reread: number[] = [];
    const client = await startWorker(
      (m) => heard.push(m),
      () => undefined,
      {
        limitMs: 200,
        reread: async (id) => {
          reread.push(id);
          return id === 4 ? null : new ArrayBuffer(2);
        },
      },
    );
    expect(made).toHaveLength(1);
    const bytes = () => new ArrayBuffer(2);
    client.send({ type: "check", id: 1, name: "a.xlsx", bytes: bytes() });
    client.send({ type: "unreadable", id: 2, name: "locked.xlsx", error: "无法读取“locked.xlsx”" });
    client.send({ type: "check", id: 3, name: "hang.xlsx", bytes: bytes() });
    client.send({ type: "check", id: 4, name: "gone.xlsx", bytes: bytes() });
    client.send({ type: "check", id: 5, name: "b.xlsx", bytes: bytes() });
    const review = client.review({ reports: [], crossFiles: [] });
    await new Promise((r) => setTimeout(r, 1500));
    expect(made).toHaveLength(2);
    expect(made[0].terminated).toBe(true);
    // The new worker holds every file again, in order: the one that hung as a message, the one that cannot be read now as such.
    expect(made[1].received.map((m) => [m.type, "id" in m ? m.id : null])).toEqual([
      ["check", 1],
      ["unreadable", 2],
      ["unreadable", 3],
      ["unreadable", 4],
      ["check", 5],
      ["review", null],
    ]);
    expect(reread).toEqual([1, 4, 5]);
    const answer = (id: number) =>
      heard.filter((m) => m.type === "checked" && m.id === id).map((m) => (m as { result: { error?: string } }).result.error);
    expect(answer(3)).toEqual([expect.stringMatching(/^检查“hang\.xlsx”超过 0\.2 秒仍未完成，已停止/)]);
    expect(answer(4)).toEqual([expect.stringMatching(/^无法读取“gone\.xlsx”/)]);
    // The waiting review is answered by the new worker, which is kept: it answers in time.
    await expect(review).resolves.toBe(REVIEW);
    await new Promise((r) => setTimeout(r, 600));
    expect(made).toHaveLength(2);
  });
});
