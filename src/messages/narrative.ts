// Narrative drafts in the house style of the seeds (domain §5): the sentences, with the numbers filled
// in by src/workbook/narrative.ts. What only the unit knows is a marked placeholder, never invented.
import { chineseNumber, fmt } from "./format";

/** The mark for what the unit must write itself: highlighted in the report, refused as a reason. */
export const PLACEHOLDER = (what: string) => `【请填写：${what}】`;

/** "一是…；二是…" */
export const ordinalList = (items: string[]) => items.map((t, k) => `${chineseNumber(k + 1)}是${t}`).join("；");

export const NARRATIVE = {
  /** The draft picker's name for an indicator's 偏差原因 cell. */
  reasonLabel: (name: string) => `“${name}”偏差原因`,
  completionGrade: (grade: string) => `，${grade}预期指标`,
  completionRate: (completion: number) => `，完成率 ${fmt.rate(completion)}`,
  indicatorMet: "完成绩效目标",
  indicatorMissed: (lost: number) => `未完成绩效目标，扣 ${fmt.score(lost)} 分`,
  indicator: (ordinal: number, name: string, target: string, actual: string, phrase: string, verdict: string) =>
    `${chineseNumber(ordinal)}是${name}：年度指标值 ${target}，实际完成值 ${actual}${phrase}，${verdict}`,
  budgetUnknown: `支出完成情况：${PLACEHOLDER("年度支出预算数、预算完成数和执行率")}。`,
  budget: (budget: number, executed: number, rate: number, unit: string) =>
    `支出完成情况：年度支出预算数 ${fmt.amount(budget)}${unit}，预算完成数 ${fmt.amount(executed)}${unit}，执行率 ${fmt.rate(rate)}。`,
  /** The mid-year execution the unit reported in its 监控表, cited with the sheet it comes from (amounts in 万元). */
  midYear: (sheet: string, midYear: number, rate: number | null, forecast: number | null) =>
    `年中执行监控（执行监控表“${sheet}”）：1-7月执行数 ${fmt.amount(midYear)}万元${rate !== null ? `，执行率 ${fmt.rate(rate)}` : ""}${forecast !== null ? `，全年预计执行数 ${fmt.amount(forecast)}万元` : ""}。`,
  indicators: (sentences: string[]) => `指标完成情况：${sentences.join("；")}。`,
  reason: (target: string, actual: string, phrase: string, lost: number) =>
    `年度指标值 ${target}，实际完成值 ${actual}${phrase}，扣 ${fmt.score(lost)} 分。偏差原因：${PLACEHOLDER("未达到年度指标值的具体原因")}；改进措施：${PLACEHOLDER("下一步的改进措施")}。`,
  /** The unit's own words from the mid-year monitoring, quoted and attributed, never rewritten. */
  reasonFromMonitoring: (target: string, actual: string, phrase: string, lost: number, said: string, sheet: string) =>
    `年度指标值 ${target}，实际完成值 ${actual}${phrase}，扣 ${fmt.score(lost)} 分。偏差原因：年中执行监控时单位说明（执行监控表“${sheet}”原因说明）：“${said}”${PLACEHOLDER("核实并补充下半年的情况")}；改进措施：${PLACEHOLDER("下一步的改进措施")}。`,
  problemIndicator: (name: string, target: string, actual: string, lost: number) =>
    `${name}未达到年度指标值（年度指标值 ${target}，实际完成值 ${actual}），扣 ${fmt.score(lost)} 分`,
  problemBudget: (rate: number, unspent: number, unit: string) =>
    `预算执行率为 ${fmt.rate(rate)}，尚有 ${fmt.amount(unspent)}${unit} 未支出`,
  problemsNone: `各项绩效指标均已完成。${PLACEHOLDER("项目实施中存在的问题或困难")}`,
  problems: (items: string[]) => `${ordinalList(items)}。主要原因：${PLACEHOLDER("上述问题的原因")}`,
  improveIndicator: (name: string) => `针对${name}未达标的情况，${PLACEHOLDER("具体改进措施")}`,
  improveBudget: `加强预算执行管理，${PLACEHOLDER("加快支出进度的具体措施")}`,
  improvementsNone: PLACEHOLDER("下一步改进措施，如进一步细化量化绩效目标、加强过程监控"),
  improvements: (items: string[]) => `${ordinalList(items)}。`,
  conclusionUnknown: PLACEHOLDER("评价结论"),
  conclusionBudget: (rate: number, score: number) => `预算执行率 ${fmt.rate(rate)}，得 ${fmt.score(score)} 分；`,
  conclusion: (total: number, grade: string, budgetPart: string, indicatorScore: number, indicatorWeight: number) =>
    `项目自评得分 ${fmt.score(total)} 分，评价等级为“${grade}”。其中${budgetPart}绩效指标得 ${fmt.score(indicatorScore)} 分（满分 ${fmt.score(indicatorWeight)} 分）。`,
  departmentBudgetUnknown: PLACEHOLDER("全年预算数、执行数和执行率"),
  departmentSplit: (what: string, basic: number, project: number, unit: string) =>
    `（基本支出${what}为 ${fmt.amount(basic)}${unit}，项目支出${what}为 ${fmt.amount(project)}${unit}）`,
  departmentRates: (basic: number, project: number) => `（基本支出完成率为 ${fmt.rate(basic)}，项目支出完成率为 ${fmt.rate(project)}）`,
  departmentBudget: (
    budget: number,
    budgetSplit: string,
    executed: number,
    executedSplit: string,
    rate: number,
    rates: string,
    unit: string,
  ) =>
    `全年预算数为 ${fmt.amount(budget)}${unit}${budgetSplit}，执行数为 ${fmt.amount(executed)}${unit}${executedSplit}，整体目标完成率达 ${fmt.rate(rate)}${rates}。`,
  budgetWhat: "预算数",
  executedWhat: "执行数",
  departmentDeductions: (items: Array<{ name: string; lost: number }>) =>
    items.length ? `主要扣分：${items.map((d) => `${d.name}扣 ${fmt.score(d.lost)} 分`).join("；")}。` : "各项指标均得满分。",
  departmentConclusion: (total: number, bonus: number, grade: string, budget: string, deductions: string) =>
    `部门整体支出绩效自评总分为 ${fmt.score(total)} 分${bonus > 0 ? `（其中加分 ${fmt.score(bonus)} 分）` : "，没有加分项目"}，评价等级为“${grade}”。${budget}${deductions}`,
};
