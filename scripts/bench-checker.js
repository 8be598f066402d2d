// Part of npm run bench: the web checker (dist/checker/) on 100 generated workbooks in Chromium, from
// choosing the files to the last result shown, against `selfeval check --json` on the same files in a
// fresh process; median of 3 each, measured in the same run. Goal: the page within 2× the CLI.
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { generate } = require("./bench-cli");

const root = path.resolve(__dirname, "..");
const COUNT = 100;
const ROUNDS = 3;
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

async function pageRounds(files) {
  const browser = await launchChromium();
  const url = `file://${path.join(root, "dist", "checker", "index.html")}`;
  const times = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.newPage();
      await page.goto(url);
      await page.getByRole("button", { name: "选择文件" }).waitFor();
      const start = Date.now();
      await page.setInputFiles("input[type=file]", files);
      await page.waitForFunction((n) => window.__jxChecker && window.__jxChecker.done === n, files.length, {
        timeout: 300_000,
        polling: 20,
      });
      times.push(Date.now() - start);
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
    const page = await pageRounds(files);
    console.log(`  page: choose files → last result shown (file://)  ${median(page).toFixed(0).padStart(6)} ms`);
    console.log(`  ratio page / CLI                                   ${(median(page) / median(cli)).toFixed(2)} ×   (goal ≤ 2 ×)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`基准测试失败：${err.message}`);
  process.exit(1);
});
