// The 自评报告 draft (domain §5, seeds 000–002), as a plain outline: headings and paragraphs built from
// the workbook's department table and project tables. Facts come from the tables; what only the unit
// can know is a marked placeholder, never invented. Rendering to .docx lives in src/report.
import { PLACEHOLDER, ordinalList } from "../messages/narrative";
import { REPORT } from "../messages/report";
import { compareRate } from "../scoring/precision";
import { gradeOf } from "../scoring/score";
import type { SheetReport } from "./check";
import { actualDisplay, targetDisplay } from "./evaluate";
import { departmentBudgetSentence, departmentDeductions, isDeducted, lostPoints, projectSummary } from "./narrative";

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  sections?: ReportSection[];
}

export interface ReportOutline {
  title: string;
  sections: ReportSection[];
}

function projectsOf(reports: SheetReport[]) {
  return reports.filter((r) => r.kind === "project" && r.evaluation);
}

/** 收支情况: from the department table, or the project tables' own figures when there is none. */
function budgetParagraph(reports: SheetReport[]): string {
  const dept = reports.find((r) => r.kind === "department" && r.department)?.department;
  if (dept) return departmentBudgetSentence(dept);
  const projects = projectsOf(reports)
    .map((r) => r.evaluation!.budget)
    .filter((b) => b && b.budget !== null && b.executed !== null);
  if (projects.length === 0) return PLACEHOLDER(REPORT.budgetMissing);
  const budget = projects.reduce((s, b) => s + b!.budget!, 0);
  const executed = projects.reduce((s, b) => s + b!.executed!, 0);
  return REPORT.projectsBudget(projects.length, budget, executed, budget > 0 ? executed / budget : 0);
}

function conclusionParagraph(reports: SheetReport[], year: string): string {
  const dept = reports.find((r) => r.kind === "department" && r.department)?.department;
  if (!dept) {
    const projects = projectsOf(reports);
    if (projects.length === 0) return PLACEHOLDER(REPORT.conclusionMissing);
    return REPORT.projectsConclusion(
      projects.map((p) => [p.projectName || p.sheet, p.total?.score ?? null, p.grade ?? ""] as [string, number | null, string]),
    );
  }
  if (dept.total === null || dept.bonus === null) return PLACEHOLDER(REPORT.conclusionMissing);
  const bonus = Math.min(dept.bonus, dept.profile.bonusCap);
  const deductions = departmentDeductions(dept);
  const table = reports.find((r) => r.department === dept)!;
  return REPORT.departmentConclusion(year, dept.total, gradeOf(dept.total), bonus, deductions) + recalculationNotes(table).join("");
}

/** Differs beyond the table's own rounding: the report then says which figure it uses. */
const differs = (printed: number | null | undefined, computed: number | null | undefined, tolerance: number) =>
  printed != null && computed != null && Math.abs(printed - computed) > tolerance;

/** Where the report uses a figure recalculated from the table that differs from the one the table prints. */
function recalculationNotes(r: SheetReport): string[] {
  const notes: string[] = [];
  if (differs(r.total?.printed, r.total?.score, 0.005)) notes.push(REPORT.recalculatedTotal(r.total!.printed!, r.total!.score!));
  const b = r.evaluation?.budget;
  // The same comparison budget.rate makes: at the decimals the table shows.
  if (b?.printedRate && b.rate !== null && compareRate(b.printedRate.value, b.printedRate.decimals, b.rate * 100) !== "equal")
    notes.push(REPORT.recalculatedRate(b.printedRate.text, b.rate));
  return notes;
}

/** Each project: its score, 支出完成情况 and 指标完成情况 as 一是/二是… sentences. */
/** Whether the targets match the declaration, in one sentence; "" when the project has no 申报表 or 监控表 beside it. */
function declarationSentence(r: SheetReport): string {
  const count = (rule: string) => r.findings.filter((f) => f.rule === rule).length;
  const ref = r.partners?.declaration ?? r.partners?.monitoring;
  if (!ref) return count("cross.unmatched") ? REPORT.targetsNotCompared : "";
  const table = r.partners?.declaration ? "申报表" : "监控表";
  const t = r.partners?.targets;
  const missing = t ? t.planned - t.listed : count("cross.missing");
  const [changed, undeclared] = [count("cross.target"), count("cross.undeclared")];
  return missing || changed || undeclared
    ? REPORT.targetsDiffer(table, ref.sheet, missing, changed, undeclared)
    : REPORT.targetsMatch(table, ref.sheet);
}

function projectSections(reports: SheetReport[]): ReportSection[] {
  return projectsOf(reports).map((r, i) => ({
    heading: `${i + 1}. ${r.projectName || r.sheet}`,
    paragraphs: [
      REPORT.projectScore(r.total?.score ?? null, r.grade ?? null) + recalculationNotes(r).join(""),
      ...projectSummary(r.evaluation!),
      ...[declarationSentence(r)].filter((x) => x),
    ],
  }));
}

/** Every deduction the tables show: department items, project indicators, unspent budgets. */
function deductionItems(reports: SheetReport[]): string[] {
  const items: string[] = [];
  const dept = reports.find((r) => r.kind === "department" && r.department)?.department;
  for (const d of dept ? departmentDeductions(dept) : []) items.push(REPORT.deptDeduction(d.name, d.lost, d.reason));
  for (const r of projectsOf(reports)) {
    const e = r.evaluation!;
    const name = r.projectName || r.sheet;
    for (const i of e.indicators.filter(isDeducted)) {
      items.push(REPORT.indicatorShort(name, i.indicator.name, targetDisplay(i.indicator), actualDisplay(i.indicator), lostPoints(i)));
    }
    if (e.budget?.rate != null && e.budget.rate < 1) items.push(REPORT.rateShort(name, e.budget.rate));
  }
  return items;
}

/** 存在的主要问题: the deductions, one by one, then a place for their causes. */
function problems(items: string[]): string[] {
  return [items.length ? `${ordinalList(items)}。` : REPORT.noDeductions, `${REPORT.causes}${PLACEHOLDER(REPORT.causesWhat)}`];
}

function improvements(items: string[]): string[] {
  return [
    REPORT.improveIntro,
    items.length ? `${REPORT.improveEach}${PLACEHOLDER(REPORT.improveEachWhat)}` : PLACEHOLDER(REPORT.improveWhat),
    `${REPORT.improveTargets}${PLACEHOLDER(REPORT.improveTargetsWhat)}`,
  ];
}

/** The outline of the seeds' reports: 一、基本情况 · 二、综合评价分析 · 三、存在的主要问题 · 四、下一步改进措施. */
export function buildReport(reports: SheetReport[], options: { unit?: string; year?: number | null } = {}): ReportOutline {
  const dept = reports.find((r) => r.kind === "department" && r.department)?.department;
  const unit = options.unit || dept?.table.unitName || PLACEHOLDER(REPORT.unitWhat);
  const yearNumber = options.year ?? dept?.table.year ?? reports.map((r) => r.model?.year).find((y) => y) ?? null;
  const year = yearNumber ? String(yearNumber) : PLACEHOLDER(REPORT.yearWhat);
  const items = deductionItems(reports);
  return {
    title: REPORT.title(unit, year),
    sections: [
      {
        heading: REPORT.chapter(0, REPORT.basics),
        paragraphs: [],
        sections: [
          { heading: REPORT.section(0, REPORT.overview), paragraphs: [PLACEHOLDER(REPORT.overviewWhat)] },
          { heading: REPORT.section(1, REPORT.budget), paragraphs: [budgetParagraph(reports)] },
          { heading: REPORT.section(2, REPORT.goals), paragraphs: [PLACEHOLDER(REPORT.goalsWhat)] },
        ],
      },
      {
        heading: REPORT.chapter(1, REPORT.analysis),
        paragraphs: [],
        sections: [
          { heading: REPORT.section(0, REPORT.conclusion), paragraphs: [conclusionParagraph(reports, year)] },
          {
            heading: REPORT.section(1, REPORT.projects),
            paragraphs: projectsOf(reports).length ? [] : [REPORT.noProjects],
            sections: projectSections(reports),
          },
          { heading: REPORT.section(2, REPORT.results), paragraphs: [PLACEHOLDER(REPORT.resultsWhat)] },
        ],
      },
      { heading: REPORT.chapter(2, REPORT.problems), paragraphs: problems(items) },
      { heading: REPORT.chapter(3, REPORT.improvements), paragraphs: improvements(items) },
    ],
  };
}

/** The outline as plain text, one paragraph a line: what golden tests compare. */
export function reportText(outline: ReportOutline): string {
  const lines = [outline.title];
  const walk = (s: ReportSection) => {
    lines.push(s.heading, ...s.paragraphs);
    s.sections?.forEach(walk);
  };
  outline.sections.forEach(walk);
  return `${lines.join("\n")}\n`;
}

/** The file name of a report: its title without the placeholders. */
export function reportFileName(outline: ReportOutline): string {
  return `${outline.title.replace(/【[^】]*】/g, "")}.docx`;
}
