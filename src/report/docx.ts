// Renders a report outline (src/workbook/report.ts) as a Word document in the style of the seeds:
// 方正小标宋 title, 黑体 chapter headings, 仿宋 body with a two-character first-line indent.
// Placeholders for what only the unit knows are highlighted so they cannot be missed.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { REPORT } from "../messages";
import type { ReportOutline, ReportSection } from "../workbook";

const TITLE_FONT = { ascii: "Times New Roman", eastAsia: "方正小标宋简体", hAnsi: "Times New Roman" };
const HEADING_FONT = { ascii: "Times New Roman", eastAsia: "黑体", hAnsi: "Times New Roman" };
const SUBHEADING_FONT = { ascii: "Times New Roman", eastAsia: "楷体_GB2312", hAnsi: "Times New Roman" };
const BODY_FONT = { ascii: "Times New Roman", eastAsia: "仿宋_GB2312", hAnsi: "Times New Roman" };
const PLACEHOLDER = /(【请填写[^】]*】)/;

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
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
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

/** The report as a file for the browser (the taskpane's 生成自评报告). */
export async function reportBlob(outline: ReportOutline): Promise<Blob> {
  return Packer.toBlob(reportDocument(outline));
}
