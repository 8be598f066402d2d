// The words real 自评表 use for their sections and columns (domain §1), as data.

const normalized = new Map<string, string>();

/** "项目资金\n（万元）", "产出指标(50分)", "总 分", "执行率（B/A）" → "项目资金", "产出指标", "总分", "执行率". */
export function normalizeLabel(text: string): string {
  let t = normalized.get(text);
  if (t !== undefined) return t;
  t = text.normalize("NFKC").replace(/[\s\u00a0\u3000]+/g, "");
  t = t
    .replace(/[（(][^（()）]*[)）]/g, "")
    .replace(/[【[][^\]】]*[\]】]/g, "")
    .replace(/[:：*＊、,，。.;；]/g, "");
  // Sheets repeat their labels row after row; a bounded memo keeps recognition linear and cheap.
  if (normalized.size > 20000) normalized.clear();
  normalized.set(text, t);
  return t;
}

export type FundField = "budgetInitial" | "budget" | "executed" | "weight" | "rate" | "score" | "reason";
/** Columns every layout has; a layout may add its own (layouts.ts: Sichuan's 指标性质 · 度量单位). */
export type CommonIndicatorField = "level1" | "level2" | "name" | "target" | "actual" | "weight" | "score" | "reason";
export type IndicatorField = CommonIndicatorField | "nature" | "unit";

/** Header words of the funds block, each normalised. Order matters: the adjusted budget wins. */
export const FUND_HEADERS: Record<FundField, string[]> = {
  budgetInitial: ["年初预算数", "年初预算"],
  budget: ["调整后预算数", "全年预算数", "年度预算数", "全年预算", "预算数"],
  executed: ["全年执行数", "年度预算执行数", "预算执行数", "全年执行", "执行数", "实际执行数", "实际支出数"],
  weight: ["分值", "权重", "分值权重"],
  rate: ["执行率", "预算执行率", "资金执行率"],
  score: ["得分", "自评得分"],
  reason: ["原因", "偏差原因", "未完成原因", "原因分析"],
};

/** Header words of the indicator columns every layout has (a layout's own columns are in layouts.ts). */
export const INDICATOR_HEADERS: Record<CommonIndicatorField, string[]> = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标", "三级指标名称", "指标名称", "绩效指标名称"],
  target: ["年度指标值", "指标值", "预期指标值", "年度目标值", "目标值"],
  actual: ["实际完成值", "实际完成指标值", "完成值", "全年实际值", "实际值", "实际完成情况"],
  weight: ["分值", "权重", "分值权重"],
  score: ["得分", "自评得分"],
  reason: ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因", "偏差原因分析", "原因分析", "偏差原因分析及改进措施说明"],
};

/** Fund row labels: the total, then the parts listed under 其中. */
export function fundRowKind(label: string): "total" | "part" | null {
  const t = label.replace(/^其中/, "");
  if (/^(年度资金总额|资金总额|总额|合计资金|项目资金总额)$/.test(t)) return "total";
  if (
    /^(当年财政拨款|本年财政拨款|财政拨款|财政资金|上年结转资金|上年结转|财政专户管理资金|其他资金|单位资金|单位自筹资金|自筹资金|社会资金)$/.test(
      t,
    )
  )
    return "part";
  return null;
}

export const GOAL_LABELS = ["预期目标", "年度预期绩效目标", "项目年度目标", "年度目标", "年度绩效目标"];
export const COMPLETION_LABELS = ["实际完成情况", "目标实际完成情况", "年度目标完成情况", "年度总体目标完成情况", "目标完成情况"];
export const TEXT_LABELS = {
  problems: ["存在问题", "存在的问题", "主要问题"],
  improvements: ["改进措施", "改进意见", "下一步改进措施"],
  conclusion: ["评价结论", "自评结论"],
} as const;
export const TOTAL_LABELS = ["总分", "合计", "总计", "自评总分"];
/** Labels that end the indicator rows. */
export const INDICATOR_END_LABELS = [
  ...TOTAL_LABELS,
  ...TEXT_LABELS.problems,
  ...TEXT_LABELS.improvements,
  ...TEXT_LABELS.conclusion,
  "注",
  "说明",
  "填报说明",
  "备注",
];

/** Every header word above: a cell holding one of these is a label, not a value (layouts.ts adds the layouts' own). */
export const HEADER_WORDS = new Set<string>([
  ...Object.values(FUND_HEADERS).flat(),
  ...Object.values(INDICATOR_HEADERS).flat(),
  ...GOAL_LABELS,
  ...COMPLETION_LABELS,
  ...Object.values(TEXT_LABELS).flat(),
  ...TOTAL_LABELS,
  "年度总体目标",
  "绩效指标",
  "项目资金",
]);

/** 一级 and 二级 vocabulary (domain §1), after normalising "社会效益" → "社会效益指标". */
export const LEVEL1 = ["产出指标", "效益指标", "满意度指标", "成本指标"];
export const LEVEL2: Record<string, string[]> = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  效益指标: [
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
    "社会公众或服务对象满意度指标",
    "服务对象满意度指标",
    "满意度指标",
  ],
  满意度指标: ["服务对象满意度指标", "社会公众或服务对象满意度指标", "满意度指标", "社会公众满意度指标"],
  成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标"],
};

/** Adds a dropped "指标" and folds the common variants onto the vocabulary. */
export function normalizeLevel(text: string): string {
  const t = normalizeLabel(text).replace(/\d+(\.\d+)?分$/, "");
  if (t === "") return "";
  return t.endsWith("指标") ? t : `${t}指标`;
}
