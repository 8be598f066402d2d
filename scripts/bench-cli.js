// Part of npm run bench: `selfeval check` over 1,000 generated workbooks against the floor, the time
// SheetJS (the reading library) alone needs to load the same files with the same options; memory over
// the batch (it must stay flat); and how fast pathological files are refused. Each phase runs in a
// fresh process (peak RSS is its own).
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { zipSync, strToU8 } = require("fflate");

const root = path.resolve(__dirname, "..");
const COUNT = 1000;

/** The example tables with their figures varied, so no two workbooks are the same (also the checker's bench and tests). */
async function generate(dir, count = COUNT) {
  const { writeWorkbook } = require("./make-examples");
  const bases = fs
    .readdirSync(path.join(root, "examples", "data"))
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((f) => require(path.join(root, "examples", "data", f)));
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    const sheets = base.sheets.map((s) => {
      const cells = { ...s.cells };
      for (const [a1, v] of Object.entries(cells)) {
        if (typeof v === "number" && v > 20 && v !== 100) cells[a1] = Math.round(v * (0.9 + ((i * 37 + a1.length) % 20) / 100) * 100) / 100;
      }
      return { ...s, cells };
    });
    await writeWorkbook({ ...base, sheets }, path.join(dir, `wb-${String(i).padStart(4, "0")}.xlsx`));
  }
}

/** Files no real 自评表 resembles, each as an attacker or a runaway export would make it. */
function pathological(dir) {
  const made = {};
  const workbook = strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>');
  made["zip bomb (1 sheet, 300 MB of XML)"] = path.join(dir, "bomb.xlsx");
  fs.writeFileSync(
    made["zip bomb (1 sheet, 300 MB of XML)"],
    zipSync({ "xl/workbook.xml": workbook, "xl/worksheets/sheet1.xml": new Uint8Array(300 * 1024 * 1024).fill(0x20) }, { level: 9 }),
  );

  // A directory that claims 1,000 bytes for a sheet that unpacks to 64 MB.
  const size = 64 * 1024 * 1024;
  const liar = zipSync({ "xl/workbook.xml": workbook, "xl/worksheets/sheet1.xml": new Uint8Array(size).fill(0x20) }, { level: 9 });
  const view = new DataView(liar.buffer);
  for (let i = 0; i < liar.length - 30; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint32(i + 22, true) === size) view.setUint32(i + 22, 1000, true);
    if (sig === 0x02014b50 && view.getUint32(i + 24, true) === size) view.setUint32(i + 24, 1000, true);
  }
  made["lying sizes (64 MB declared as 1 KB)"] = path.join(dir, "liar.xlsx");
  fs.writeFileSync(made["lying sizes (64 MB declared as 1 KB)"], liar);

  // 200,000 rows × 20 sheets (5 numbers a row): what a runaway export looks like.
  const row = (r) =>
    `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="B${r}"><v>2</v></c><c r="C${r}"><v>3</v></c><c r="D${r}"><v>4</v></c><c r="E${r}"><v>5</v></c></row>`;
  const sheet = strToU8(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:E200000"/><sheetData>${Array.from({ length: 200000 }, (_, r) => row(r + 1)).join("")}</sheetData></worksheet>`,
  );
  const sheets = { "xl/workbook.xml": workbook };
  for (let s = 1; s <= 20; s++) sheets[`xl/worksheets/sheet${s}.xml`] = sheet;
  made["200,000 rows × 20 sheets"] = path.join(dir, "huge.xlsx");
  fs.writeFileSync(made["200,000 rows × 20 sheets"], zipSync(sheets, { level: 1 }));

  // 1.2 million cells in 40 MB: under the size limit, over the cell limit.
  const many = strToU8(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: 240000 }, (_, r) => row(r + 1)).join("")}</sheetData></worksheet>`,
  );
  made["1.2 million cells (40 MB)"] = path.join(dir, "cells.xlsx");
  fs.writeFileSync(
    made["1.2 million cells (40 MB)"],
    zipSync({ "xl/workbook.xml": workbook, "xl/worksheets/sheet1.xml": many }, { level: 6 }),
  );
  return made;
}

function phase(mode, dir) {
  const out = execFileSync(process.execPath, [__filename, "--phase", mode, dir], { encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out);
}

async function runPhase(mode, dir) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith("wb-"))
    .sort()
    .map((f) => path.join(dir, f));
  const XLSX = require("@e965/xlsx");
  const { main } = require(path.join(root, "build", "cli", "main.js"));
  let sheets = 0;
  const heap = [];
  const start = process.hrtime.bigint();
  if (mode === "floor") {
    for (const [i, file] of files.entries()) {
      // The reading library on its own, with the options selfeval reads with.
      const wb = XLSX.read(fs.readFileSync(file), { dense: true, cellFormula: true, cellNF: true, sheetStubs: true, xlfn: true });
      sheets += wb.SheetNames.length;
      if (i === 99 || i === files.length - 1) heap.push(process.memoryUsage().heapUsed / 1048576);
    }
  } else if (mode === "check") {
    // The whole command on the whole batch, as a reviewer runs it: read, check every table, format
    // the report (discarded here). The heap is sampled as the files stream by.
    let lines = 0;
    let seen = 0;
    const sink = {
      out: (l) => {
        lines++;
        if (l.startsWith("文件：") && ++seen % 100 === 0) heap.push(process.memoryUsage().heapUsed / 1048576);
      },
      err: () => lines++,
    };
    await main(["check", ...files], sink);
    sheets = lines;
  } else {
    // Steady state: both, in one warm process, after 200 files of warm-up each.
    const floor = (f) => XLSX.read(fs.readFileSync(f), { dense: true, cellFormula: true, cellNF: true, sheetStubs: true, xlfn: true });
    const check = () => main(["check", ...files], { out: () => {}, err: () => {} });
    files.slice(0, 200).forEach(floor);
    await main(["check", ...files.slice(0, 200)], { out: () => {}, err: () => {} });
    const t0 = process.hrtime.bigint();
    files.forEach(floor);
    const t1 = process.hrtime.bigint();
    await check();
    const t2 = process.hrtime.bigint();
    process.stdout.write(JSON.stringify({ floor: Number(t1 - t0) / 1e6, check: Number(t2 - t1) / 1e6 }));
    return;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, files: files.length, sheets, heap, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function refusal(file) {
  const { main } = require(path.join(root, "build", "cli", "main.js"));
  const start = process.hrtime.bigint();
  let message = "";
  const code = await main(["check", file], { out: () => {}, err: (l) => (message = l) });
  process.stdout.write(
    JSON.stringify({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, message, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
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
    console.log(`selfeval check — ${COUNT} generated workbooks, median of 5 runs, each in a fresh process`);
    console.log(
      `  floor: SheetJS read only   ${floor.ms.toFixed(0).padStart(7)} ms   ${((floor.files / floor.ms) * 1000).toFixed(1).padStart(7)} workbooks/s   peak RSS ${floor.maxRssMb.toFixed(0)} MB`,
    );
    console.log(
      `  selfeval check             ${check.ms.toFixed(0).padStart(7)} ms   ${((check.files / check.ms) * 1000).toFixed(1).padStart(7)} workbooks/s   peak RSS ${peak.toFixed(0)} MB`,
    );
    console.log(`  ratio check / floor        ${(check.ms / floor.ms).toFixed(2)} ×   (target ≤ 1.1 ×)`);
    console.log(`  heap after each 100 files  ${check.heap.map((h) => h.toFixed(0)).join(" · ")} MB   (flat: no growth with the batch)`);
    const warm = [0, 1, 2].map(() => phase("warm", dir)).sort((a, b) => a.check / a.floor - b.check / b.floor)[1];
    console.log(
      `  steady state (one warm process, after 200 files of warm-up): SheetJS read ${(warm.floor / COUNT).toFixed(2)} ms/file, selfeval check ${(warm.check / COUNT).toFixed(2)} ms/file, ratio ${(warm.check / warm.floor).toFixed(2)} ×`,
    );

    const bad = pathological(dir);
    console.log("pathological files — refused before parsing, each in a fresh process");
    for (const [what, file] of Object.entries(bad)) {
      const r = JSON.parse(execFileSync(process.execPath, [__filename, "--refuse", file], { encoding: "utf8" }));
      const size = (fs.statSync(file).size / 1048576).toFixed(1);
      console.log(
        `  ${what.padEnd(38)} ${size.padStart(6)} MB file   refused in ${r.ms.toFixed(0).padStart(5)} ms   peak RSS ${r.maxRssMb.toFixed(0)} MB   exit ${r.code}   (target < 2,000 ms)`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--phase") {
  runPhase(process.argv[3], process.argv[4]).catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else if (process.argv[2] === "--refuse") {
  refusal(process.argv[3]).catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else if (require.main === module) {
  main().catch((err) => {
    console.error(`基准测试失败：${err.message}`);
    process.exit(1);
  });
}

module.exports = { generate };
