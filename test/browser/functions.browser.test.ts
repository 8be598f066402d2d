// The built dist/taskpane.html in Debian Chromium with a fake office.js host: every JX function
// is called through what the page registered with CustomFunctions.associate, as Excel calls it.
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { launch, ownRequest, routeOfficeJs, serveDist } from "../support/browser";

const FAKE_OFFICE = fs.readFileSync(path.join(__dirname, "fake-office.js"), "utf8");

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
const requests: string[] = [];

async function openTaskpane(host: "Excel" | "none"): Promise<Page> {
  const page = await browser.newPage();
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript((h) => {
    (window as unknown as { __fakeHost: { host: string } }).__fakeHost = { host: h };
  }, host);
  // Our own office.js is replaced by the fake host; everything else is the real build.
  await routeOfficeJs(page, FAKE_OFFICE);
  await page.goto(`${server.origin}/taskpane.html`);
  return page;
}

/** Calls a registered function in the page; errors come back as {code, message}. */
async function call(page: Page, id: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ({ id, args }) => {
      const w = window as unknown as {
        __registered: Record<string, (...a: unknown[]) => unknown>;
        CustomFunctions: { Error: new () => Error };
      };
      const fn = w.__registered[id];
      if (!fn) return { missing: id };
      try {
        return { value: fn(...args) };
      } catch (err) {
        const e = err as { code: string; message: string };
        return { error: { code: e.code, message: e.message, isCustomFunctionsError: err instanceof w.CustomFunctions.Error } };
      }
    },
    { id, args },
  );
}

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("dist/taskpane.html in Chromium", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openTaskpane("Excel");
    await page.waitForFunction(() => document.getElementById("status")?.dataset.state === "ready");
    await page.waitForFunction(() => Object.keys((window as unknown as { __registered: object }).__registered).length === 7);
  });

  test("registers exactly the seven JX functions through CustomFunctions.associate", async () => {
    const ids = await page.evaluate(() => Object.keys((window as unknown as { __registered: object }).__registered).sort());
    expect(ids).toEqual(["BUDGETSCORE", "COMPLETION", "EXECRATE", "GRADE", "PARSE", "SCORE", "WEIGHTEDSCORE"]);
    expect(await page.textContent("#status")).toContain("已连接 Excel 网页版");
  });

  test("scalar functions give the issue's results", async () => {
    expect(await call(page, "EXECRATE", 130.44, 130.76)).toEqual({ value: expect.closeTo(0.997553, 6) });
    expect(await call(page, "BUDGETSCORE", 37.24, 43.2, null, null)).toEqual({ value: 8.62 });
    expect(await call(page, "SCORE", "≥270万元", "240万元", 20, null)).toEqual({ value: 17.78 });
    expect(await call(page, "SCORE", "≤10次", 12, 10, null)).toEqual({ value: 8 });
    expect(await call(page, "SCORE", "0次", 2, 5, null)).toEqual({ value: 0 });
    expect(await call(page, "SCORE", "≥95%", 0.9, 10, null)).toEqual({ value: 9.47 });
    expect(await call(page, "SCORE", "效果明显", "部分达成预期指标并具有一定效果", 10, null)).toEqual({ value: 7 });
    expect(await call(page, "COMPLETION", ">=500人", "1700人")).toEqual({ value: expect.closeTo(3.4, 10) });
    expect(await call(page, "GRADE", 99.98)).toEqual({ value: "优" });
    expect(await call(page, "PARSE", "95%以上")).toEqual({ value: [["≥", 95, "%"]] });
  });

  test("ranges arrive as 2-D arrays with empty cells as null or empty text", async () => {
    const weights = [[20], [10], [null], [""], [5]];
    const targets = [["≥270万元"], ["≤10次"], ["满意度指标"], [null], ["0次"]];
    const actuals = [["240万元"], [12], [null], [""], [0]];
    expect(await call(page, "WEIGHTEDSCORE", weights, targets, actuals, null)).toEqual({ value: 30.78 });
    const mismatch = (await call(page, "WEIGHTEDSCORE", weights, targets.slice(1), actuals, null)) as { error: { code: string } };
    expect(mismatch.error).toMatchObject({ code: "#VALUE!", isCustomFunctionsError: true });
  });

  test("errors reach Excel as CustomFunctions.Error with Chinese messages, never as raw exceptions", async () => {
    const cases: Array<[string, unknown[], string]> = [
      ["EXECRATE", [10, 0], "#VALUE!"],
      ["EXECRATE", [10, null], "#N/A"],
      ["EXECRATE", ["很多", 100], "#VALUE!"],
      ["SCORE", [null, 5, 10, null], "#N/A"],
      ["SCORE", ["合规", "详见附件", 10, null], "#VALUE!"],
      ["SCORE", ["≥5", 5, 10, "上海"], "#VALUE!"],
      ["COMPLETION", ["合规", "合规"], "#N/A"],
      ["GRADE", ["很好"], "#VALUE!"],
      ["PARSE", [""], "#N/A"],
    ];
    for (const [id, args, code] of cases) {
      const result = (await call(page, id, ...args)) as { error?: { code: string; message: string; isCustomFunctionsError: boolean } };
      expect({ id, args, error: result.error }).toEqual({
        id,
        args,
        error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/), isCustomFunctionsError: true },
      });
    }
  });

  test("the page asked for nothing outside its own origin but office.js from the CDN (answered here by a fake)", () => {
    expect(requests.length).toBeGreaterThan(2);
    for (const url of requests) expect(ownRequest(url, server.origin)).toBe(true);
  });
});

test("outside Excel the page says how to open it", async () => {
  const page = await openTaskpane("none");
  await page.waitForFunction(() => document.getElementById("status")?.dataset.state === "outside");
  expect(await page.textContent("#status")).toContain("当前不在 Excel 中");
  await page.close();
});
