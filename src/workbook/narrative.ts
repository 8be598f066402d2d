// Narrative drafts in the house style of the seeds (domain §5): facts from the table, and a marked
// place for what only the unit knows. Never an invented cause.
import { MESSAGES } from "../messages/functions";
import { NARRATIVE } from "../messages/narrative";
import { FINDING_WORDS } from "../messages/rules";
import { gradeOf, type IndicatorScore } from "../scoring/score";
import { cappedScore, type DepartmentEvaluation } from "./department";
import { actualDisplay, isBlankValue, readPrinted, targetDisplay, type Evaluation, type IndicatorEvaluation } from "./evaluate";
import { indicatorKey } from "./match";
import type { MonitoringTable, TextCell } from "./model";

export type DraftField = "completion" | "reason" | "problems" | "improvements" | "conclusion";

export interface Draft {
  field: DraftField;
  /** What the cell is, in the table's own words ("存在问题", "“案件办结率”偏差原因"). */
  label: string;
  /** A1 address of the cell the text goes in. */
  cell: string;
  text: string;
  /** What a person already wrote there; a draft never replaces it without their consent. */
  existing: string | null;
}

const targetOf = (i: IndicatorEvaluation) => targetDisplay(i.indicator);
const actualOf = (i: IndicatorEvaluation) => actualDisplay(i.indicator);
const nameOf = (i: IndicatorEvaluation) => i.indicator.name || i.indicator.nameCell.address;

/** Points an indicator lost: its weight less the score that stands. */
export function lostPoints(i: IndicatorEvaluation): number {
  return (i.weight ?? 0) - (i.accepted ?? 0);
}

export function isDeducted(i: IndicatorEvaluation): boolean {
  return i.weight !== null && i.accepted !== null && i.accepted < i.weight - 0.005;
}

function completionPhrase(r: IndicatorScore | null, actual: string): string {
  if (!r) return "";
  if (r.rule === "qualitative") return r.grade && !actual.includes("达成") ? NARRATIVE.completionGrade(MESSAGES.grades[r.grade]) : "";
  if (r.rule === "positive" && r.completion !== null) return NARRATIVE.completionRate(r.completion);
  return "";
}

function indicatorSentence(i: IndicatorEvaluation, ordinal: number): string {
  const r = i.result?.ok ? i.result : null;
  const verdict = isDeducted(i) ? NARRATIVE.indicatorMissed(lostPoints(i)) : NARRATIVE.indicatorMet;
  return NARRATIVE.indicator(ordinal, nameOf(i), targetOf(i), actualOf(i), completionPhrase(r, actualOf(i)), verdict);
}

const unitOf = (e: Evaluation) => e.table.funds?.unit ?? "万元";

function budgetSentence(e: Evaluation): string {
  const b = e.budget;
  if (!b || b.budget === null || b.executed === null || b.rate === null) return NARRATIVE.budgetUnknown;
  return NARRATIVE.budget(b.budget, b.executed, b.rate, unitOf(e));
}

/** 支出完成情况 and 指标完成情况 of one project, as two sentences (seed 001's wording). */
export function projectSummary(e: Evaluation): string[] {
  const listed = e.indicators.filter((i) => i.indicator.name || !isBlankValue(i.indicator.actual?.value));
  const sentences = listed.map((i, k) => indicatorSentence(i, k + 1));
  return [budgetSentence(e), ...(sentences.length ? [NARRATIVE.indicators(sentences)] : [])];
}

/** The 监控表 a 自评表's drafts may quote (its 原因说明 and mid-year figures), with the sheet it is on. */
export interface MonitoringSource {
  table: MonitoringTable;
  sheet: string;
}

/** The mid-year figures of the 监控表's 年度资金总额 row, as the unit reported them (万元); "" without 1-7月执行数. */
function midYearSentence(monitoring?: MonitoringSource): string {
  const total = monitoring?.table.funds.find((f) => f.part === "total");
  const midYear = total?.midYear.value ?? null;
  if (!monitoring || !total || midYear === null) return "";
  const budget = total.budget.value;
  const rate = total.midYearRate.value ?? (budget ? midYear / budget : null);
  return NARRATIVE.midYear(monitoring.sheet, midYear, rate, total.forecast.value);
}

function completionDraft(e: Evaluation, monitoring?: MonitoringSource): string {
  const [budget, ...rest] = projectSummary(e);
  return [budget, midYearSentence(monitoring), ...rest].join("");
}

function reasonDraft(i: IndicatorEvaluation, monitoring?: MonitoringSource): string {
  const r = i.result?.ok ? i.result : null;
  const key = indicatorKey(i.indicator.name);
  const said = key ? monitoring?.table.indicators.find((m) => indicatorKey(m.name) === key)?.reasonText.trim() : "";
  if (said && monitoring)
    return NARRATIVE.reasonFromMonitoring(
      targetOf(i),
      actualOf(i),
      completionPhrase(r, actualOf(i)),
      lostPoints(i),
      said,
      monitoring.sheet,
    );
  return NARRATIVE.reason(targetOf(i), actualOf(i), completionPhrase(r, actualOf(i)), lostPoints(i));
}

const unspent = (e: Evaluation) => (e.budget && e.budget.rate !== null && e.budget.rate < 1 ? e.budget : null);

function problemsDraft(e: Evaluation): string {
  const items = e.indicators.filter(isDeducted).map((i) => NARRATIVE.problemIndicator(nameOf(i), targetOf(i), actualOf(i), lostPoints(i)));
  const b = unspent(e);
  if (b) items.push(NARRATIVE.problemBudget(b.rate!, (b.budget ?? 0) - (b.executed ?? 0), unitOf(e)));
  return items.length === 0 ? NARRATIVE.problemsNone : NARRATIVE.problems(items);
}

function improvementsDraft(e: Evaluation): string {
  const items = e.indicators.filter(isDeducted).map((i) => NARRATIVE.improveIndicator(nameOf(i)));
  if (unspent(e)) items.push(NARRATIVE.improveBudget);
  return items.length === 0 ? NARRATIVE.improvementsNone : NARRATIVE.improvements(items);
}

function conclusionDraft(e: Evaluation): string {
  if (e.total === null) return NARRATIVE.conclusionUnknown;
  const b = e.budget;
  const indicatorScore = e.indicators.reduce((s, i) => s + (i.accepted ?? 0), 0);
  const indicatorWeight = e.indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
  const budgetPart = b && b.rate !== null && b.score !== null ? NARRATIVE.conclusionBudget(b.rate, b.score) : "";
  return NARRATIVE.conclusion(e.total, gradeOf(e.total, e.profile), budgetPart, indicatorScore, indicatorWeight);
}

function labelOf(text: TextCell): string {
  return String(text.label.value ?? "").replace(/\s+/g, "");
}

function existing(text: TextCell | null): string | null {
  const v = text?.cell?.value;
  return isBlankValue(v) ? null : String(v);
}

/**
 * Every narrative draft for the table, each with the cell it belongs in; with the project's 监控表, a 偏差原因
 * draft starts from the unit's own 原因说明 for that indicator (quoted, attributed to the mid-year monitoring), and
 * the 实际完成情况 draft cites the mid-year execution the unit reported.
 */
export function draftNarratives(e: Evaluation, monitoring?: MonitoringSource): Draft[] {
  const t = e.table;
  const drafts: Draft[] = [];
  const add = (field: DraftField, text: TextCell | null, body: string) => {
    if (text?.cell) drafts.push({ field, label: labelOf(text), cell: text.cell.address, text: body, existing: existing(text) });
  };
  add("completion", t.completion, completionDraft(e, monitoring));
  for (const i of e.indicators.filter(isDeducted)) {
    const cell = i.indicator.reason;
    if (cell)
      drafts.push({
        field: "reason",
        label: NARRATIVE.reasonLabel(nameOf(i)),
        cell: cell.address,
        text: reasonDraft(i, monitoring),
        existing: isBlankValue(cell.value) ? null : String(cell.value),
      });
  }
  add("problems", t.problems, problemsDraft(e));
  add("improvements", t.improvements, improvementsDraft(e));
  add("conclusion", t.conclusion, conclusionDraft(e));
  return drafts;
}

/** Whole-department sentences in the house style of seed 000: totals first, then basic and project. */
export function departmentBudgetSentence(e: DepartmentEvaluation): string {
  const unit = e.table.budgetUnit;
  const line = (kind: string) => e.lines.find((l) => l.line.kind === kind);
  const [whole, basic, project] = [line("total"), line("basic"), line("project")];
  if (!whole || whole.budget === null || whole.executed === null || whole.rate === null) return NARRATIVE.departmentBudgetUnknown;
  const split = (key: "budget" | "executed", what: string) =>
    basic && project && basic[key] !== null && project[key] !== null
      ? NARRATIVE.departmentSplit(what, basic[key]!, project[key]!, unit)
      : "";
  const rates = basic?.rate != null && project?.rate != null ? NARRATIVE.departmentRates(basic.rate, project.rate) : "";
  return NARRATIVE.departmentBudget(
    whole.budget,
    split("budget", NARRATIVE.budgetWhat),
    whole.executed,
    split("executed", NARRATIVE.executedWhat),
    whole.rate,
    rates,
    unit,
  );
}

/** The deductions of a department table, largest first: "部门预算资金支出率扣 0.5 分". */
export function departmentDeductions(e: DepartmentEvaluation): Array<{ name: string; lost: number; reason: string }> {
  return e.table.rows
    .filter((r) => r.kind === "item")
    .map((r) => ({
      name: r.name || r.level2,
      lost: (readPrinted(r.points)?.value ?? 0) - cappedScore(r),
      reason: isBlankValue(r.reason?.value) ? "" : String(r.reason?.value),
    }))
    .filter((d) => d.lost > 0.005)
    .sort((a, b) => b.lost - a.lost);
}

export function departmentConclusion(e: DepartmentEvaluation): string {
  if (e.total === null || e.bonus === null) return NARRATIVE.conclusionUnknown;
  const bonus = Math.min(e.bonus, e.profile.bonusCap);
  const grade = gradeOf(Math.min(e.total, 100));
  return NARRATIVE.departmentConclusion(
    e.total,
    bonus,
    grade,
    departmentBudgetSentence(e),
    NARRATIVE.departmentDeductions(departmentDeductions(e)),
  );
}

export function departmentDrafts(e: DepartmentEvaluation): Draft[] {
  const cell = e.table.conclusion;
  if (!cell) return [];
  return [
    {
      field: "conclusion",
      label: FINDING_WORDS.departmentConclusionLabel,
      cell: cell.address,
      text: departmentConclusion(e),
      existing: isBlankValue(cell.value) ? null : String(cell.value),
    },
  ];
}
