// The words of the review signals (src/workbook/rules/review.ts), by rule id: title, docs, reasons. A signal is
// evidence for a reviewer, never a verdict: each reason says what was seen and where, and nothing about intent.
import { baseNameOf, fmt } from "../format";
import type { RuleText } from "./words";

const SIGNAL = "复核信号：不是错误，不影响检查结果和退出码，只用于排列复核先后";

/** Up to `max` items joined with 、, then "等 N 项". */
export function someOf(items: string[], max = 3): string {
  const shown = items.slice(0, max).join("、");
  return items.length > max ? `${shown}等 ${items.length} 处` : shown;
}

export const REVIEW_TEXT = {
  "review.high-score-low-spend": {
    title: "高分低执行",
    docs: `自评总分（表中所写，未写时按规则计算）不低于 90 分，而预算执行率低于 80%。部门整体支出自评表看“合计”行的执行率（按表中数字计算，算不出时用表中所写），没有“合计”行时不看。${SIGNAL}；权重 3。`,
    reason: (score: number, scoreCell: string, rate: number, rateCell: string) =>
      `自评得分 ${fmt.score(score)} 分（${scoreCell}），预算执行率 ${fmt.rate(rate)}（${rateCell}）：得分在 90 分以上，执行率低于 80%。`,
  },
  "review.full-marks-unspent": {
    title: "满分未执行完",
    docs: `每一项绩效指标都得满分（表中所写的得分等于分值），而预算执行率低于 100%。至少有 2 项指标时才看。部门整体支出自评表看每个三级指标（加减分项除外）和“合计”行的执行率；有一项得分或分值读不出时不看。${SIGNAL}；权重 2。`,
    reason: (count: number, cells: string, rate: number, rateCell: string) =>
      `全部 ${count} 项指标均为满分（${cells}），预算执行率 ${fmt.rate(rate)}（${rateCell}）。`,
  },
  "review.total-mismatch": {
    title: "总分对不上",
    docs: `表中所写的总分与各项得分之和或按规则计算的总分不符（沿用 total.sum、dept.total 的错误级结果，仅舍入不同的不算）。${SIGNAL}；权重 2。`,
    reason: (printed: number, cell: string, sum: number | null, computed: number) =>
      `总分写为 ${fmt.score(printed)}（${cell}），${sum === null ? "" : `表中各项得分之和为 ${fmt.score(sum)}，`}按规则计算为 ${fmt.score(computed)}。`,
  },
  "review.targets-changed": {
    title: "指标与申报不同",
    docs: `自评表的绩效指标与同一项目的申报表（无申报表时为执行监控表）不同：指标值改了、申报的指标没有列出或列了未申报的指标（沿用 cross.target、cross.missing、cross.undeclared 的结果；申报表在同一工作簿或同一批的其他文件中均可）。${SIGNAL}；权重 2。`,
    reason: (table: string, changed: number, missing: number, undeclared: number, cells: string) =>
      `与${table}相比：${[
        changed ? `${changed} 项指标值不同` : "",
        missing ? `${missing} 项申报的指标未列出` : "",
        undeclared ? `${undeclared} 项指标未在申报中` : "",
      ]
        .filter((x) => x)
        .join("，")}（${cells}）。`,
    where: (kind: "declaration" | "monitoring", sheet: string, file: string | undefined) =>
      `${kind === "declaration" ? "申报表" : "监控表"}（${file ? `文件“${baseNameOf(file)}”的` : ""}工作表“${sheet}”）`,
  },
  "review.targets-by-definition": {
    title: "目标必然达成",
    docs: `一半以上（且至少 2 项）的绩效指标，年度指标值写成任何结果都能达到的样子：“≥0”“>0”，或只写“达成预期”“完成”“合规”“符合要求”“是”“达标”“有效”等。${SIGNAL}；权重 2。`,
    reason: (count: number, total: number, targets: string, cells: string) =>
      `${total} 项指标中有 ${count} 项的年度指标值写为 ${targets}（${cells}），任何结果都能达到。`,
  },
  "review.over-achievement": {
    title: "远超目标",
    docs: `数量型指标（“≥”“>”或未写符号的正向目标）的实际完成值达到目标的 3 倍以上。${SIGNAL}；权重 1。`,
    item: (name: string, target: string, actual: string, ratio: number, cell: string) =>
      `“${name}”目标 ${target}，实际 ${actual}，为目标的 ${fmt.score(ratio)} 倍（${cell}）`,
    reason: (items: string) => `${items}。`,
  },
  "review.narrative-missing": {
    title: "说明未填",
    docs: `表中要求的文字栏（年度总体目标完成情况、存在问题、改进措施、评价结论等）为空（沿用 narrative.missing 的结果）。${SIGNAL}；权重 1。`,
    reason: (items: string) => `文字栏未填：${items}。`,
    item: (label: string, cell: string) => `“${label}”（${cell}）`,
  },
  "review.similar-narrative": {
    title: "说明与他表雷同",
    docs: `一段文字栏（去掉空格和标点、数字不计）与同一批中另一个项目的表几乎相同：按三字片段计的相似度（Jaccard）不低于 90%，只比较去掉空格标点后不少于 40 字的文字。指出另一张表的文件和工作表。${SIGNAL}；权重 3。`,
    reason: (
      label: string,
      cell: string,
      file: string,
      sheet: string,
      otherCell: string,
      project: string,
      similarity: number,
      more: number,
    ) =>
      `“${label}”（${cell}）与文件“${baseNameOf(file)}”工作表“${sheet}”${otherCell}${project ? `（项目“${project}”）` : ""}的文字相似度 ${fmt.rate(similarity)}${more > 0 ? `；另有 ${more} 段文字与其他表相近` : ""}。`,
  },
} satisfies Record<`review.${string}`, RuleText>;
