// Renders a report outline (src/workbook/report.ts) as a Word document in the style of the seeds and
// of official documents (GB/T 9704): 方正小标宋简体 title, 黑体 chapter headings, 楷体_GB2312 section
// headings, 仿宋_GB2312 body with a two-character first-line indent, "— 1 —" page numbers. Each of those
// fonts is declared with the font Windows always has (仿宋, 楷体, 宋体), so a PC without the GB2312
// fonts prints in the nearest face rather than whatever Word picks. Placeholders for what only the unit
// knows are highlighted so they cannot be missed.
import { unzipSync, zipSync, strFromU8, strToU8 } from "fflate";
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { REPORT } from "../messages";
import type { ReportOutline, ReportSection } from "../workbook";

const TITLE_FONT = { ascii: "Times New Roman", eastAsia: "方正小标宋简体", hAnsi: "Times New Roman" };
const HEADING_FONT = { ascii: "Times New Roman", eastAsia: "黑体", hAnsi: "Times New Roman" };
const SUBHEADING_FONT = { ascii: "Times New Roman", eastAsia: "楷体_GB2312", hAnsi: "Times New Roman" };
const BODY_FONT = { ascii: "Times New Roman", eastAsia: "仿宋_GB2312", hAnsi: "Times New Roman" };
const PLACEHOLDER = /(【请填写[^】]*】)/;
const PAGE_NUMBER_FONT = { ascii: "宋体", eastAsia: "宋体", hAnsi: "宋体" };

/**
 * Every font the report names, with the face Windows ships that stands in for it (w:altName) and
 * its Chinese character set (GB2312, charset 86): declared in word/fontTable.xml.
 */
export const REPORT_FONTS: ReadonlyArray<{ name: string; fallback: string; family: "roman" | "modern" | "swiss" }> = [
  { name: "方正小标宋简体", fallback: "宋体", family: "roman" },
  { name: "仿宋_GB2312", fallback: "仿宋", family: "modern" },
  { name: "楷体_GB2312", fallback: "楷体", family: "modern" },
  { name: "黑体", fallback: "SimHei", family: "modern" },
  { name: "宋体", fallback: "SimSun", family: "roman" },
  { name: "仿宋", fallback: "FangSong", family: "modern" },
  { name: "楷体", fallback: "KaiTi", family: "modern" },
];

function fontTable(xml: string): string {
  const fonts = REPORT_FONTS.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join("");
  const roman = '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>';
  // docx writes an empty <w:fonts …/>; the declarations go inside it.
  return xml.replace(/<w:fonts([^>]*?)\/>/, `<w:fonts$1>${fonts}${roman}</w:fonts>`);
}

function runs(text: string, size: number): TextRun[] {
  return text
    .split(PLACEHOLDER)
    .filter((part) => part !== "")
    .map((part) => new TextRun({ text: part, font: BODY_FONT, size, ...(PLACEHOLDER.test(part) ? { highlight: "yellow" } : {}) }));
}

function body(text: string): Paragraph {
  return new Paragraph({
    children: runs(text, 32),
    indent: { firstLine: 640 },
    spacing: { line: 560 },
    alignment: AlignmentType.JUSTIFIED,
  });
}

function heading(text: string, depth: number): Paragraph {
  const font = depth === 0 ? HEADING_FONT : SUBHEADING_FONT;
  return new Paragraph({
    heading: depth === 0 ? HeadingLevel.HEADING_1 : depth === 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    children: [new TextRun({ text, font, size: 32, bold: depth > 1, color: "000000" })],
    indent: { firstLine: 640 },
    spacing: { line: 560 },
  });
}

function section(s: ReportSection, depth: number): Paragraph[] {
  return [heading(s.heading, depth), ...s.paragraphs.map(body), ...(s.sections ?? []).flatMap((x) => section(x, depth + 1))];
}

export function reportDocument(outline: ReportOutline): Document {
  return new Document({
    creator: REPORT.creator,
    title: outline.title,
    description: REPORT.description,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: PAGE_NUMBER_FONT, size: 28 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 400, line: 560 },
            children: [new TextRun({ text: outline.title, font: TITLE_FONT, size: 44 })],
          }),
          ...outline.sections.flatMap((s) => section(s, 0)),
        ],
      },
    ],
  });
}

/** The report as .docx bytes (selfeval report), its fonts declared with their fallbacks. */
export async function reportBytes(outline: ReportOutline): Promise<Uint8Array> {
  const parts = unzipSync(new Uint8Array(await Packer.toArrayBuffer(reportDocument(outline))));
  parts["word/fontTable.xml"] = strToU8(fontTable(strFromU8(parts["word/fontTable.xml"])));
  return zipSync(parts, { level: 6 });
}

/** The report as a file for the browser (the taskpane's 生成自评报告, the report page). */
export async function reportBlob(outline: ReportOutline): Promise<Blob> {
  return new Blob([(await reportBytes(outline)) as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
}
