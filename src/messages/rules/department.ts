// The words of the dept rules (src/workbook/rules/department.ts), by rule id: title, docs, messages.
import { fmt } from "../format";
import type { RuleText } from "./words";

export const DEPARTMENT_TEXT = {
  "dept.item-over": {
    title: "部门评分项得分",
    docs: "部门整体支出绩效自评表中每个评分项都要打分，且得分不能超过该项分值；超过时按分值计（总分也按此计算）。依据乐昌市 2022 年部门整体支出绩效评价框架（seed 004）。",
    message: (name: string, score: number, points: number) =>
      `“${name}”自评得分 ${fmt.score(score)} 超过该项分值 ${fmt.score(points)}：得分最多为 ${fmt.score(points)}。`,
    missing: (name: string, points: number) => `“${name}”（分值 ${fmt.score(points)}）没有填写自评得分：请逐项打分。`,
  },
  "dept.deduction": {
    title: "扣分原因",
    docs: "部门评分项扣了分，或加分项有加分，都须写明原因或所获表彰；空白、“无”“/”不算。",
    message: (name: string, score: number, points: number) =>
      `“${name}”得 ${fmt.score(score)} 分（分值 ${fmt.score(points)}），扣了 ${fmt.score(points - score)} 分却没有写扣分原因：请写明扣分的具体原因。`,
    bonusReason: (name: string) => `加分项“${name}”有加分，但没有写明获得的表彰：请列出表彰名称和授予单位。`,
  },
  "dept.points": {
    title: "评分框架分值",
    docs: "各评分项分值应与评分框架一致（预算编制 28、预算执行 42、资金使用效益 30，合计 100，加减分项另计）；单项与框架不同为警告，合计不为 100 为错误。",
    message: (name: string, points: number, expected: number, profile: string) =>
      `“${name}”分值为 ${fmt.score(points)}，${profile}框架中为 ${fmt.score(expected)}：如非本地区规定，请按框架分值设置。`,
    sum: (sum: number) => `各项指标分值合计为 ${fmt.score(sum)}，不等于 100（加减分项另计）：请核对各项分值。`,
  },
  "dept.subtotal": {
    title: "小计",
    docs: "“小计”行的分值和得分应等于其所属一级指标各项之和。",
    message: (level1: string, what: string, printed: number, sum: number) =>
      `“${level1}”小计${what}写为 ${fmt.score(printed)}，但其各项${what}之和为 ${fmt.score(sum)}：请改为 ${fmt.score(sum)}。`,
    scoreWhat: "得分",
    pointsWhat: "分值",
  },
  "dept.bonus": {
    title: "加减分项",
    docs: "加分按表彰项数计（省级、韶关市表彰每项 1 分、最多 3 分；本市表彰每项 0.5 分、最多 2 分），加减分合计最多 5 分。依据乐昌市 2022 年框架（seed 004）。",
    cap: (name: string, score: number, cap: number) =>
      `加分项“${name}”得 ${fmt.score(score)} 分，超过上限 ${fmt.score(cap)} 分：最多计 ${fmt.score(cap)} 分。`,
    unit: (name: string, score: number, perItem: number) =>
      `加分项“${name}”每项 ${fmt.score(perItem)} 分，${fmt.score(score)} 分不是整数项：请按获得表彰的项数计分。`,
    total: (bonus: number, cap: number) =>
      `加减分项合计 ${fmt.score(bonus)} 分，超过上限 ${fmt.score(cap)} 分：总分中最多计 ${fmt.score(cap)} 分。`,
  },
  "dept.total": {
    title: "部门总分",
    docs: "总分 = 各评分项得分（超过分值的按分值计）+ 加减分（不超过上限）。",
    message: (printed: number, items: number, bonus: number, total: number) =>
      `总分写为 ${fmt.score(printed)}，但各项得分 ${fmt.score(items)} + 加减分 ${fmt.score(bonus)} = ${fmt.score(total)}：请改为 ${fmt.score(total)}。`,
    missing: (total: number) => `没有填写总分：各项得分与加减分合计为 ${fmt.score(total)}。`,
  },
  "dept.rate": {
    title: "部门执行率",
    docs: "预算块中每一行的执行率 = 全年执行数 ÷ 全年预算数，按表中显示的小数位与表中所填比较。",
    message: (line: string, printed: string, executed: number, budget: number, rate: number) =>
      `${line}执行率写为 ${printed}，但 ${fmt.amount(executed)} ÷ ${fmt.amount(budget)} = ${fmt.rate(rate)}：请改为 ${fmt.rate(rate)}。`,
  },
  "dept.budget-sum": {
    title: "部门预算合计",
    docs: "合计 = 基本支出 + 项目支出，基本支出 = 人员经费 + 公用经费，按全年预算数和全年执行数逐列核对（seed 000、004 的数字都满足这一关系）。",
    message: (what: string, total: number, basic: number, project: number) =>
      `合计的${what} ${fmt.amount(total)} 不等于基本支出 ${fmt.amount(basic)} 与项目支出 ${fmt.amount(project)} 之和 ${fmt.amount(basic + project)}：请核对。`,
    basic: (what: string, basic: number, sum: number) =>
      `基本支出的${what} ${fmt.amount(basic)} 不等于人员经费与公用经费之和 ${fmt.amount(sum)}：请核对。`,
  },
} satisfies Record<`dept.${string}`, RuleText>;
