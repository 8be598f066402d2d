// Never damage a file: selfeval on workbooks from every writer (openpyxl, LibreOffice, an export-like
// .xls), on files that are not workbooks, on oversized and lying zips, and used as command-line tools
// are used (links to the input, `--`, pipes, --help). Fixtures by other writers are in
// test/fixtures/foreign (scripts/foreign/make.js); attack files are built here.
import { execFileSync, spawn, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import * as XLSX from "@e965/xlsx";
import { zipSync, strToU8 } from "fflate";
import { main } from "../../src/cli/main";
import { readWorkbook } from "../../src/io/read";
import { unzipBounded, zipEntries } from "../../src/io/zip";
import { loadExample } from "../support/fixtures";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");

const FOREIGN = path.resolve(__dirname, "../fixtures/foreign");
const BIN = path.resolve(__dirname, "../../bin/selfeval.js");
let dir: string;
const here = (name: string) => path.join(dir, name);
const foreign = (name: string) => path.join(FOREIGN, name);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function parts(file: string): Map<string, Buffer> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  return new Map([...unzipBounded(bytes, zipEntries(bytes), 1e9)].map(([k, v]) => [k, Buffer.from(v)]));
}

/** Every cell of a sheet part as its XML, by address. */
function cellsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) out.set(m[1], m[0]);
  return out;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-files-"));
  await writeWorkbook(loadExample("central-weiquan-2022.js"), here("central.xlsx"));
  await writeWorkbook(loadExample("department-2022.js"), here("department.xlsx"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("never overwrite the input", () => {
  test("the input reached through a symbolic link, a hard link or ./ is refused, exit 2, and the input is untouched", async () => {
    const input = here("central.xlsx");
    const before = fs.readFileSync(input);
    fs.symlinkSync(input, here("link.xlsx"));
    fs.linkSync(input, here("hard.xlsx"));
    for (const output of [here("link.xlsx"), here("hard.xlsx"), path.join(dir, ".", "central.xlsx"), `${dir}//central.xlsx`]) {
      const r = await run("fill", input, "-o", output, "--force", "--fix");
      expect({ output, code: r.code }).toEqual({ output, code: 2 });
      expect(r.err).toContain("就是原文件");
    }
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  test("an output that is a folder is a clear error", async () => {
    const r = await run("fill", here("central.xlsx"), "-o", dir);
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining("是文件夹") });
  });

  test("outputs are written atomically: a complete file under its name, no temporary file left", async () => {
    const out = here("atomic.xlsx");
    expect((await run("fill", here("central.xlsx"), "-o", out)).code).toBe(0);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(() => readWorkbook(new Uint8Array(fs.readFileSync(out)))).not.toThrow();
    // A folder that cannot be written: a Chinese message, and no partial file.
    const locked = here("locked");
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o500);
    const r = await run("fill", here("central.xlsx"), "-o", path.join(locked, "out.xlsx"));
    fs.chmodSync(locked, 0o700);
    if (process.getuid?.() !== 0) expect(r).toMatchObject({ code: 2, err: expect.stringContaining("无法写入") });
    expect(fs.readdirSync(locked).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("real exports and files that are not workbooks", () => {
  test("an export-like .xls (and .et) of eleven sheets with 32 overlapping merges: every sheet read, the 自评表 checked", async () => {
    for (const name of ["export-like.xls", "export-like.et", "export-like.xlsx"]) {
      const r = JSON.parse((await run("check", "--json", foreign(name))).out).files[0];
      expect(r.error).toBeUndefined();
      expect(r.sheets).toHaveLength(11);
      const t = r.sheets.find((s: { kind: string }) => s.kind === "project");
      expect(t.sheet).toBe("项目支出绩效自评表");
      expect(t.projectName).toBe("妇女儿童关爱服务项目");
      expect(t.total).toMatchObject({ score: 99.75, printed: null, printedError: "#REF!" });
      expect(t.findings.find((f: { cell: string }) => f.cell === "H14").rule).toBe("formula.error");
      // The 目标申报表 has indicator headers but no 实际完成值 / 得分, the 监控表 is one by its title: each is named
      // by its kind and never checked as a 自评表.
      const sheet = (name: string) => r.sheets.find((s: { sheet: string }) => s.sheet === name);
      expect(sheet("项目支出绩效目标申报表")).toMatchObject({ kind: "declaration", findings: [] });
      expect(sheet("目标执行监控")).toMatchObject({ kind: "monitoring", findings: [] });
    }
  });

  test("openpyxl and LibreOffice workbooks (pictures, comments, formulas without results) are read", async () => {
    const json = JSON.parse(
      (
        await run(
          "check",
          "--json",
          ...["openpyxl-features.xlsx", "libreoffice-features.xlsx", "libreoffice-features.xls", "libreoffice-features.ods"].map(foreign),
        )
      ).out,
    );
    for (const f of json.files) {
      expect(f.error).toBeUndefined();
      expect(f.sheets[0]).toMatchObject({ kind: "project", projectName: "妇女儿童维权服务项目", total: { score: 93.59, printed: 93.12 } });
    }
  });

  test("what is not a workbook: exit 2, a Chinese message naming the file and what it is, on stderr; the rest of the batch is checked", async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "EncryptionInfo", new Uint8Array(64));
    XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", new Uint8Array(4096));
    fs.writeFileSync(here("agile.xlsx"), XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
    const inputs = [
      foreign("word-renamed.xlsx"),
      foreign("encrypted.xls"),
      here("agile.xlsx"),
      foreign("empty.xlsx"),
      foreign("notes.xlsx"),
      here("central.xlsx"),
    ];
    const r = await run("check", ...inputs);
    expect(r.code).toBe(2);
    const lines = r.err.split("\n");
    expect(lines[0]).toMatch(/word-renamed\.xlsx.*Word 文档/);
    expect(lines[1]).toMatch(/encrypted\.xls.*打开密码/);
    expect(lines[2]).toMatch(/agile\.xlsx.*打开密码/);
    expect(lines[3]).toMatch(/empty\.xlsx.*空文件/);
    expect(lines[4]).toMatch(/notes\.xlsx.*文本文件/);
    expect(r.out).toContain("妇女儿童维权服务项目");
    expect(r.out).toContain("6 个文件");
  });

  test("fill on an .xls writes an .xlsx beside it, says so, and the values, formulas and merges come across", async () => {
    fs.copyFileSync(foreign("export-like.xls"), here("export.xls"));
    const r = await run("fill", here("export.xls"), "--fix");
    expect(r.code).toBe(0);
    expect(r.out).toContain("export.xlsx");
    expect(r.out).toContain("不是 .xlsx 格式");
    const out = readWorkbook(new Uint8Array(fs.readFileSync(here("export.xlsx"))));
    expect(out.grids.map((g) => g.name)).toHaveLength(11);
    const sheet = out.grids.find((g) => g.name === "项目支出绩效自评表")!;
    expect(sheet.cell(13, 7)).toMatchObject({ formula: "SUM(I6,H11:H13)", value: 99.75 });
    expect(out.grids.find((g) => g.name === "目标执行监控")!.merges).toHaveLength(32);
  });
});

describe("limits", () => {
  test("a zip bomb is refused from its declared size, before anything is unpacked", async () => {
    const sheet = new Uint8Array(150 * 1024 * 1024).fill(0x20);
    fs.writeFileSync(
      here("bomb.xlsx"),
      zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/sheet1.xml": sheet }, { level: 9 }),
    );
    const r = await run("check", here("bomb.xlsx"));
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/bomb\.xlsx.*解压后有 150 MB，超过 100 MB/) });
    expect((await run("check", "--max-size", "200", here("bomb.xlsx"))).err).not.toContain("超过 100 MB");
  });

  test("a zip whose directory lies about sizes is refused as it unpacks", async () => {
    const honest = zipSync(
      { "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/sheet1.xml": new Uint8Array(20 * 1024 * 1024).fill(0x20) },
      { level: 9 },
    );
    // Rewrite the declared size of the sheet (local header and central directory) to 1,000 bytes.
    const view = new DataView(honest.buffer);
    for (let i = 0; i < honest.length - 4; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50 && view.getUint32(i + 22, true) === 20 * 1024 * 1024) view.setUint32(i + 22, 1000, true);
      if (sig === 0x02014b50 && view.getUint32(i + 24, true) === 20 * 1024 * 1024) view.setUint32(i + 24, 1000, true);
    }
    fs.writeFileSync(here("liar.xlsx"), honest);
    expect(await run("check", here("liar.xlsx"))).toMatchObject({ code: 2, err: expect.stringContaining("liar.xlsx") });
  });

  test("a workbook with more cells than the limit is refused, and --max-cells raises the limit", async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, r) =>
        `<row r="${r + 1}">${Array.from({ length: 5 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>1</v></c>`).join("")}</row>`,
    ).join("");
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[1]]), "大表");
    const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const p = unzipBounded(bytes, zipEntries(bytes), 1e9);
    p.set(
      "xl/worksheets/sheet1.xml",
      strToU8(
        `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
      ),
    );
    fs.writeFileSync(here("cells.xlsx"), zipSync(Object.fromEntries(p)));
    expect(await run("check", "--max-cells", "10000", here("cells.xlsx"))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/15000 个单元格，超过 10000/),
    });
    expect((await run("check", "--max-cells", "20000", here("cells.xlsx"))).code).toBe(0);
    expect(await run("check", "--max-cells", "lots", here("cells.xlsx"))).toMatchObject({
      code: 2,
      err: expect.stringContaining("不是正数"),
    });
  });
});

describe("command-line conventions", () => {
  test("--version and <command> --help print to stdout and exit 0", async () => {
    expect(await run("--version")).toMatchObject({ code: 0, out: expect.stringMatching(/^selfeval \d+\.\d+\.\d+/) });
    for (const command of ["check", "fill", "report", "rules"]) {
      const r = await run(command, "--help");
      expect({ command, code: r.code, err: r.err }).toEqual({ command, code: 0, err: "" });
      expect(r.out).toContain(`selfeval ${command}`);
    }
  });

  test("a file named like an option works after --", async () => {
    fs.copyFileSync(here("central.xlsx"), here("-dash.xlsx"));
    const r = await run(
      "check",
      "--json",
      "--",
      path.relative(process.cwd(), here("-dash.xlsx")).startsWith("-") ? here("-dash.xlsx") : here("-dash.xlsx"),
    );
    expect(JSON.parse(r.out).files[0].sheets[0].kind).toBe("project");
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(JSON.parse((await run("check", "--json", "--", "-dash.xlsx")).out).files[0].file).toBe("-dash.xlsx");
      expect((await run("check", "-dash.xlsx")).code).toBe(2);
    } finally {
      process.chdir(cwd);
    }
  });

  test("a closed pipe ends the command quietly, and no progress line is written when stderr is not a terminal", async () => {
    const files = Array.from({ length: 30 }, () => here("central.xlsx"));
    const child = spawn(process.execPath, [BIN, "check", ...files], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/Error|at .*\.js/);
    expect([0, 1, 2]).toContain(code);
    const plain = spawnSync(process.execPath, [BIN, "check", here("central.xlsx")], { encoding: "utf8" });
    expect(plain.stderr).not.toContain("正在检查");
  });

  test("results stream file by file in order; JSON is one document", async () => {
    const r = await run("check", here("central.xlsx"), here("department.xlsx"));
    expect(r.out.indexOf("central.xlsx")).toBeLessThan(r.out.indexOf("department.xlsx"));
    expect(r.out.trim().split("\n").pop()).toMatch(/^汇总：2 个文件/);
    const j = JSON.parse((await run("check", "--json", here("central.xlsx"), here("department.xlsx"))).out);
    expect(j.files.map((f: { file: string }) => path.basename(f.file))).toEqual(["central.xlsx", "department.xlsx"]);
  });
});

describe("fill does what check suggests", () => {
  test("a department workbook gets its 自评结论", async () => {
    const data = loadExample("department-2022.js");
    const sheet = { ...data.sheets[0], cells: { ...data.sheets[0].cells, B46: null } };
    await writeWorkbook({ ...data, sheets: [sheet] }, here("dept-blank.xlsx"));
    const check = await run("check", here("dept-blank.xlsx"));
    expect(check.out).toContain("自评结论");
    const r = await run("fill", here("dept-blank.xlsx"), "-o", here("dept-filled.xlsx"));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/部门整体支出绩效自评表!B46：（空） → 部门整体支出绩效自评总分为/);
    const after = JSON.parse((await run("check", "--json", here("dept-filled.xlsx"))).out).files[0].sheets[0];
    expect(after.findings.filter((f: { rule: string }) => f.rule === "narrative.missing")).toEqual([]);
  });

  test("every changed cell is listed (address, old → new); --dry-run lists them and writes nothing", async () => {
    const dry = await run("fill", here("central.xlsx"), "-o", here("dry.xlsx"), "--fix", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("预演（没有写入任何文件）：将改动 4 个单元格");
    expect(dry.out).toContain("自评表!H15：9 → 9.47");
    expect(dry.out).toContain("自评表!H21：93.12 → 93.59");
    expect(fs.existsSync(here("dry.xlsx"))).toBe(false);
  });

  test("--fix keeps a formula a formula: a wrong =SUM total becomes the right formula, and a replaced formula is named", async () => {
    const data = loadExample("central-weiquan-2022.js");
    const sheet = { ...data.sheets[0], cells: { ...data.sheets[0].cells, H21: { formula: "SUM(H13:H20)" }, H15: { formula: "G15*0.9" } } };
    await writeWorkbook({ ...data, sheets: [sheet] }, here("formulas.xlsx"));
    const r = await run("fill", here("formulas.xlsx"), "-o", here("formulas-fixed.xlsx"), "--fix");
    expect(r.out).toMatch(/H21：=SUM\(H13:H20\) → =SUM\(I6,H13:H20\)（写入公式）/);
    expect(r.out).toMatch(/H15：=G15\*0\.9 → 9\.47（替换了原公式 =G15\*0\.9）/);
    const g = readWorkbook(new Uint8Array(fs.readFileSync(here("formulas-fixed.xlsx")))).grids[0];
    expect(g.cell(20, 7)).toMatchObject({ formula: "SUM(I6,H13:H20)", value: 93.59 });
  });

  test("a long draft in a merged cell of fixed height gets a row tall enough to show it", async () => {
    const r = await run("fill", here("central.xlsx"), "-o", here("tall.xlsx"));
    expect(r.out).toMatch(/第 11 行加高到 \d+ 磅/);
    const xml = parts(here("tall.xlsx")).get("xl/worksheets/sheet1.xml")!.toString();
    const row = /<row r="11"[^>]*>/.exec(xml)![0];
    expect(Number(/ht="([\d.]+)"/.exec(row)![1])).toBeGreaterThan(60);
    expect(row).toContain('customHeight="1"');
  });
});

describe("read every writer's files; write back only what changed", () => {
  test.each(["openpyxl-features.xlsx", "libreoffice-features.xlsx"])(
    "%s: every part but the changed sheet stays byte-identical; styles only grow; only the changed cells differ",
    async (name) => {
      const input = foreign(name);
      const out = here(`filled-${name}`);
      const r = await run("fill", input, "-o", out, "--fix");
      expect(r.code).toBe(0);
      const [a, b] = [parts(input), parts(out)];
      expect([...b.keys()]).toEqual([...a.keys()].filter((k) => k !== "xl/calcChain.xml" || b.has(k)));
      const sheet = "xl/worksheets/sheet1.xml";
      for (const [part, bytes] of a) {
        if (
          part === sheet ||
          part === "xl/styles.xml" ||
          part === "xl/calcChain.xml" ||
          part === "[Content_Types].xml" ||
          part === "xl/_rels/workbook.xml.rels"
        )
          continue;
        expect({ part, same: b.get(part)?.equals(bytes) }).toEqual({ part, same: true });
      }
      // styles.xml: every xf and number format of the input is still there, in its place.
      const xfs = (xml: string) =>
        [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
      const before = xfs(a.get("xl/styles.xml")!.toString());
      expect(xfs(b.get("xl/styles.xml")!.toString()).slice(0, before.length)).toEqual(before);
      // The changed sheet: only the written cells differ.
      const written = new Set([...r.out.matchAll(/!([A-Z]+\d+)：/g)].map((m) => m[1]));
      expect(written.size).toBeGreaterThan(2);
      const [ca, cb] = [cellsOf(a.get(sheet)!.toString()), cellsOf(b.get(sheet)!.toString())];
      for (const [cell, xml] of ca) if (!written.has(cell)) expect({ cell, xml: cb.get(cell) }).toEqual({ cell, xml });
      for (const cell of cb.keys()) if (!ca.has(cell)) expect(written.has(cell)).toBe(true);
      // Print setup, data validation, conditional formats, merges, panes and pictures are untouched in the sheet too.
      const keep = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "").replace(/<dimension[^>]*>/, "");
      expect(keep(b.get(sheet)!.toString())).toBe(keep(a.get(sheet)!.toString()));
    },
  );

  test("LibreOffice opens the output as a real client and reads the written cells", async () => {
    const out = here("client.xlsx");
    expect((await run("fill", foreign("libreoffice-features.xlsx"), "-o", out, "--fix")).code).toBe(0);
    const csvDir = here("csv");
    execFileSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${here("lo-profile")}`,
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76",
        "--outdir",
        csvDir,
        out,
      ],
      { stdio: "ignore", timeout: 120000 },
    );
    const csv = fs.readFileSync(path.join(csvDir, "client.csv"), "utf8").split("\n");
    expect(csv[14]).toContain("9.47");
    expect(csv[20]).toContain("93.59");
    expect(csv[10]).toContain("支出完成情况");
  });
});

describe("a reviewer's summary", () => {
  test("汇总.xlsx: the header, one row per table, a row for an unreadable file, and every finding; the numbers of --json", async () => {
    const data = loadExample("central-weiquan-2022.js");
    const two = { sheets: [{ ...data.sheets[0], cells: { ...data.sheets[0].cells } }, data.sheets[1]] };
    await writeWorkbook(two, here("plain.xlsx"));
    const files = [here("central.xlsx"), here("department.xlsx"), foreign("export-like.xls"), foreign("word-renamed.xlsx")];
    const summary = here("汇总.xlsx");
    const r = await run("check", "--summary", summary, ...files);
    expect(r.code).toBe(2);
    expect(r.err).toContain("已写入汇总");
    const json = JSON.parse((await run("check", "--json", ...files)).out);
    const wb = XLSX.read(fs.readFileSync(summary));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], { header: 1, defval: null });
    expect(rows[0].slice(0, 8)).toEqual(["文件", "工作表", "项目名称", "总分", "等级", "错误", "警告", "提示"]);
    const tables = json.files.flatMap(
      (f: {
        file: string;
        sheets: Array<{ kind: string; sheet: string; total?: { score: number }; grade?: string; findings: Array<{ severity: string }> }>;
      }) =>
        f.sheets
          .filter((s) => s.kind !== "unknown")
          .map((s) => [
            path.basename(f.file),
            s.sheet,
            s.total?.score ?? null,
            s.grade ?? null,
            ...["error", "warning", "info"].map((v) => s.findings.filter((x) => x.severity === v).length),
          ]),
    );
    const body = rows.slice(1).filter((row) => row[1] !== null);
    expect(body.map((row) => [row[0], row[1], row[3], row[4], row[5], row[6], row[7]])).toEqual(tables);
    const unreadable = rows.slice(1).find((row) => row[0] === "word-renamed.xlsx")!;
    expect(String(unreadable[unreadable.length - 1])).toContain("Word 文档");
    const findings = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[1]], { header: 1 });
    expect(findings[0].slice(0, 6)).toEqual(["文件", "工作表", "单元格", "规则", "级别", "说明"]);
    // Every finding of every table (a sheet that is not a 自评表 has no row on either sheet).
    const count = json.files.reduce(
      (n: number, f: { sheets: Array<{ kind: string; findings: unknown[] }> }) =>
        n + f.sheets.filter((s) => s.kind !== "unknown").reduce((m, s) => m + s.findings.length, 0),
      0,
    );
    expect(findings.length - 1).toBe(count);
    const sheetXml = parts(summary).get("xl/worksheets/sheet1.xml")!.toString();
    expect(sheetXml).toContain('state="frozen"');
    expect(sheetXml).toMatch(/<col min="1" max="1" width="28"/);
  });
});
