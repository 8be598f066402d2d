// Writes examples/*.xlsx from the readable data in examples/data/*.js (no hand-edited binaries).
// Run by `npm ci` (prepare) and `npm run examples`; tests use the same data.
"use strict";

const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");

const root = path.resolve(__dirname, "..");
const THIN = { style: "thin", color: { argb: "FF808080" } };

/** The sheet's cells and merges, styled like the official form: bordered, wrapped, centred labels. */
function writeSheet(wb, data) {
  const ws = wb.addWorksheet(data.name);
  (data.widths || []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [address, value] of Object.entries(data.cells)) {
    const cell = ws.getCell(address);
    cell.value = value;
    if (data.formats && data.formats[address]) cell.numFmt = data.formats[address];
  }
  for (const [address, format] of Object.entries(data.formats || {})) ws.getCell(address).numFmt = format;
  for (const range of data.merges) ws.mergeCells(range);
  const lastRow = ws.rowCount;
  const lastCol = (data.widths || []).length || ws.columnCount;
  for (let r = 1; r <= lastRow; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { name: "宋体", size: r <= 2 && c === 1 ? 14 : 10, bold: r <= 2 };
      cell.alignment = {
        wrapText: true,
        vertical: "middle",
        horizontal: typeof cell.value === "string" && cell.value.length > 30 ? "left" : "center",
      };
      if (r > 3) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  }
  for (const [row, height] of Object.entries(data.tall || {})) ws.getRow(Number(row)).height = height;
  return ws;
}

/** Writes one workbook described by readable data ({ file, sheets }) to `out`. */
async function writeWorkbook(data, out) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "绩效自评助手 examples";
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  for (const sheet of data.sheets) writeSheet(wb, sheet);
  await wb.xlsx.writeFile(out);
}

async function main() {
  const dataDir = path.join(root, "examples", "data");
  const written = [];
  for (const name of fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    const data = require(path.join(dataDir, name));
    const out = path.join(root, "examples", data.file);
    await writeWorkbook(data, out);
    written.push(path.relative(root, out));
  }
  console.log(`已生成示例工作簿：${written.join("、")}`);
}

module.exports = { writeWorkbook };

if (require.main === module) {
  main().catch((err) => {
    console.error(`生成示例工作簿失败：${err.message}`);
    process.exit(1);
  });
}
