// Writes test/fixtures/foreign/: workbooks by other writers (openpyxl, LibreOffice Calc), plus files
// that are not workbooks (a Word document renamed .xlsx, a text file, an empty file). Committed, so
// the tests need neither Python nor LibreOffice; rerun with `npm run fixtures:foreign` (needs Debian's
// python3-openpyxl, libreoffice-calc and python3-uno) and review the diff.
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph } = require("docx");

const root = path.resolve(__dirname, "..", "..");
const out = path.join(root, "test", "fixtures", "foreign");
fs.mkdirSync(out, { recursive: true });

const examples = {
  central: require(path.join(root, "examples", "data", "central-weiquan-2022.js")),
};
const python = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
execFileSync(python, [path.join(__dirname, "openpyxl_fixtures.py"), out], {
  input: JSON.stringify(examples),
  stdio: ["pipe", "inherit", "inherit"],
});
execFileSync(python, [path.join(__dirname, "libreoffice_fixtures.py"), out], { stdio: "inherit", timeout: 300000 });

// Files that are not workbooks, each as such files really are: a Word document (written by the docx
// library) renamed .xlsx, a text file named .xlsx, an empty file.
async function notWorkbooks() {
  const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("部门整体支出绩效自评报告")] }] }));
  fs.writeFileSync(path.join(out, "word-renamed.xlsx"), word);
  fs.writeFileSync(path.join(out, "notes.xlsx"), "这是一份说明，不是工作簿。\n");
  fs.writeFileSync(path.join(out, "empty.xlsx"), "");
}

notWorkbooks().then(() => console.log(`已生成 ${fs.readdirSync(out).length} 个外来文件：${path.relative(root, out)}`));
