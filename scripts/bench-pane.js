// Part of npm run bench: the taskpane in Debian Chromium with the fake Excel host.
//  - context.sync calls and click-to-findings time for 校验全部工作表 on a 50-sheet workbook, beside
//    the same read-and-check done in node without a browser (the floor);
//  - the same read-and-check through the WPS port on the fake WPS (its object-model calls: each one
//    crosses from the pane into WPS), as a ratio to the Excel floor;
//  - the gzipped size of the JavaScript dist/taskpane.html loads, office.js excluded, and of dist/wps/'s pane.
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");
const zlib = require("zlib");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const SHEETS = 50;
const { CHROMIUM, launchChromium } = require("./chromium");

/** 50 sheets cycling through the three example layouts, as the fake host holds them. */
function workbook() {
  const bases = fs
    .readdirSync(path.join(root, "examples", "data"))
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((f) => require(path.join(root, "examples", "data", f)).sheets[0]);
  return {
    sheets: Array.from({ length: SHEETS }, (_, i) => {
      const base = bases[i % bases.length];
      const cells = {};
      for (const [a1, v] of Object.entries(base.cells)) cells[a1] = { v, f: (base.formats || {})[a1] };
      return { name: `项目${String(i + 1).padStart(2, "0")}`, cells, merges: base.merges };
    }),
  };
}

function jsSize() {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((s) => !s.startsWith("office-js/") && !/^https:/.test(s));
  const bytes = scripts.map((s) => ({
    file: s,
    raw: fs.statSync(path.join(dist, s)).size,
    gzip: zlib.gzipSync(fs.readFileSync(path.join(dist, s)), { level: 9 }).length,
  }));
  const lazy = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !scripts.includes(f) && f !== "reportpage.js")
    .map((f) => ({
      file: f,
      raw: fs.statSync(path.join(dist, f)).size,
      gzip: zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length,
    }));
  return { bytes, lazy, total: bytes.reduce((n, b) => n + b.gzip, 0) };
}

function serve() {
  const types = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".png": "image/png",
  };
  const server = http.createServer((req, res) => {
    const file = path.join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function inBrowser(data) {
  const fake =
    fs.readFileSync(path.join(root, "test", "support", "fake-excel.js"), "utf8") +
    "\n" +
    fs.readFileSync(path.join(root, "test", "browser", "fake-office.js"), "utf8");
  const server = await serve();
  const browser = await launchChromium();
  try {
    const times = [];
    let syncs = 0;
    let findings = 0;
    for (let round = 0; round < 5; round++) {
      const page = await browser.newPage({ viewport: { width: 380, height: 900 } });
      await page.addInitScript((wb) => (window.__fakeWorkbook = wb), data);
      // office.js is requested from Microsoft's CDN (or office-js/ in an offline build): the fake answers both.
      await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", (r) =>
        r.fulfill({ contentType: "text/javascript", body: fake }),
      );
      await page.route("**/office-js/office.js", (r) => r.fulfill({ contentType: "text/javascript", body: fake }));
      await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
      await page.getByRole("button", { name: "校验全部工作表" }).waitFor();
      const result = await page.evaluate(async (count) => {
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "校验全部工作表");
        const before = window.__fakeExcel.state.syncs;
        const start = performance.now();
        button.click();
        await new Promise((resolve) => {
          const done = () => document.querySelectorAll("main section[aria-label^='项目']").length === count;
          if (done()) return resolve();
          new MutationObserver((_, obs) => {
            if (done()) {
              obs.disconnect();
              resolve();
            }
          }).observe(document.body, { childList: true, subtree: true });
        });
        await new Promise((r) => requestAnimationFrame(() => r()));
        return {
          ms: performance.now() - start,
          syncs: window.__fakeExcel.state.syncs - before,
          findings: document.querySelectorAll("[data-rule]").length,
        };
      }, SHEETS);
      times.push(result.ms);
      syncs = result.syncs;
      findings = result.findings;
      await page.close();
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], syncs, findings };
  } finally {
    await browser.close();
    server.close();
  }
}

async function inNode(data) {
  const { createFakeExcel } = require(path.join(root, "test", "support", "fake-excel.js"));
  const { officePort } = require(path.join(root, "build", "hosts", "excel", "office.js"));
  const { checkTables } = require(path.join(root, "build", "workbook", "index.js"));
  const times = [];
  let syncs = 0;
  for (let round = 0; round < 5; round++) {
    const fake = createFakeExcel(data, {});
    globalThis.Excel = fake.Excel;
    globalThis.Office = fake.Office;
    const start = process.hrtime.bigint();
    const grids = await officePort().readAllSheets();
    grids.forEach((g) => checkTables(g, { audience: "pane" }));
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    syncs = fake.state.syncs;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], syncs };
}

async function inWps(data) {
  const { createFakeEt } = require(path.join(root, "test", "support", "load-fake-et.js")).loadFakeEt();
  const { evaluate } = require(path.join(root, "test", "support", "fake-excel.js"));
  const { wpsPort } = require(path.join(root, "build", "hosts", "wps", "et.js"));
  const { checkTables } = require(path.join(root, "build", "workbook", "index.js"));
  const times = [];
  let calls = 0;
  for (let round = 0; round < 5; round++) {
    const fake = createFakeEt(data, {}, { evaluate });
    const start = process.hrtime.bigint();
    const grids = await wpsPort(fake.Application, { storage: null }).readAllSheets();
    grids.forEach((g) => checkTables(g, { audience: "pane" }));
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    calls = fake.state.calls;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], calls };
}

async function main() {
  const data = workbook();
  const size = jsSize();
  const node = await inNode(data);
  console.log(`taskpane — 校验全部工作表 on a ${SHEETS}-sheet workbook in the fake Excel host, median of 5`);
  console.log(`  floor: read + check in node       ${node.ms.toFixed(1).padStart(7)} ms   ${node.syncs} context.sync calls`);
  if (fs.existsSync(CHROMIUM)) {
    const browser = await inBrowser(data);
    console.log(
      `  click to findings in Chromium     ${browser.ms.toFixed(1).padStart(7)} ms   ${browser.syncs} context.sync calls, ${browser.findings} findings shown`,
    );
    console.log(`  ratio browser / floor             ${(browser.ms / node.ms).toFixed(2)} ×   (target < 300 ms; ≤ 3 syncs for a workbook)`);
  } else {
    console.log(`  click to findings: skipped (no Chromium at ${CHROMIUM}; apt-get install -y chromium)`);
  }
  const wps = await inWps(data);
  console.log(
    `  WPS port on the fake WPS          ${wps.ms.toFixed(1).padStart(7)} ms   ${wps.calls} object-model calls (${(wps.calls / SHEETS).toFixed(0)} a sheet)`,
  );
  console.log(
    `  ratio WPS / Excel floor           ${(wps.ms / node.ms).toFixed(2)} ×   (each real WPS call also crosses into WPS: not measurable here)`,
  );
  console.log(`taskpane.html JavaScript, gzipped (office.js excluded): ${(size.total / 1024).toFixed(1)} KB   (target < 350 KB)`);
  for (const b of size.bytes)
    console.log(
      `  ${b.file.padEnd(16)} ${(b.raw / 1024).toFixed(1).padStart(8)} KB raw   ${(b.gzip / 1024).toFixed(1).padStart(7)} KB gzip`,
    );
  const wpsPane = path.join(dist, "wps", "taskpane.js");
  if (fs.existsSync(wpsPane))
    console.log(
      `  wps/taskpane.js  ${(fs.statSync(wpsPane).size / 1024).toFixed(1).padStart(8)} KB raw   ${(zlib.gzipSync(fs.readFileSync(wpsPane), { level: 9 }).length / 1024).toFixed(1).padStart(7)} KB gzip   (transpiled for Chromium 58, with polyfills)`,
    );
  const lazy = size.lazy.reduce((n, b) => n + b.gzip, 0);
  console.log(`loaded only on 生成自评报告 (the Word writer): ${(lazy / 1024).toFixed(1)} KB gzipped`);
  for (const b of size.lazy)
    console.log(
      `  ${b.file.padEnd(16)} ${(b.raw / 1024).toFixed(1).padStart(8)} KB raw   ${(b.gzip / 1024).toFixed(1).padStart(7)} KB gzip`,
    );
}

main().catch((err) => {
  console.error(`基准测试失败：${err.message}`);
  process.exit(1);
});
