// Part of npm run bench: the web checker (dist/checker/) on 100 generated workbooks in Chromium, from
// choosing the files to the last result shown, against `selfeval check --json` on the same files in a
// fresh process; median of 5 each, measured in the same run. Goal: the page within 2× the CLI.
// The batch overview (charts, issue 21) against the same page without it (`?overview=0`), rounds
// interleaved: from choosing the files to the last result and the overview's final numbers shown.
// Goal: ≤ 1.10×. Also the engine alone in the browser: one worker of the page's checking the same files with
// nothing drawn, against the CLI (how much of the page's time is the engine's). BENCH_CHECKER_COUNT=1000 runs a
// larger batch.
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { generate } = require("./bench-cli");

const root = path.resolve(__dirname, "..");
const COUNT = Number(process.env.BENCH_CHECKER_COUNT) || 100;
const ROUNDS = Number(process.env.BENCH_CHECKER_ROUNDS) || 5;
const { CHROMIUM, launchChromium } = require("./chromium");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function cliOnce(files) {
  const start = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [path.join(root, "bin", "selfeval.js"), "check", "--json", ...files], { stdio: "ignore" });
  } catch (err) {
    if (err.status === undefined || err.status > 1) throw err;
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Whether the batch is finished on the page: every result shown and, with the overview, its final numbers. */
function finished(n) {
  const c = window.__jxChecker;
  if (!c || c.done !== n) return false;
  const overview = document.querySelector("[data-testid=overview]");
  if (!overview) return true;
  const tables = c.results.reduce((k, r) => k + r.sheets.filter((s) => s.kind === "project" || s.kind === "department").length, 0);
  return Number(overview.getAttribute("data-tables")) === tables;
}

/** Rounds of the page with and without the overview, interleaved so that both see the same machine. */
async function pageRounds(files) {
  const browser = await launchChromium();
  const url = `file://${path.join(root, "dist", "checker", "index.html")}`;
  const times = { with: [], without: [] };
  try {
    for (let round = 0; round < ROUNDS; round++)
      for (const kind of round % 2 ? ["without", "with"] : ["with", "without"]) {
        const page = await browser.newPage();
        await page.goto(kind === "with" ? url : `${url}?overview=0`);
        await page.getByRole("button", { name: "选择文件" }).waitFor();
        const start = Date.now();
        await page.setInputFiles("input[type=file]", files);
        await page.waitForFunction(finished, files.length, { timeout: 600_000, polling: 20 });
        times[kind].push(Date.now() - start);
        await page.close();
      }
  } finally {
    await browser.close();
  }
  return times;
}

/** One worker, as the page starts it, checking the files with nothing shown: the engine's own time in the browser. */
async function workerRounds(files) {
  const browser = await launchChromium();
  const times = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.newPage();
      await page.goto(`file://${path.join(root, "dist", "checker", "index.html")}?overview=0`);
      await page.waitForFunction(() => typeof window.__JX_CHECKER_WORKER === "string");
      await page.evaluate(() => {
        const input = document.createElement("input");
        input.type = "file";
        input.multiple = true;
        input.id = "bench-worker";
        document.body.appendChild(input);
      });
      await page.setInputFiles("#bench-worker", files);
      times.push(
        await page.evaluate(async () => {
          const chosen = [...document.getElementById("bench-worker").files];
          const worker = new Worker(URL.createObjectURL(new Blob([window.__JX_CHECKER_WORKER], { type: "text/javascript" })));
          const start = performance.now();
          let done = 0;
          const finished = new Promise((resolve) => {
            worker.onmessage = (e) => {
              if ((e.data.type === "checked" || e.data.type === "failed") && ++done === chosen.length) resolve(performance.now() - start);
            };
          });
          for (let i = 0; i < chosen.length; i++) {
            const bytes = await chosen[i].arrayBuffer();
            worker.postMessage({ type: "check", id: i + 1, name: chosen[i].name, bytes }, [bytes]);
          }
          return finished;
        }),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function main() {
  if (!fs.existsSync(path.join(root, "dist", "checker", "index.html")))
    throw new Error("找不到 dist/checker：请先运行 npm run build:checker");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-checker-"));
  try {
    await generate(dir, COUNT);
    const files = fs
      .readdirSync(dir)
      .sort()
      .map((f) => path.join(dir, f));
    console.log(`web checker — ${COUNT} generated workbooks, median of ${ROUNDS}`);
    const cli = [];
    for (let round = 0; round < ROUNDS; round++) cli.push(cliOnce(files));
    console.log(`  baseline: selfeval check --json (fresh process)   ${median(cli).toFixed(0).padStart(6)} ms`);
    if (!fs.existsSync(CHROMIUM)) {
      console.log(`  page: skipped (no Chromium at ${CHROMIUM}; apt-get install -y chromium)`);
      return;
    }
    const times = await pageRounds(files);
    const page = median(times.with);
    const bare = median(times.without);
    console.log(`  page: choose files → last result shown (file://)  ${page.toFixed(0).padStart(6)} ms`);
    console.log(`  ratio page / CLI                                   ${(page / median(cli)).toFixed(2)} ×   (goal ≤ 2 ×)`);
    console.log(`  page without the overview (?overview=0)           ${bare.toFixed(0).padStart(6)} ms`);
    console.log(`  ratio with / without the overview                  ${(page / bare).toFixed(2)} ×   (goal ≤ 1.10 ×)`);
    const engine = median(await workerRounds(files));
    console.log(`  engine alone: one worker, nothing shown             ${engine.toFixed(0).padStart(6)} ms`);
    console.log(`  ratio engine in the browser / CLI                  ${(engine / median(cli)).toFixed(2)} ×`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`基准测试失败：${err.message}`);
  process.exit(1);
});
