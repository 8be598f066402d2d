// The checker's worker (src/checker/worker.ts) as the page talks to it: a file whose check throws, and a file the
// page could not read, are each kept with their message and told back as a result, so the batch's review and
// 汇总.xlsx count them as files that cannot be read, as the page shows them.
import type { FromWorker, ToWorker } from "../../src/checker/protocol";
import type { BatchReview } from "../../src/workbook";

jest.mock("../../src/formula/browser", () => ({ browserFormulaEngine: async () => null }));
jest.mock("../../src/usecases/check", () => {
  const actual = jest.requireActual("../../src/usecases/check");
  return {
    ...actual,
    checkBytes: async (name: string, bytes: Uint8Array, env: unknown) => {
      if (name === "broken.xlsx") throw new Error("boom");
      return actual.checkBytes(name, bytes, env);
    },
  };
});

const posted: FromWorker[] = [];
let onmessage: (e: { data: ToWorker }) => Promise<void>;

beforeAll(() => {
  const self = { postMessage: (m: FromWorker) => posted.push(m) } as unknown as { onmessage: typeof onmessage };
  (globalThis as { self?: unknown }).self = self;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the worker installs itself on `self` when loaded
    require("../../src/checker/worker");
  });
  onmessage = self.onmessage;
});

const send = (m: ToWorker) => onmessage({ data: m });

test("a check that throws and a file the page could not read are kept with their messages and counted as unreadable", async () => {
  await send({ type: "check", id: 1, name: "broken.xlsx", bytes: new Uint8Array([0x50, 0x4b]).buffer });
  await send({ type: "unreadable", id: 2, name: "locked.xlsx", error: "无法读取“locked.xlsx”（NotReadableError）" });
  await send({ type: "check", id: 3, name: "empty.xlsx", bytes: new ArrayBuffer(0) });
  expect(posted.slice(0, 3)).toEqual([
    {
      type: "checked",
      id: 1,
      result: { file: "broken.xlsx", error: "检查“broken.xlsx”时发生意外错误（boom）：其余文件照常检查。", sheets: [] },
    },
    { type: "checked", id: 2, result: { file: "locked.xlsx", error: "无法读取“locked.xlsx”（NotReadableError）", sheets: [] } },
    { type: "checked", id: 3, result: expect.objectContaining({ file: "empty.xlsx", error: expect.stringContaining("empty.xlsx") }) },
  ]);
  await send({ type: "ask", ask: 7, question: { type: "reports" } });
  const answer = posted.at(-1) as Extract<FromWorker, { type: "answer" }>;
  expect(answer.reports.map((r) => [r.id, r.report.file, Boolean(r.report.error)])).toEqual([
    [1, "broken.xlsx", true],
    [2, "locked.xlsx", true],
    [3, "empty.xlsx", true],
  ]);
  await send({ type: "review", ask: 8, batch: { reports: answer.reports, crossFiles: [] } });
  const { review } = posted.at(-1) as { review: BatchReview };
  expect(review.stats).toMatchObject({ files: 3, unreadableFiles: 3, tables: 0 });
});
