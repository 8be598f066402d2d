// Part of npm run bench: `selfeval check` over 500 generated workbooks against the floor, the time
// ExcelJS alone needs to load the same files. Each phase runs in a fresh process (peak RSS is its own).
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const COUNT = 500;

/** The example tables with their figures varied, so no two workbooks are the same. */
async function generate(dir) {
  const { writeWorkbook } = require("./make-examples");
  const bases = fs
    .readdirSync(path.join(root, "examples", "data"))
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((f) => require(path.join(root, "examples", "data", f)));
  for (let i = 0; i < COUNT; i++) {
    const base = bases[i % bases.length];
    const sheets = base.sheets.map((s) => {
      const cells = { ...s.cells };
      for (const [a1, v] of Object.entries(cells)) {
        if (typeof v === "number" && v > 20 && v !== 100) cells[a1] = Math.round(v * (0.9 + ((i * 37 + a1.length) % 20) / 100) * 100) / 100;
      }
      return { ...s, cells };
    });
    await writeWorkbook({ ...base, sheets }, path.join(dir, `wb-${String(i).padStart(3, "0")}.xlsx`));
  }
}

function phase(mode, dir) {
  const out = execFileSync(process.execPath, [__filename, "--phase", mode, dir], { encoding: "utf8" });
  return JSON.parse(out);
}

async function runPhase(mode, dir) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));
  const ExcelJS = require("exceljs");
  const { checkFile } = require(path.join(root, "build", "cli", "main.js"));
  let sheets = 0;
  const start = process.hrtime.bigint();
  for (const file of files) {
    if (mode === "floor") {
      // Read and parse exactly as selfeval does, with nothing else.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await fs.promises.readFile(file));
      sheets += wb.worksheets.length;
    } else {
      const report = await checkFile(file);
      if (report.error) throw new Error(report.error);
      sheets += report.sheets.length;
    }
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, files: files.length, sheets, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-bench-"));
  try {
    await generate(dir);
    const runs = { floor: [], check: [] };
    for (let k = 0; k < 5; k++) {
      runs.floor.push(phase("floor", dir));
      runs.check.push(phase("check", dir));
    }
    const median = (xs) => [...xs].sort((a, b) => a.ms - b.ms)[Math.floor(xs.length / 2)];
    const floor = median(runs.floor);
    const check = median(runs.check);
    const peak = Math.max(...runs.check.map((r) => r.maxRssMb));
    console.log(`selfeval check — ${COUNT} generated workbooks (${check.sheets} sheets), median of 5 runs, each in a fresh process`);
    console.log(
      `  floor: ExcelJS load only   ${floor.ms.toFixed(0).padStart(7)} ms   ${((floor.files / floor.ms) * 1000).toFixed(1).padStart(7)} workbooks/s   peak RSS ${floor.maxRssMb.toFixed(0)} MB`,
    );
    console.log(
      `  selfeval check             ${check.ms.toFixed(0).padStart(7)} ms   ${((check.files / check.ms) * 1000).toFixed(1).padStart(7)} workbooks/s   peak RSS ${peak.toFixed(0)} MB`,
    );
    console.log(`  ratio check / floor        ${(check.ms / floor.ms).toFixed(2)} ×   (target ≤ 1.3 ×, peak RSS < 400 MB)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--phase") {
  runPhase(process.argv[3], process.argv[4]).catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().catch((err) => {
    console.error(`基准测试失败：${err.message}`);
    process.exit(1);
  });
}
