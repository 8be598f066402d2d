// The reviewer's 汇总.xlsx: one row per recognised table (项目 or 部门整体) with its total, grade and
// count of findings by severity, a row for each file that could not be read, a second sheet with every
// finding (the batch's cross-checks between files included), and with a batch review (issue 21) the 统计
// sheet (the batch's numbers, the sample and its seed) and the 复核优先 sheet (the 自评表 ranked by their
// signals, the sample marked). The same numbers as `selfeval check --json`, always (both are made from the reports).
// Written by a small .xlsx writer of its own (below): plain sheets of values with a bold header row,
// column widths, a frozen header, an autofilter and print setup (landscape, fit to one page wide, header
// repeated on every page). No I/O: the CLI writes the bytes, the web checker downloads them.
import { escapeXml } from "../io/patch";
import { zipParts } from "../io/zip";
import { REVIEW, SEVERITY_NAMES, SUMMARY, baseNameOf } from "../messages";
import { ruleById, toA1, type BatchReview, type CellValue, type SheetReport } from "../workbook";

export interface SummaryFile {
  /** The file as given (a path, or a name in the browser); the summary shows its name without folder. */
  file: string;
  error?: string;
  sheets: SheetReport[];
}

export const baseName = baseNameOf;

function counts(s: SheetReport): [number, number, number] {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of s.findings) c[f.severity]++;
  return [c.error, c.warning, c.info];
}

/** The summary's first sheet as rows: the header, then one row per table and per unreadable file. */
export function summaryRows(files: SummaryFile[]): CellValue[][] {
  const rows: CellValue[][] = [SUMMARY.columns];
  for (const f of files) {
    const name = baseName(f.file);
    if (f.error) {
      rows.push([name, null, null, null, null, null, null, null, null, null, null, f.error]);
      continue;
    }
    for (const s of f.sheets) {
      if (s.kind === "unknown") continue;
      const plan = s.kind === "declaration" || s.kind === "monitoring";
      const total = s.total?.score ?? s.total?.printed ?? null;
      const note = plan
        ? SUMMARY.planNote
        : s.total?.score === null || s.total?.score === undefined
          ? SUMMARY.totalNotComputed(s.total?.printed ?? null, s.total?.printedError)
          : null;
      rows.push([
        name,
        s.sheet,
        s.projectName || null,
        total,
        s.grade ?? null,
        ...counts(s),
        s.kind === "project" ? SUMMARY.project : SUMMARY[s.kind],
        f.sheets.filter((x) => x.sheet === s.sheet && x.kind !== "unknown").length > 1 ? SUMMARY.table(s.table ?? 1, s.range ?? "") : null,
        s.total?.printed ?? null,
        note,
      ]);
    }
  }
  return rows;
}

/** The second sheet: every finding of every table, then those of the batch's cross-checks between files. */
export function findingRows(files: SummaryFile[], crossFiles: SummaryFile[] = []): CellValue[][] {
  const rows: CellValue[][] = [SUMMARY.findingColumns];
  for (const f of [...files, ...crossFiles]) {
    for (const s of f.sheets) {
      if (s.kind === "unknown") continue;
      for (const x of s.findings) {
        rows.push([
          baseName(f.file),
          s.sheet,
          x.cell,
          x.rule,
          SEVERITY_NAMES[x.severity],
          x.message,
          ruleById(x.rule)?.title ?? null,
          s.projectName || null,
        ]);
      }
    }
  }
  return rows;
}

const share = (n: number, of: number): number | null => (of > 0 ? n / of : null);

/** The 统计 sheet: the batch's numbers as 类别 · 项目 · 数量 · 占比 rows, the sample and its seed last. */
export function statsRows(review: BatchReview): CellValue[][] {
  const st = review.stats;
  const rows: CellValue[][] = [REVIEW.statsColumns];
  const S = REVIEW.sections;
  rows.push(
    [S.files, REVIEW.filesRead, st.files, null],
    [S.files, REVIEW.filesUnreadable, st.unreadableFiles, share(st.unreadableFiles, st.files)],
  );
  const sheets = Object.values(st.kinds).reduce((a, b) => a + b, 0);
  for (const [kind, n] of Object.entries(st.kinds))
    rows.push([S.kinds, REVIEW.kinds[kind as keyof typeof REVIEW.kinds], n, share(n, sheets)]);
  for (const g of st.grades) rows.push([S.grades, g.grade || REVIEW.noGrade, g.count, share(g.count, st.tables)]);
  for (const [section, key] of [
    [S.printedScores, "printed"],
    [S.computedScores, "computed"],
  ] as const) {
    let counted = 0;
    for (const b of st.scoreBands) {
      counted += b[key];
      rows.push([section, REVIEW.scoreBand(b), b[key], share(b[key], st.tables)]);
    }
    rows.push([section, REVIEW.scoreBand({ min: null, max: null }), st.tables - counted, share(st.tables - counted, st.tables)]);
  }
  const projects = st.rateBands.reduce((n, b) => n + b.count, 0);
  for (const b of st.rateBands) rows.push([S.rates, REVIEW.rateBand(b), b.count, share(b.count, projects)]);
  for (const x of st.signals) rows.push([S.signals, REVIEW.ruleItem(x.title, x.id), x.count, share(x.count, st.tables)]);
  for (const x of st.topRules) rows.push([S.rules, REVIEW.ruleItem(x.title, x.rule), x.count, null]);
  const sample = review.sample;
  if (!sample) rows.push([S.sample, REVIEW.noSample, null, null]);
  else {
    if (sample.share !== undefined) rows.push([S.sample, REVIEW.sampleShare, null, sample.share]);
    if (sample.count !== undefined) rows.push([S.sample, REVIEW.sampleCount, sample.count, null]);
    rows.push(
      [S.sample, REVIEW.sampleSize, sample.size, share(sample.size, sample.population)],
      [S.sample, REVIEW.sampleByPriority, sample.byPriority, null],
      [S.sample, REVIEW.sampleSeed, sample.seed, null],
    );
  }
  return rows;
}

/** The 复核优先 sheet: one row per 自评表 in rank order, with its signals, their reasons and whether it is in the sample. */
export function rankRows(review: BatchReview): CellValue[][] {
  const rows: CellValue[][] = [REVIEW.rankColumns];
  const perSheet = new Map<string, number>();
  for (const r of review.rows) perSheet.set(`${r.file}\u0000${r.sheet}`, (perSheet.get(`${r.file}\u0000${r.sheet}`) ?? 0) + 1);
  for (const r of review.rows) {
    const several = (perSheet.get(`${r.file}\u0000${r.sheet}`) ?? 0) > 1;
    rows.push([
      baseName(r.file),
      several ? REVIEW.table(r.sheet, r.table ?? 1, r.range ?? "") : r.sheet,
      r.projectName || null,
      r.total,
      r.rate,
      r.signals.map((x) => ruleById(x.id)?.title ?? x.id).join("、") || null,
      r.signals.map((x) => x.reason).join("\n") || null,
      r.sampled ? REVIEW.sampled : null,
      r.rank,
      r.priority,
    ]);
  }
  return rows;
}

export interface SummaryOptions {
  /** The batch reviewed (reviewBatch): adds the 统计 and 复核优先 sheets. */
  review?: BatchReview;
  /** The batch's cross-checks between files (the CLI's CrossBatch.finish): their findings join the 问题清单 sheet. */
  crossFiles?: SummaryFile[];
}

export function summaryWorkbook(files: SummaryFile[], options: SummaryOptions = {}): Uint8Array {
  const review = options.review;
  return writeXlsx([
    { name: SUMMARY.sheet, rows: summaryRows(files), widths: [28, 18, 28, 8, 6, 6, 6, 6, 10, 16, 10, 40] },
    { name: SUMMARY.findingSheet, rows: findingRows(files, options.crossFiles), widths: [28, 18, 8, 24, 6, 80, 14, 24] },
    ...(review
      ? [
          { name: REVIEW.statsSheet, rows: statsRows(review), widths: [18, 40, 10, 10], percent: [3] },
          { name: REVIEW.rankSheet, rows: rankRows(review), widths: [28, 18, 28, 8, 9, 24, 80, 6, 6, 7], percent: [4] },
        ]
      : []),
  ]);
}

interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** Column widths in characters. */
  widths: number[];
  /** Columns (from 0) whose numbers are fractions shown as percentages. */
  percent?: number[];
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Sheet names Excel accepts: at most 31 characters, none of []:*?/\ . */
function safeName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet";
}

function cellXml(value: CellValue, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === "") return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function sheetXml(sheet: SheetSpec): string {
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const lastCol = Math.max(sheet.widths.length, ...sheet.rows.map((r) => r.length)) - 1;
  const rows = sheet.rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((v, c) =>
            cellXml(
              v,
              toA1(r, c),
              r === 0 ? 1 : typeof v === "string" && v.length > 20 ? 2 : typeof v === "number" && sheet.percent?.includes(c) ? 3 : 0,
            ),
          )
          .join("")}</row>`,
    )
    .join("");
  const ref = `A1:${toA1(Math.max(sheet.rows.length - 1, 0), Math.max(lastCol, 0))}`;
  return (
    `${XML}<worksheet ${NS} ${R_NS}><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="${ref}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols><sheetData>${rows}</sheetData>` +
    (sheet.rows.length > 1 ? `<autoFilter ref="${ref}"/>` : "") +
    `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>`
  );
}

const STYLES =
  `${XML}<styleSheet ${NS}><fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>` +
  `<font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
  `<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>` +
  `<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A new workbook of the given sheets, as .xlsx bytes. */
function writeXlsx(sheets: SheetSpec[]): Uint8Array {
  const names = sheets.map((s) => safeName(s.name));
  const parts: Array<[string, string]> = [
    [
      "[Content_Types].xml",
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        names
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join("") +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      "docProps/app.xml",
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>绩效自评助手</Application></Properties>`,
    ],
    [
      "xl/workbook.xml",
      `${XML}<workbook ${NS} ${R_NS}><bookViews><workbookView/></bookViews><sheets>` +
        names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        `</sheets><definedNames>` +
        names
          .map((n, i) => {
            const q = `'${n.replace(/'/g, "''")}'`;
            return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${q}!$A$1:$${toA1(0, Math.max(sheets[i].widths.length - 1, 0)).replace(/\d+$/, "")}$${Math.max(sheets[i].rows.length, 1)}`)}</definedName><definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${q}!$1:$1`)}</definedName>`;
          })
          .join("") +
        `</definedNames></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        names
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join("") +
        `<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", STYLES],
    ...sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)] as [string, string]),
  ];
  const encoder = new TextEncoder();
  return zipParts(parts.map(([n, text]) => [n, encoder.encode(text)]));
}
