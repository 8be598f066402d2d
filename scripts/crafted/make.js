// Crafted and odd files, one set per format the reader accepts (issue 22): repeat and merge bombs, a huge
// HTML table, an .xls that declares or holds more cells than the limit, an .xlsb, very long strings, a huge
// CSV line, truncated and garbage files. Generated at test or bench time into a folder (never committed as
// blobs). Each entry says what selfeval must answer: `refused` with which problem, or `read`.
//   node scripts/crafted/make.js DIR    writes them into DIR and lists them
"use strict";

const fs = require("fs");
const path = require("path");
const { zipSync, strToU8 } = require("fflate");
const XLSX = require("@e965/xlsx");

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/** An .ods package around the rows of one table (the mimetype stored first, as the format asks). */
function ods(rows, name = "Sheet1") {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODS_NS} office:version="1.2"><office:body><office:spreadsheet><table:table table:name="${name}">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  return zipSync(
    {
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
      "content.xml": strToU8(content),
      "styles.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ODS_NS} office:version="1.2"/>`),
      "META-INF/manifest.xml": strToU8(manifest),
    },
    { level: 9 },
  );
}

const odsText = (text, attrs = "") => `<table:table-cell office:value-type="string"${attrs}><text:p>${text}</text:p></table:table-cell>`;

/** A SpreadsheetML 2003 workbook around the rows of one worksheet. */
function xml2003(rows) {
  return strToU8(
    `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table>${rows}</Table></Worksheet></Workbook>`,
  );
}

/** An .xlsx package from its sheet XML (and shared strings, if any). */
function xlsx(sheetXml, sharedStrings, sheetName = "Sheet1") {
  const ct = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}</Types>`;
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const wbRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ""}</Relationships>`;
  const wb = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const files = {
    "[Content_Types].xml": strToU8(ct),
    "_rels/.rels": strToU8(rels),
    "xl/workbook.xml": strToU8(wb),
    "xl/_rels/workbook.xml.rels": strToU8(wbRels),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetXml}</worksheet>`,
    ),
  };
  if (sharedStrings) files["xl/sharedStrings.xml"] = strToU8(sharedStrings);
  return zipSync(files, { level: 9 });
}

/** A BIFF8 record. */
function record(type, body) {
  const r = new Uint8Array(4 + body.length);
  const v = new DataView(r.buffer);
  v.setUint16(0, type, true);
  v.setUint16(2, body.length, true);
  r.set(body, 4);
  return r;
}

/**
 * An .xls written by SheetJS, its one sheet's stream changed by `edit` (records added before its EOF, its
 * DIMENSIONS rewritten): the container stays valid, so the reader sees exactly what is declared.
 */
function xls(edit) {
  const ws = XLSX.utils.aoa_to_sheet([["项目名称", "测试"]]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Sheet1");
  const bytes = XLSX.write(wb, { type: "array", bookType: "biff8" });
  const cfb = XLSX.CFB.read(new Uint8Array(bytes), { type: "array" });
  const entry = XLSX.CFB.find(cfb, "Workbook");
  const stream = Uint8Array.from(entry.content);
  // The last record is the sheet's EOF (type 0x000A, no body).
  const end = stream.length - 4;
  const added = edit.records ? edit.records() : [];
  const size = added.reduce((s, r) => s + r.length, 0);
  const out = new Uint8Array(stream.length + size);
  out.set(stream.subarray(0, end), 0);
  let o = end;
  for (const r of added) {
    out.set(r, o);
    o += r.length;
  }
  out.set(stream.subarray(end), o);
  if (edit.dimensions) {
    // DIMENSIONS (0x0200) in the sheet substream: rwMic, rwMac (4 bytes each), colMic, colMac (2 each).
    const v = new DataView(out.buffer);
    for (let p = 0; p + 4 <= out.length;) {
      const type = v.getUint16(p, true);
      const length = v.getUint16(p + 2, true);
      if (type === 0x0200 && length >= 14) {
        v.setUint32(p + 8, edit.dimensions.rows, true);
        v.setUint16(p + 14, edit.dimensions.cols, true);
      }
      p += 4 + length;
    }
  }
  entry.content = out;
  entry.size = out.length;
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }));
}

/** MULRK records (integers as RK values) for `rows` rows of `cols` columns. */
function mulrk(rows, cols) {
  const out = [];
  for (let r = 1; r <= rows; r++) {
    const body = new Uint8Array(6 + 6 * cols);
    const v = new DataView(body.buffer);
    v.setUint16(0, r, true);
    v.setUint16(2, 0, true);
    for (let c = 0; c < cols; c++) {
      v.setUint16(4 + 6 * c, 15, true);
      v.setUint32(6 + 6 * c, ((c + 1) << 2) | 2, true);
    }
    v.setUint16(4 + 6 * cols, cols - 1, true);
    out.push(record(0x00bd, body));
  }
  return out;
}

/** A small real workbook (the reader must read it exactly): a 自评表's first rows. */
function smallBook() {
  const ws = XLSX.utils.aoa_to_sheet([["项目支出绩效自评表"], ["项目名称", "测试项目"], ["年度预算数", 100, "执行数", 95]]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "自评表");
  return wb;
}

/**
 * Every crafted file: name, what it is, what the reader must answer (`problem`: the ReadError's problem, or
 * "read"), and extra CLI arguments where the case is about them.
 */
function crafted() {
  const list = [];
  const add = (name, what, problem, bytes, args = []) => list.push({ name, what, problem, bytes, args });

  // --- .ods: repeats multiply (rows × columns), covered cells are materialised, trailing empty repeats are not.
  const trailing =
    '<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>';
  add(
    "ods-repeat-nested.ods",
    ".ods: a text cell repeated 16,384 columns × 1,048,576 rows (1 KB)",
    "too-many-cells",
    ods(
      `<table:table-row table:number-rows-repeated="1048576">${odsText("x", ' table:number-columns-repeated="16384"')}</table:table-row>`,
    ),
  );
  add(
    "ods-repeat-rows.ods",
    ".ods: a row of 10 text cells repeated 1,000,000 times",
    "too-many-cells",
    ods(`<table:table-row table:number-rows-repeated="1000000">${odsText("x", ' table:number-columns-repeated="10"')}</table:table-row>`),
  );
  add(
    "ods-repeat-empty-open.ods",
    ".ods: empty (not self-closed) cells repeated 1,024 × 1,000,000, then content (nothing to create)",
    "read",
    ods(
      `<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1024"></table:table-cell></table:table-row><table:table-row>${odsText("x")}</table:table-row>`,
    ),
  );
  add(
    "ods-covered.ods",
    ".ods: covered cells repeated 2,000,000 columns (nothing to create)",
    "read",
    ods(`<table:table-row>${odsText("x")}<table:covered-table-cell table:number-columns-repeated="2000000"/></table:table-row>`),
  );
  add(
    "ods-spanned.ods",
    ".ods: one cell spanning 16,384 columns × 1,048,576 rows",
    "too-many-cells",
    ods(`<table:table-row>${odsText("x", ' table:number-columns-spanned="16384" table:number-rows-spanned="1048576"')}</table:table-row>`),
  );
  add(
    "ods-small-limit.ods",
    ".ods: 2,000 repeated text cells with --max-cells 1000",
    "too-many-cells",
    ods(`<table:table-row table:number-rows-repeated="200">${odsText("x", ' table:number-columns-repeated="10"')}</table:table-row>`),
    ["--max-cells", "1000"],
  );
  add(
    "ods-trailing-empty.ods",
    ".ods as LibreOffice writes it: 3 rows of content, then 1,048,573 empty rows × 1,024 columns",
    "read",
    ods(
      `<table:table-row>${odsText("项目名称")}${odsText("测试项目")}</table:table-row><table:table-row>${odsText("年度预算数")}<table:table-cell office:value-type="float" office:value="100"><text:p>100</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row><table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>${trailing}`,
    ),
  );

  // --- SpreadsheetML 2003: merge spans materialise their covered cells; ss:Index jumps do not.
  add(
    "xml-merge-bomb.xml",
    "SpreadsheetML 2003: one cell with MergeAcross=16000 MergeDown=1000000 (342 bytes)",
    "too-many-cells",
    xml2003('<Row><Cell ss:MergeAcross="16000" ss:MergeDown="1000000"><Data ss:Type="String">x</Data></Cell></Row>'),
  );
  add(
    "xml-merge-down.xml",
    "SpreadsheetML 2003: one cell with MergeDown=1000000",
    "too-many-cells",
    xml2003('<Row><Cell ss:MergeDown="1000000"><Data ss:Type="String">x</Data></Cell></Row>'),
  );
  add(
    "xml-index-jump.xml",
    "SpreadsheetML 2003: two cells, the second at row 1,048,576 column 16,384 (ss:Index jumps)",
    "read",
    xml2003(
      '<Row><Cell><Data ss:Type="String">项目名称</Data></Cell></Row><Row ss:Index="1048576"><Cell ss:Index="16384"><Data ss:Type="Number">1</Data></Cell></Row>',
    ),
  );

  // --- HTML tables (what some systems export as .xls).
  const row = `<tr>${"<td>1</td>".repeat(20)}</tr>`;
  add(
    "html-cells.xls",
    "HTML: a table of 1.2 million cells (12 MB)",
    "too-many-cells",
    strToU8(`<html><body><table>${row.repeat(60000)}</table></body></html>`),
  );
  add(
    "html-span-bomb.xls",
    "HTML: one cell with rowspan=1000000 colspan=16000",
    "too-many-cells",
    strToU8('<html><body><table><tr><td rowspan="1000000" colspan="16000">x</td></tr></table></body></html>'),
  );
  add(
    "html-many-spans.xls",
    "HTML: 20,000 cells each with colspan=2 (20,000 merged areas)",
    "too-many-merges",
    strToU8(`<html><body><table>${`<tr>${'<td colspan="2">1</td>'.repeat(20)}</tr>`.repeat(1000)}</table></body></html>`),
  );
  add(
    "html-span-work.xls",
    "HTML: 30,000 cells, 4,000 of them with colspan=2 (the reader looks each cell up in every merged area)",
    "too-many-merges",
    strToU8(
      `<html><body><table>${`<tr>${'<td colspan="2">1</td>'.repeat(4)}${"<td>1</td>".repeat(26)}</tr>`.repeat(1000)}</table></body></html>`,
    ),
  );

  // --- .xls (BIFF8).
  add(
    "xls-dimensions.xls",
    ".xls: DIMENSIONS declaring 4,294,967,295 rows × 256 columns, two cells",
    "read",
    xls({ dimensions: { rows: 0xffffffff, cols: 256 } }),
  );
  add(
    "xls-many-cells.xls",
    ".xls: 1,280,000 numbers in MULRK records (5,000 rows × 256 columns)",
    "too-many-cells",
    xls({ records: () => mulrk(5000, 256) }),
  );

  add(
    "xls-chatter.xls",
    ".xls with a record the reader does not know (it prints “Missing Info for XLS Record” to the console)",
    "read",
    xls({ records: () => [record(0x0777, new Uint8Array(4))] }),
  );

  // --- .xlsb: refused by name, whatever it holds.
  add(
    "book.xlsb",
    ".xlsb written by SheetJS (a small, valid binary workbook)",
    "xlsb",
    new Uint8Array(XLSX.write(smallBook(), { type: "array", bookType: "xlsb" })),
  );

  // --- .xlsx: long strings, garbage names.
  const long = "长".repeat(32767);
  const strings = Array.from({ length: 1000 }, () => `<si><t>${long}</t></si>`).join("");
  add(
    "xlsx-long-strings.xlsx",
    ".xlsx: 1,000 shared strings of 32,767 characters (96 MB of text)",
    "too-much-text",
    xlsx(
      `<sheetData>${Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join("")}</sheetData>`,
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1000" uniqueCount="1000">${strings}</sst>`,
    ),
  );
  add(
    "xlsx-string-too-long.xlsx",
    ".xlsx: one inline string of 1,000,000 characters (longer than Excel allows)",
    "garbled",
    xlsx(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(1000000)}</t></is></c></row></sheetData>`),
  );
  add(
    "xlsx-garbage-name.xlsx",
    ".xlsx: a sheet name of control characters",
    "garbled",
    xlsx('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row></sheetData>', null, "&#x1;&#x2;&#x3;_x0004_"),
  );
  add(
    "xlsx-merge-bomb.xlsx",
    ".xlsx: one merged area A1:XFD1048576",
    "too-many-cells",
    xlsx(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    ),
  );

  // --- Not workbooks, truncated, garbage.
  add("huge-line.csv", "CSV: one line of 20 MB", "not-workbook", new Uint8Array(20 * 1024 * 1024).fill(0x31));
  const good = new Uint8Array(XLSX.write(smallBook(), { type: "array", bookType: "xlsx" }));
  add("truncated.xlsx", ".xlsx cut in half", "corrupt", good.subarray(0, Math.floor(good.length / 2)));
  const goodXls = new Uint8Array(XLSX.write(smallBook(), { type: "array", bookType: "biff8" }));
  add("truncated.xls", ".xls cut after 1,000 bytes", "corrupt", goodXls.subarray(0, 1000));
  let seed = 22;
  const noise = new Uint8Array(65536).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
  noise.set([0x50, 0x4b, 0x03, 0x04]);
  add("garbage.xlsx", "64 KB of noise behind a zip signature", "corrupt", noise);
  const odsGood = ods(`<table:table-row>${odsText("项目名称")}</table:table-row>`);
  add("truncated.ods", ".ods cut 20 bytes short", "corrupt", odsGood.subarray(0, odsGood.length - 20));

  // --- Just under the default cell limit: read within the bounds.
  const cellRow = (r) =>
    `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>2</v></c><c r="C${r}" t="inlineStr"><is><t>项目${r}</t></is></c><c r="D${r}"><v>4</v></c><c r="E${r}"><v>5</v></c></row>`;
  add(
    "xlsx-at-limit.xlsx",
    ".xlsx: 99,995 cells (20,000 × 5 less 5), just under the default limit of 100,000",
    "read",
    xlsx(`<sheetData>${Array.from({ length: 19999 }, (_, r) => cellRow(r + 1)).join("")}</sheetData>`),
  );

  // --- Baselines: a normal workbook in each format, read as usual.
  add("normal.xlsx", "baseline: a normal small .xlsx", "read", good);
  add("normal.xls", "baseline: a normal small .xls", "read", goodXls);
  add(
    "normal.ods",
    "baseline: a normal small .ods (SheetJS)",
    "read",
    new Uint8Array(XLSX.write(smallBook(), { type: "array", bookType: "ods" })),
  );
  return list;
}

/** Writes every crafted file into `dir`; returns the list with each file's path. */
function writeCrafted(dir) {
  fs.mkdirSync(dir, { recursive: true });
  return crafted().map(({ bytes, ...c }) => {
    const file = path.join(dir, c.name);
    fs.writeFileSync(file, bytes);
    return { ...c, file, size: bytes.length };
  });
}

module.exports = { crafted, writeCrafted, xlsx, ods, xml2003 };

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("用法：node scripts/crafted/make.js 目录\n");
    process.exit(2);
  }
  const files = writeCrafted(dir);
  if (process.argv[3] === "--json") process.stdout.write(JSON.stringify(files));
  else for (const c of files) process.stdout.write(`${c.name}\t${c.size}\t${c.problem}\t${c.what}\n`);
}
