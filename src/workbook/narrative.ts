// Narrative drafts in the house style of the seeds (domain §5): facts from the table, and a marked
// place for what only the unit knows. Never an invented cause.
import { MESSAGES, chineseNumber, fmt } from "../messages";
import { gradeOf, type IndicatorScore } from "../scoring";
import type { DepartmentEvaluation } from "./department";
import { actualDisplay, isBlankValue, readPrinted, targetDisplay, type Evaluation, type IndicatorEvaluation } from "./evaluate";
import type { TextCell } from "./model";

export type DraftField = "completion" | "reason" | "problems" | "improvements" | "conclusion";

export interface Draft {
  field: DraftField;
  /** A1 address of the cell the text goes in. */
  cell: string;
  text: string;
  /** What a person already wrote there; a draft never replaces it without their consent. */
  existing: string | null;
}

export const PLACEHOLDER = (what: string) => `【请填写：${what}】`;

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
  if (r.rule === "qualitative") return r.grade && !actual.includes("达成") ? `，${MESSAGES.grades[r.grade]}预期指标` : "";
  if (r.rule === "positive" && r.completion !== null) return `，完成率 ${fmt.rate(r.completion)}`;
  return "";
}

function indicatorSentence(i: IndicatorEvaluation, ordinal: number): string {
  const r = i.result?.ok ? i.result : null;
  const verdict = isDeducted(i) ? `未完成绩效目标，扣 ${fmt.score(lostPoints(i))} 分` : "完成绩效目标";
  return `${chineseNumber(ordinal)}是${nameOf(i)}：年度指标值 ${targetOf(i)}，实际完成值 ${actualOf(i)}${completionPhrase(r, actualOf(i))}，${verdict}`;
}

function budgetSentence(e: Evaluation): string {
  const b = e.budget;
  const unit = e.table.funds?.unit ?? "万元";
  if (!b || b.budget === null || b.executed === null || b.rate === null)
    return `支出完成情况：${PLACEHOLDER("年度支出预算数、预算完成数和执行率")}。`;
  return `支出完成情况：年度支出预算数 ${fmt.amount(b.budget)}${unit}，预算完成数 ${fmt.amount(b.executed)}${unit}，执行率 ${fmt.rate(b.rate)}。`;
}

/** 支出完成情况 and 指标完成情况 of one project, as two sentences (seed 001's wording). */
export function projectSummary(e: Evaluation): string[] {
  const listed = e.indicators.filter((i) => i.indicator.name || !isBlankValue(i.indicator.actual?.value));
  const sentences = listed.map((i, k) => indicatorSentence(i, k + 1));
  return [budgetSentence(e), ...(sentences.length ? [`指标完成情况：${sentences.join("；")}。`] : [])];
}

function completionDraft(e: Evaluation): string {
  return projectSummary(e).join("");
}

function reasonDraft(i: IndicatorEvaluation): string {
  const r = i.result?.ok ? i.result : null;
  const lost = fmt.score(lostPoints(i));
  return `年度指标值 ${targetOf(i)}，实际完成值 ${actualOf(i)}${completionPhrase(r, actualOf(i))}，扣 ${lost} 分。偏差原因：${PLACEHOLDER("未达到年度指标值的具体原因")}；改进措施：${PLACEHOLDER("下一步的改进措施")}。`;
}

function problemsDraft(e: Evaluation): string {
  const items: string[] = [];
  for (const i of e.indicators.filter(isDeducted)) {
    items.push(`${nameOf(i)}未达到年度指标值（年度指标值 ${targetOf(i)}，实际完成值 ${actualOf(i)}），扣 ${fmt.score(lostPoints(i))} 分`);
  }
  const b = e.budget;
  if (b && b.rate !== null && b.rate < 1)
    items.push(
      `预算执行率为 ${fmt.rate(b.rate)}，尚有 ${fmt.amount((b.budget ?? 0) - (b.executed ?? 0))}${e.table.funds?.unit ?? "万元"} 未支出`,
    );
  if (items.length === 0) return `各项绩效指标均已完成。${PLACEHOLDER("项目实施中存在的问题或困难")}`;
  return `${items.map((t, k) => `${chineseNumber(k + 1)}是${t}`).join("；")}。主要原因：${PLACEHOLDER("上述问题的原因")}`;
}

function improvementsDraft(e: Evaluation): string {
  const items: string[] = e.indicators.filter(isDeducted).map((i) => `针对${nameOf(i)}未达标的情况，${PLACEHOLDER("具体改进措施")}`);
  const b = e.budget;
  if (b && b.rate !== null && b.rate < 1) items.push(`加强预算执行管理，${PLACEHOLDER("加快支出进度的具体措施")}`);
  if (items.length === 0) return PLACEHOLDER("下一步改进措施，如进一步细化量化绩效目标、加强过程监控");
  return `${items.map((t, k) => `${chineseNumber(k + 1)}是${t}`).join("；")}。`;
}

function conclusionDraft(e: Evaluation): string {
  if (e.total === null) return PLACEHOLDER("评价结论");
  const b = e.budget;
  const indicatorScore = e.indicators.reduce((s, i) => s + (i.accepted ?? 0), 0);
  const indicatorWeight = e.indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
  const budgetPart = b && b.rate !== null && b.score !== null ? `预算执行率 ${fmt.rate(b.rate)}，得 ${fmt.score(b.score)} 分；` : "";
  return `项目自评得分 ${fmt.score(e.total)} 分，评价等级为“${gradeOf(e.total, e.profile)}”。其中${budgetPart}绩效指标得 ${fmt.score(indicatorScore)} 分（满分 ${fmt.score(indicatorWeight)} 分）。`;
}

function existing(text: TextCell | null): string | null {
  const v = text?.cell?.value;
  return isBlankValue(v) ? null : String(v);
}

/** Every narrative draft for the table, each with the cell it belongs in. */
export function draftNarratives(e: Evaluation): Draft[] {
  const t = e.table;
  const drafts: Draft[] = [];
  const add = (field: DraftField, text: TextCell | null, body: string) => {
    if (text?.cell) drafts.push({ field, cell: text.cell.address, text: body, existing: existing(text) });
  };
  add("completion", t.completion, completionDraft(e));
  for (const i of e.indicators.filter(isDeducted)) {
    const cell = i.indicator.reason;
    if (cell)
      drafts.push({
        field: "reason",
        cell: cell.address,
        text: reasonDraft(i),
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
  if (!whole || whole.budget === null || whole.executed === null || whole.rate === null) return PLACEHOLDER("全年预算数、执行数和执行率");
  const split = (key: "budget" | "executed", what: string) =>
    basic && project && basic[key] !== null && project[key] !== null
      ? `（基本支出${what}为 ${fmt.amount(basic[key]!)}${unit}，项目支出${what}为 ${fmt.amount(project[key]!)}${unit}）`
      : "";
  const rates =
    basic?.rate != null && project?.rate != null
      ? `（基本支出完成率为 ${fmt.rate(basic.rate)}，项目支出完成率为 ${fmt.rate(project.rate)}）`
      : "";
  return `全年预算数为 ${fmt.amount(whole.budget)}${unit}${split("budget", "预算数")}，执行数为 ${fmt.amount(whole.executed)}${unit}${split("executed", "执行数")}，整体目标完成率达 ${fmt.rate(whole.rate)}${rates}。`;
}

/** The deductions of a department table, largest first: "部门预算资金支出率扣 0.5 分". */
export function departmentDeductions(e: DepartmentEvaluation): Array<{ name: string; lost: number; reason: string }> {
  return e.table.rows
    .filter((r) => r.kind === "item")
    .map((r) => ({
      name: r.name || r.level2,
      lost: (readPrinted(r.points)?.value ?? 0) - (readPrinted(r.score)?.value ?? 0),
      reason: isBlankValue(r.reason?.value) ? "" : String(r.reason?.value),
    }))
    .filter((d) => d.lost > 0.005)
    .sort((a, b) => b.lost - a.lost);
}

export function departmentConclusion(e: DepartmentEvaluation): string {
  const bonus = Math.min(e.bonus, e.profile.bonusCap);
  const deductions = departmentDeductions(e);
  const lost = deductions.length
    ? `主要扣分：${deductions.map((d) => `${d.name}扣 ${fmt.score(d.lost)} 分`).join("；")}。`
    : "各项指标均得满分。";
  return `部门整体支出绩效自评总分为 ${fmt.score(e.total)} 分${bonus > 0 ? `（其中加分 ${fmt.score(bonus)} 分）` : "，没有加分项目"}，评价等级为“${gradeOf(Math.min(e.total, 100))}”。${departmentBudgetSentence(e)}${lost}`;
}

export function departmentDrafts(e: DepartmentEvaluation): Draft[] {
  const cell = e.table.conclusion;
  if (!cell) return [];
  return [
    {
      field: "conclusion",
      cell: cell.address,
      text: departmentConclusion(e),
      existing: isBlankValue(cell.value) ? null : String(cell.value),
    },
  ];
}
