// Part of npm run bench: the 自评报告 for one workbook holding a department table and 30 project
// tables, beside the floor of reading that workbook with SheetJS (the reading library), in the same run.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const PROJECTS = 30;

async function main() {
  const XLSX = require("@e965/xlsx");
  const { writeWorkbook } = require("./make-examples");
  const { main: cli } = require(path.join(root, "build", "cli", "main.js"));
  const data = (f) => require(path.join(root, "examples", "data", f));
  const projects = ["central-weiquan-2022.js", "guangzhou-panyu-2021.js", "sichuan-peixun-2023.js"].map((f) => data(f).sheets[0]);
  const sheets = [data("department-2022.js").sheets[0]];
  for (let i = 0; i < PROJECTS; i++) sheets.push({ ...projects[i % projects.length], name: `项目${String(i + 1).padStart(2, "0")}` });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-bench-"));
  const file = path.join(dir, "workbook.xlsx");
  await writeWorkbook({ file: "workbook.xlsx", sheets }, file);
  const quiet = { out: () => {}, err: (l) => process.stderr.write(`${l}\n`) };
  const floor = [];
  const report = [];
  try {
    for (let k = 0; k < 5; k++) {
      let t = process.hrtime.bigint();
      XLSX.read(fs.readFileSync(file), { dense: true, cellFormula: true, cellNF: true, sheetStubs: true, xlfn: true });
      floor.push(Number(process.hrtime.bigint() - t) / 1e6);
      t = process.hrtime.bigint();
      const code = await cli(["report", file, "-o", path.join(dir, "report.docx"), "--force"], quiet);
      if (code !== 0) throw new Error(`selfeval report exited ${code}`);
      report.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [f, r] = [median(floor), median(report)];
  console.log(`selfeval report — one workbook, 1 department table + ${PROJECTS} project tables, median of 5`);
  console.log(`  floor: SheetJS read only    ${f.toFixed(1).padStart(7)} ms`);
  console.log(`  selfeval report (→ .docx)   ${r.toFixed(1).padStart(7)} ms   (check + outline + Word: ${(r - f).toFixed(1)} ms)`);
  console.log(`  ratio report / floor        ${(r / f).toFixed(2)} ×`);
}

main().catch((err) => {
  console.error(`基准测试失败：${err.message}`);
  process.exit(1);
});
