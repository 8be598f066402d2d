// End to end (issue 19): a central project library export — 申报表, 执行监控表 and a 自评表 that kept 3 of the 14
// declared indicators — opened in the built pane over the strict fake Excel. The pane names the 申报表 and 监控表
// by their kind with no 自评 finding on them, and shows on the 自评表 the same cross-checks, at the same cells,
// as `selfeval check` on the same file.
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { checkFile } from "../../src/cli/main";
import { PLAN_KIND_NAMES } from "../../src/messages/names";
import { hostWorkbookOf, type HostSheet } from "../support/host";
import { launch, routeOfficeJs, serveDist } from "../support/browser";
import { systemExport } from "../support/system-export";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");

const FAKE =
  fs.readFileSync(path.join(__dirname, "../support/fake-excel.js"), "utf8") +
  "\n" +
  fs.readFileSync(path.join(__dirname, "fake-office.js"), "utf8");

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
let file: string;
let sheets: HostSheet[];

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pane-cross-"));
  file = path.join(dir, "system-export.xlsx");
  await writeWorkbook(systemExport(), file);
  sheets = (await hostWorkbookOf(new Uint8Array(fs.readFileSync(file)))).sheets;
  server = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function checkAll(apiVersion: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 380, height: 900 } });
  await page.addInitScript(
    ({ wb, opts }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__fakeWorkbook = wb;
      w.__fakeOptions = opts;
    },
    { wb: { sheets }, opts: { apiVersion } },
  );
  await routeOfficeJs(page, FAKE);
  await page.goto(`${server.origin}/taskpane.html`);
  await page.locator("#status").waitFor();
  await page.getByRole("button", { name: "校验全部工作表" }).click();
  await page.locator("section h2").first().waitFor();
  return page;
}

test.each(["1.20", "1.13"])("ExcelApi %s: the three tables of one project, read together as the CLI reads them", async (level) => {
  const page = await checkAll(level);
  const cli = (await checkFile(file)).sheets;
  const self = cli.find((s) => s.kind === "project")!;
  const declaration = cli.find((s) => s.kind === "declaration")!;
  const monitoring = cli.find((s) => s.kind === "monitoring")!;

  // The 申报表 and 监控表: named by their kind, no findings list at all.
  for (const [plan, name] of [
    [declaration, PLAN_KIND_NAMES.declaration],
    [monitoring, PLAN_KIND_NAMES.monitoring],
  ] as const) {
    const section = page.locator("section", { has: page.locator("h2", { hasText: plan.sheet }) });
    expect(await section.getByTestId("kind").textContent()).toBe(name);
    expect(await section.locator("li[data-rule]").count()).toBe(0);
  }

  // The 自评表: every finding the CLI reports, the cross-checks among them, at the same cells.
  const section = page.locator("section", { has: page.locator("h2", { hasText: self.sheet }) });
  const shown = await section
    .locator("li[data-rule]")
    .evaluateAll((items) => items.map((li) => `${li.getAttribute("data-rule")}@${li.getAttribute("data-cell")}`));
  const expected = self.findings.map((f) => `${f.rule}@${f.cell}`);
  expect(expected.filter((f) => f.startsWith("cross.missing")).length).toBe(11);
  expect([...shown].sort()).toEqual([...expected].sort());
  await page.getByText("与申报表、监控表核对").first().waitFor();
  await page.close();
});
