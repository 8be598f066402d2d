// What the JX custom functions say when they cannot compute.

export const MESSAGES = {
  budgetMissing: "预算数为空：请在“全年预算数”单元格填写本年度（调整后）预算金额。",
  budgetNotPositive: (budget: number) => `预算数为 ${budget}，不大于 0，无法计算执行率：请填写大于 0 的全年预算数。`,
  budgetUnreadable: (text: string) => `无法识别预算数“${text}”：请填写数字，例如 130.76 或 “130.76万元”。`,
  executedMissing: "执行数为空：请在“全年执行数”单元格填写实际支出金额（没有支出请填 0）。",
  executedUnreadable: (text: string) => `无法识别执行数“${text}”：请填写数字，例如 130.44 或 “130.44万元”。`,
  executedNegative: (executed: number) => `执行数为 ${executed}，不能为负数：请核对实际支出金额。`,
  weightMissing: "分值为空：请填写该指标的分值（权重），例如 10。",
  weightUnreadable: (text: string) => `无法识别分值“${text}”：分值应为大于等于 0 的数字，例如 10。`,
  targetMissing: "年度指标值为空：请填写目标值，例如“≥95%”“不超过10次”或“合规”。",
  actualMissing: "实际完成值为空：请填写实际完成情况，例如“97%”“60个”或“达成预期指标”。",
  actualUnreadable: (text: string) =>
    `无法识别实际完成值“${text}”：定量指标请填写数字（可带单位），定性指标请写“达成预期指标”“部分达成预期指标并具有一定效果”或“未达成预期指标且效果较差”。`,
  actualNotComparable: (target: string, actual: string) =>
    `年度指标值“${target}”与实际完成值“${actual}”无法比较：定量目标请填写数字完成值，定性目标请填写达成情况。`,
  completionQualitative: (target: string) => `“${target}”是定性指标，没有完成率：定性指标按达成程度评分，请改用 JX.SCORE。`,
  completionZeroTarget: "目标值为 0，无法计算完成率（除数为 0）：此类指标请直接用 JX.SCORE 评分。",
  profileUnknown: (name: string, known: string) => `未知的评分方案“${name}”：可选 ${known}。`,
  gradeUnreadable: (text: string) => `无法识别总分“${text}”：请引用总分单元格或填写 0–100 之间的数字。`,
  gradeNegative: (total: number) => `总分 ${total} 为负数：请核对各项得分。`,
  rangeShapes: "分值、年度指标值、实际完成值三个区域的行数和列数必须相同：请选择同样大小的区域。",
  rowError: (row: number, message: string) => `第 ${row} 行：${message}`,
  parseBlank: "单元格为空：请引用填写了目标值或完成值的单元格。",
  qualitativeLabel: "定性",
  deadlineUnit: "时间",
  grades: { achieved: "达成", partial: "部分达成", notAchieved: "未达成" },
  unexpected: (detail: string) => `计算时出现意外错误（${detail}）：请检查输入，如仍出现请反馈给我们。`,
} as const;
