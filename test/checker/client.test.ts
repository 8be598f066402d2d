/** @jest-environment jsdom */
// The page's side of the workers (src/checker/client.ts) with workers that answer as told: a review is
// answered by the first worker; a worker that fails on a batch-wide task (a "failed" message with no file's
// id) fails the reviews waiting on it, so the page shows the message instead of waiting for ever.
import { startWorker } from "../../src/checker/client";
import type { FromWorker, ToWorker } from "../../src/checker/protocol";
import type { BatchReview } from "../../src/workbook";

type Script = (m: ToWorker, reply: (m: FromWorker) => void) => void;

const made: FakeWorker[] = [];
let script: Script = () => undefined;

class FakeWorker {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: ToWorker[] = [];
  constructor(readonly url: string) {
    made.push(this);
  }
  postMessage(m: ToWorker) {
    this.received.push(m);
    // Answers arrive later, as a worker's do.
    setTimeout(() => script(m, (r) => this.onmessage?.({ data: r } as MessageEvent<FromWorker>)), 0);
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
    script = (m, reply) => {
      if (m.type !== "ask") return;
      const ids = made[0].received.includes(m) ? [4, 2] : [3, 1];
      reply({ type: "answer", ask: m.ask, reports: ids.map((id) => ({ id, report: {} as never })) });
    };
    const client = await startWorker(
      () => undefined,
      () => undefined,
    );
    expect((await client.ask({ type: "reports" })).map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect((await client.ask({ type: "plans" }, "first")).map((r) => r.id)).toEqual([2, 4]);
  });
});
