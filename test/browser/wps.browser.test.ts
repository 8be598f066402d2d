// End to end in WPS, without WPS: the built add-in (dist/wps/, transpiled for WPS's older Chromium) in
// Chromium with the newer JavaScript APIs taken away (no crypto.randomUUID, Array.prototype.at/flat/
// flatMap, Object.fromEntries, String.prototype.replaceAll, structuredClone…) and window.Application a
// strict fake WPS (test/support/fake-et.ts) holding a workbook read from a real .xlsx. The pane's whole
// journey — validate, navigate, fix one, fix all, undo, fill, finalise — with every write read back; on
// every example workbook the findings shown are those `selfeval check` reports; the entry page registers
// the JX functions where WPS can and its ribbon buttons open and drive the pane; nothing leaves the origin.
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { checkFile } from "../../src/cli/main";
import { hostWorkbookOf, type HostSheet } from "../support/host";
import { launch, serveDist } from "../support/browser";
import { loadExample } from "../support/fixtures";
import { paneJourney } from "../support/journey";
import type { FakeEtOptions } from "../support/fake-et";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fakeEtSource } = require("../support/load-fake-et");

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");

/** The fake WPS as a page script: fake-excel.js gives the formula evaluator, fake-et.ts (transpiled) the object model. */
function fakeScript(): string {
  return [
    fs.readFileSync(path.join(ROOT, "test/support/fake-excel.js"), "utf8"),
    `(function () { var exports = {}; var module = { exports: exports };\n${fakeEtSource()}\nwindow.createFakeEt = exports.createFakeEt; })();`,
  ].join("\n");
}

/** What an old Chromium lacks; the build must not need any of it. */
const OLD_CHROMIUM = `(() => {
  const drop = (o, k) => { try { delete o[k]; } catch (e) {} };
  if (window.crypto) drop(Object.getPrototypeOf(window.crypto), "randomUUID");
  for (const k of ["at", "flat", "flatMap", "findLast", "findLastIndex", "toSorted", "toReversed"]) drop(Array.prototype, k);
  for (const k of ["replaceAll", "at"]) drop(String.prototype, k);
  for (const k of ["fromEntries", "hasOwn"]) drop(Object, k);
  drop(window, "structuredClone");
  window.__oldChromium = !("randomUUID" in (window.crypto || {})) && !Array.prototype.flat && !Object.fromEntries;
})();`;

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
let central: HostSheet[];
let examples: string[];
let FAKE: string;

interface Opened {
  page: Page;
  requests: string[];
  problems: string[];
}

async function open(
  file: string,
  sheets: HostSheet[],
  options: FakeEtOptions = {},
  hash = "",
  width = 380,
  origin = () => server.origin,
): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.addInitScript(OLD_CHROMIUM);
  await page.addInitScript(FAKE);
  await page.addInitScript(
    ({ wb, opts }) => {
      const w = window as unknown as Record<string, unknown>;
      const fake = (w.createFakeEt as (d: unknown, o: unknown, s: unknown) => { Application: unknown })(wb, opts, w.fakeSpreadsheet);
      w.__fakeEt = fake;
      w.Application = fake.Application;
      w.wps = fake.Application;
    },
    { wb: { sheets }, opts: options },
  );
  await page.goto(`${origin()}/${file}${hash}`);
  return { page, requests, problems };
}

const fake = <T = unknown>(page: Page, body: string) => page.evaluate(`(${body})(window.__fakeEt)`) as Promise<T>;
const cellOf = (page: Page, sheet: string, a1: string) =>
  page.evaluate(
    ([s, a]) => (window as unknown as { __fakeEt: { cellOf: (s: string, a: string) => unknown } }).__fakeEt.cellOf(s, a),
    [sheet, a1],
  );
const valueOf = (page: Page, sheet: string, a1: string) =>
  page.evaluate(
    ([s, a]) => (window as unknown as { __fakeEt: { valueOf: (s: string, a: string) => unknown } }).__fakeEt.valueOf(s, a),
    [sheet, a1],
  );

async function shownFindings(page: Page): Promise<string[]> {
  return page
    .locator("li[data-rule]")
    .evaluateAll((items) => items.map((li) => `${li.getAttribute("data-rule")}@${li.getAttribute("data-cell")}`));
}

function stayedHome(o: Opened) {
  for (const url of o.requests) expect(url.startsWith(server.origin) || url.startsWith("blob:")).toBe(true);
  expect(o.problems).toEqual([]);
}

beforeAll(async () => {
  FAKE = fakeScript();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wps-"));
  const file = path.join(dir, "central.xlsx");
  await writeWorkbook(loadExample("central-weiquan-2022.js"), file);
  central = (await hostWorkbookOf(new Uint8Array(fs.readFileSync(file)))).sheets;
  central[0].cells.H13 = { ...central[0].cells.H13, formula: "=JX.SCORE(E13,F13,G13)" };
  examples = fs
    .readdirSync(path.join(ROOT, "examples"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(ROOT, "examples", f));
  server = await serveDist("dist/wps");
  browser = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("validate, navigate, fix one, fix all, undo, fill, finalise — on an old Chromium, every write read back", async () => {
  const o = await open("taskpane.html", central);
  const { page } = o;
  await page.locator("#status").waitFor();
  expect(await page.evaluate(() => (window as unknown as { __oldChromium: boolean }).__oldChromium)).toBe(true);
  expect(await page.textContent("#status")).toBe("已连接 WPS 表格。打开自评表所在的工作表，点“校验当前工作表”开始。");
  expect(await page.getByTestId("host-note").count()).toBe(0);

  await paneJourney(page, {
    value: (sheet, a1) => valueOf(page, sheet, a1),
    state: (sheet, a1) => cellOf(page, sheet, a1),
    selection: () => fake(page, "(f) => f.state.selection"),
    undoGroups: false,
  });
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-wps.png"), fullPage: true });
  stayedHome(o);
  await page.close();
});

test("on every example workbook the pane in WPS shows what selfeval check reports", async () => {
  for (const file of examples) {
    const { sheets } = await hostWorkbookOf(new Uint8Array(fs.readFileSync(file)));
    const o = await open("taskpane.html", sheets);
    await o.page.getByRole("button", { name: "校验全部工作表" }).click();
    await o.page.locator("section h2").first().waitFor();
    const cli = (await checkFile(file)).sheets.filter((s) => s.kind !== "unknown");
    const expected = cli.flatMap((s) => s.findings.map((f) => `${f.rule}@${f.cell}`));
    expect({ file, findings: await shownFindings(o.page) }).toEqual({ file, findings: expect.arrayContaining(expected) });
    expect((await shownFindings(o.page)).length).toBe(expected.length);
    stayedHome(o);
    await o.page.close();
  }
});

test("the ribbon's buttons: 校验 opens the pane, which checks at once; 填写文字 and 定稿 reach the open pane", async () => {
  const entry = await open("index.html", central);
  await entry.page.waitForFunction(() => typeof (window as unknown as { OnAction?: unknown }).OnAction === "function");
  const ribbon = fs.readFileSync(path.join(ROOT, "dist/wps/ribbon.xml"), "utf8");
  for (const id of ["jxCheck", "jxFill", "jxFinalize", "jxPane"]) {
    expect(ribbon).toContain(`id="${id}"`);
    expect(
      await entry.page.evaluate((i) => (window as unknown as { GetImage: (c: { Id: string }) => string }).GetImage({ Id: i }), id),
    ).toBe("assets/icon-32.png");
  }
  expect(fs.existsSync(path.join(ROOT, "dist/wps/assets/icon-32.png"))).toBe(true);
  expect(await entry.page.evaluate(() => (window as unknown as { OnAddinLoad: (r: unknown) => boolean }).OnAddinLoad({}))).toBe(true);
  await entry.page.evaluate(() => (window as unknown as { OnAction: (c: { Id: string }) => boolean }).OnAction({ Id: "jxCheck" }));
  await entry.page.evaluate(() => (window as unknown as { OnAction: (c: { Id: string }) => boolean }).OnAction({ Id: "jxFill" }));
  const panes = await fake<Array<{ url: string; Visible: boolean }>>(
    entry.page,
    "(f) => f.state.panes.map((p) => ({ url: p.url, Visible: p.Visible }))",
  );
  expect(panes).toEqual([{ url: `${server.origin}/taskpane.html#run=fill&n=2`, Visible: true }]);
  stayedHome(entry);
  await entry.page.close();

  // The pane as the ribbon opened it: it checks the active sheet at once, and a later command reaches it.
  const pane = await open("taskpane.html", central, {}, "#run=check&n=1");
  await pane.page.getByText("“人均服务成本”得分 4.5 低于分值 5").waitFor();
  await pane.page.evaluate(() => (window.location.hash = "#run=fill&n=2"));
  await pane.page.getByRole("textbox", { name: "实际完成情况（F11） 草稿" }).waitFor();
  await pane.page.evaluate(() => (window.location.hash = "#run=finalize&n=3"));
  await pane.page.getByText("定稿：把 JX 函数公式换成当前数值").waitFor();
  stayedHome(pane);
  await pane.page.close();
});

test("the entry page registers the JX functions with their Chinese help, and they compute as in Excel", async () => {
  const entry = await open("index.html", central);
  await entry.page.waitForFunction(() => typeof (window as unknown as { OnAction?: unknown }).OnAction === "function");
  const registered = await fake<Array<{ name: string; meta: { description: string; parameters: Array<{ name: string; type: string }> } }>>(
    entry.page,
    "(f) => [...f.state.functions].map(([name, r]) => ({ name, meta: r.meta }))",
  );
  expect(registered.map((r) => r.name)).toEqual([
    "JX.EXECRATE",
    "JX.BUDGETSCORE",
    "JX.SCORE",
    "JX.COMPLETION",
    "JX.WEIGHTEDSCORE",
    "JX.GRADE",
    "JX.PARSE",
  ]);
  const golden = JSON.parse(fs.readFileSync(path.join(ROOT, "test/golden/wps-functions.json"), "utf8"));
  expect(registered.map((r) => ({ name: r.name.replace(/^JX\./, ""), ...r.meta }))).toEqual(
    golden.map((g: { name: string; description: string; parameters: unknown; result: unknown }) => ({
      name: g.name,
      description: g.description,
      parameters: g.parameters,
      result: g.result,
    })),
  );
  const results = await fake(
    entry.page,
    `(f) => {
      const call = (name, ...args) => { try { return f.state.functions.get(name).fn(...args); } catch (e) { return "error: " + e.code + " " + e.message; } };
      return [
        call("JX.SCORE", "≥270万元", "240万元", 20),
        call("JX.BUDGETSCORE", 37.24, 43.2),
        call("JX.WEIGHTEDSCORE", [[10], [20]], [["≥95%"], ["≥270万元"]], [[0.9], ["240万元"]]),
        call("JX.WEIGHTEDSCORE", 10, "≥95%", 0.9),
        call("JX.GRADE", 93.59),
        call("JX.PARSE", "95%以上"),
        call("JX.EXECRATE", 10, 0),
      ];
    }`,
  );
  expect(results).toEqual([17.78, 8.62, 27.25, 9.47, "优", [["≥", 95, "%"]], expect.stringMatching(/^error: #VALUE! .*预算/)]);
  stayedHome(entry);
  await entry.page.close();
});

test("=JX.BUDGETSCORE(37.24,43.2) computes whether WPS passes the omitted arguments as undefined or as COM's parameter-not-found", async () => {
  for (const omittedArg of ["undefined", "paramNotFound"] as const) {
    const entry = await open("index.html", central, { omittedArg });
    await entry.page.waitForFunction(() => typeof (window as unknown as { OnAction?: unknown }).OnAction === "function");
    expect(await fake(entry.page, `(f) => f.calculate("=JX.BUDGETSCORE(37.24,43.2)")`)).toBe(8.62);
    stayedHome(entry);
    await entry.page.close();
  }
});

test("the pane's own 收起窗格 hides it, for when a docked pane leaves the ribbon unusable", async () => {
  const o = await open("taskpane.html", central, { ribbonBlockedWhilePaneVisible: true });
  await fake(
    o.page,
    `(f) => { const p = f.Application.CreateTaskPane("taskpane.html"); f.Application.PluginStorage.setItem("jx-selfeval.taskpane", String(p.ID)); p.Visible = true; }`,
  );
  expect(await fake(o.page, "(f) => f.ribbonTakesClicks()")).toBe(false);
  await o.page.getByRole("button", { name: "收起窗格" }).click();
  expect(await fake(o.page, "(f) => f.state.panes[0].Visible")).toBe(false);
  expect(await fake(o.page, "(f) => f.ribbonTakesClicks()")).toBe(true);
  stayedHome(o);
  await o.page.close();
});

test("WPS older than 12.1.0.20540: no functions registered, no error; the pane says so and works", async () => {
  const entry = await open("index.html", central, { customFunctions: false, build: 19770 });
  await entry.page.waitForFunction(() => typeof (window as unknown as { OnAction?: unknown }).OnAction === "function");
  expect(await fake(entry.page, "(f) => f.state.functions.size")).toBe(0);
  stayedHome(entry);
  await entry.page.close();

  const pane = await open("taskpane.html", central, { customFunctions: false, build: 19770 });
  await pane.page.getByTestId("host-note").waitFor();
  expect(await pane.page.getByTestId("host-note").textContent()).toMatch(
    /19770.*12\.1\.0\.20540.*校验、定位、修正、填写文字和定稿照常可用/,
  );
  await pane.page.getByRole("button", { name: "校验当前工作表" }).click();
  await pane.page.getByText("“人均服务成本”得分 4.5 低于分值 5").waitFor();
  stayedHome(pane);
  await pane.page.close();
});

test("outside WPS the page says how to open it, and no workbook open says what to do", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/taskpane.html`);
  await page.locator("#status[data-state='outside']").waitFor();
  expect(await page.textContent("#status")).toBe("当前不在 WPS 表格中：请在 WPS 表格的“绩效自评”选项卡点击“打开窗格”。");
  await page.close();

  const o = await open("taskpane.html", central, { noWorkbook: true });
  await o.page.getByRole("button", { name: "校验当前工作表" }).click();
  await o.page.getByText("WPS 表格中没有打开的工作簿：请先打开自评表所在的工作簿，再点“校验当前工作表”。").waitFor();
  await o.page.close();
});

test("installed offline, the add-in runs from disk (file://) just the same", async () => {
  const folder = path.join(
    ROOT,
    "dist/wps-offline",
    fs.readdirSync(path.join(ROOT, "dist/wps-offline")).find((f) => f.startsWith("jx-selfeval_"))!,
  );
  const base = `file://${folder}`;
  const o = await open("taskpane.html", central, {}, "#run=check&n=1", 380, () => base);
  await o.page.getByText("“人均服务成本”得分 4.5 低于分值 5").waitFor();
  for (const url of o.requests) expect(url.startsWith(base) || url.startsWith("blob:")).toBe(true);
  expect(o.problems).toEqual([]);
  await o.page.close();
  const entry = await open("index.html", central, {}, "", 380, () => base);
  await entry.page.waitForFunction(() => typeof (window as unknown as { OnAction?: unknown }).OnAction === "function");
  expect(await fake(entry.page, "(f) => f.state.functions.size")).toBe(7);
  await entry.page.close();
});

test("生成自评报告 in WPS: saved beside the workbook and read back; without file access, when it does not read back, or when WPS refuses full paths, a download", async () => {
  const name = "2022年度部门整体支出绩效自评报告.docx";
  const saved = await open("taskpane.html", central);
  await saved.page.getByRole("button", { name: "生成自评报告" }).click();
  await saved.page.getByText(`已保存自评报告：D:\\绩效自评\\${name}（写入后已读回核对）`, { exact: false }).waitFor();
  const head = await fake<number[]>(saved.page, `(f) => [...f.state.files.get("D:\\\\绩效自评\\\\${name}")].slice(0, 2)`);
  expect(String.fromCharCode(...head)).toBe("PK");
  stayedHome(saved);
  await saved.page.close();

  // No file access; a file that does not read back; a WPS that refuses full paths (host-evidence.md row 3).
  for (const options of [{ fileSystem: false }, { fileSystem: "utf8" }, { fileSystemPaths: "nameOnly" }] as FakeEtOptions[]) {
    const { fileSystem } = options;
    const o = await open("taskpane.html", central, options);
    const [download] = await Promise.all([o.page.waitForEvent("download"), o.page.getByRole("button", { name: "生成自评报告" }).click()]);
    expect(download.suggestedFilename()).toBe(name);
    await o.page.getByText(/已生成“2022年度部门整体支出绩效自评报告\.docx”/).waitFor();
    if (fileSystem === "utf8") {
      expect(await o.page.getByTestId("notice-details").textContent()).toMatch(/没有按原样写入 .*已删除该文件/);
      expect(await fake(o.page, "(f) => f.state.files.size")).toBe(0);
    }
    if (options.fileSystemPaths) {
      expect(await o.page.getByTestId("notice-details").textContent()).toMatch(/这个版本的 WPS 不允许加载项按完整路径写文件/);
      expect(await fake(o.page, "(f) => f.state.files.size")).toBe(0);
    }
    stayedHome(o);
    await o.page.close();
  }
});
