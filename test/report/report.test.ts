// The 自评报告 draft: golden text of the outline for the example workbooks, the .docx carries exactly
// that text, and placeholders stand where only the unit knows the answer.
import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { REPORT_FONTS, reportBytes } from "../../src/output/docx";
import { buildReport, reportText } from "../../src/workbook";
import { gridOf, loadExample, checkOne } from "../support/fixtures";

const EXAMPLES = ["department-2022.js", "central-weiquan-2022.js", "guangzhou-panyu-2021.js", "sichuan-peixun-2023.js"];
const reports = EXAMPLES.flatMap((n) => loadExample(n).sheets.map((s) => checkOne(gridOf(s)))).filter((r) => r.kind !== "unknown");
const golden = path.resolve(__dirname, "../golden/report/自评报告.txt");

async function docxParagraphs(buffer: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(buffer)).file("word/document.xml")!.async("string");
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    unescape([...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
  );
}

test("the outline's text matches its golden file", () => {
  const text = reportText(buildReport(reports));
  if (process.env.UPDATE_GOLDEN) {
    fs.mkdirSync(path.dirname(golden), { recursive: true });
    fs.writeFileSync(golden, text);
  }
  expect(text).toBe(fs.readFileSync(golden, "utf8"));
});

test("the seeds' outline, with facts from the tables", () => {
  const text = reportText(buildReport(reports));
  const headings = text.split("\n").filter((l) => /^[一二三四]、/.test(l));
  expect(headings).toEqual(["一、基本情况", "二、综合评价分析", "三、存在的主要问题", "四、下一步改进措施"]);
  expect(text).toContain("某区妇女联合会2022年度部门整体支出绩效自评报告");
  expect(text).toContain("整体目标完成率达 97.97%（基本支出完成率为 99.79%，项目支出完成率为 91.69%）");
  expect(text).toContain("自评总分为 102.4 分，评价等级为“优”，加分 3.5 分");
  expect(text).toContain("一是开展维权宣传活动：年度指标值 ≥50场，实际完成值 62场");
});

test("what only the unit knows is a placeholder, never an invented cause", () => {
  const text = reportText(buildReport(reports));
  expect(text).toContain("主要原因：【请填写：");
  expect(text).toContain("（三）主要工作成效\n【请填写：");
  // A deduction's cause appears only where the table wrote one.
  expect(text).toContain("项目支出执行率91.69%，妇女创业小额担保贷款贴息资金未全部拨付");
});

test("the .docx holds exactly the outline's paragraphs, placeholders highlighted", async () => {
  const outline = buildReport(reports);
  const buffer = await reportBytes(outline);
  expect(await docxParagraphs(buffer)).toEqual(reportText(outline).trimEnd().split("\n"));
  const xml = await (await JSZip.loadAsync(buffer)).file("word/document.xml")!.async("string");
  expect(xml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]*?【请填写/);
});

test("without a department table the report still stands on the project tables", () => {
  const projects = reports.filter((r) => r.kind === "project");
  const text = reportText(buildReport(projects));
  expect(text).toContain("纳入自评的 3 个项目全年预算数合计为 292.46万元，执行数为 268.88万元，执行率为 91.94%");
  expect(text).toContain("【请填写：单位名称】");
});

test("prints well on a government PC: GB2312 fonts declared with the Windows faces that stand in for them, page numbers in the footer", async () => {
  const zip = await JSZip.loadAsync(await reportBytes(buildReport(reports)));
  const fonts = await zip.file("word/fontTable.xml")!.async("string");
  for (const [name, fallback] of [
    ["仿宋_GB2312", "仿宋"],
    ["楷体_GB2312", "楷体"],
    ["方正小标宋简体", "宋体"],
  ])
    expect(fonts).toContain(`<w:font w:name="${name}"><w:altName w:val="${fallback}"/><w:charset w:val="86"/>`);
  expect(REPORT_FONTS.map((f) => f.name)).toEqual(expect.arrayContaining(["仿宋_GB2312", "楷体_GB2312", "方正小标宋简体", "黑体"]));
  const document = await zip.file("word/document.xml")!.async("string");
  for (const f of ["方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"]) expect(document).toContain(`w:eastAsia="${f}"`);
  const footer = Object.keys(zip.files).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
  const footerXml = await zip.file(footer)!.async("string");
  expect(footerXml).toMatch(/PAGE/);
  expect(footerXml).toContain("— ");
  expect(document).toMatch(/<w:footerReference [^>]*w:type="default"/);
});

test("one notation: ≥ and ≤, never >= or <=, whatever the table wrote", () => {
  const text = reportText(buildReport(reports));
  expect(text).toContain("年度指标值 ≥500人次");
  expect(text).not.toMatch(/>=|<=|=>|=<|＞＝|＜＝/);
});

test("where the report uses a recalculated figure that differs from the printed one, it says so", () => {
  const text = reportText(buildReport(reports));
  expect(text).toContain(
    "自评得分 93.59 分，评价等级为“优”。（自评表中填写的总分为 93.12 分，本报告采用按评分规则重新计算的 93.59 分；请核对并修正自评表，使两者一致。）",
  );
  // A table whose printed total and rate are the rules' own: no note.
  const agreeing = reports.filter((r) => r.projectName === "基层妇女干部能力提升培训");
  expect(agreeing).toHaveLength(1);
  expect(reportText(buildReport(agreeing))).not.toContain("重新计算");
});
