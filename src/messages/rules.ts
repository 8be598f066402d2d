// The checker's words: each rule's title and docs, and the messages its findings carry.
import { fmt } from "./format";

/** Finding messages: what is wrong, the expected value, and how to fix it. */
export const FINDINGS = {
  notRecognized: "该工作表不是项目支出绩效自评表（未找到“三级指标”等表头），未作校验。",
  fundsSection: "项目资金（全年预算数、全年执行数）",
  /** What a cell is, for the formula findings. */
  roles: {
    fund: (row: string, column: string) => `${row}的${column}`,
    indicator: (name: string, what: string) => `“${name}”的${what}`,
    rate: "预算执行率",
    budgetScore: "预算执行率得分",
    budgetWeight: "预算执行率分值",
    budgetReason: "执行率偏低原因",
    target: "年度指标值",
    actual: "实际完成值",
    weight: "分值",
    score: "得分",
    reason: "偏差原因",
    total: "总分",
    totalWeight: "分值合计",
  },
  formulaError: (role: string, cell: string, error: string, formula: string | null, suggestion: string | null) =>
    `${role}（${cell}）显示 ${error}${plausible(formula) ? `：公式 =${formula} ${ERROR_MEANING[error] ?? "无法得出结果"}` : `：公式${ERROR_MEANING[error] ?? "无法得出结果"}`}，该项无法校验。` +
    (suggestion ? `应为 =${suggestion}：请改为这个公式。` : "请修正公式或填入数值后再检查。"),
  formulaUncomputed: (role: string, cell: string, formula: string) =>
    `${role}（${cell}）是公式 =${formula}，文件中没有保存它的计算结果，本工具也无法计算，该项未校验：请在 Excel 或 WPS 中打开此文件、确认结果后保存，再检查。`,
  fundColumns: { budgetInitial: "年初预算数", budget: "全年预算数", executed: "全年执行数" },
  missingSection: (what: string) => `未找到“${what}”：请按自评表模板补上这一栏（或检查表头文字是否写错）。`,
  budgetSum: (column: string, printed: number, sum: number, parts: string) =>
    `年度资金总额的${column} ${fmt.amount(printed)} 与其中各项之和 ${fmt.amount(sum)}（${parts}）不一致：请核对总额或各分项金额。`,
  budgetZero: (printed: string) =>
    printed
      ? `全年预算数为 ${printed}，不大于 0，无法计算预算执行率：请填写调整后的全年预算数。`
      : "全年预算数未填写，无法计算预算执行率：请填写调整后的全年预算数。",
  budgetRate: (printed: string, executed: number, budget: number, rate: number) =>
    printed
      ? `预算执行率写为 ${printed}，但 ${fmt.amount(executed)} ÷ ${fmt.amount(budget)} = ${fmt.rate(rate)}：请改为 ${fmt.rate(rate)}。`
      : `预算执行率未填写：${fmt.amount(executed)} ÷ ${fmt.amount(budget)} = ${fmt.rate(rate)}，请填入 ${fmt.rate(rate)}。`,
  budgetScore: (printed: string, rate: number, weight: number, score: number, roundingOnly: boolean) =>
    printed
      ? roundingOnly
        ? `预算执行率得分写为 ${printed}，按规则为 ${fmt.score(score)}（min(${fmt.rate(rate)}, 100%) × ${fmt.score(weight)}），仅是舍入不同：建议保留两位小数写为 ${fmt.score(score)}。`
        : `预算执行率得分写为 ${printed}，按规则应为 ${fmt.score(score)}（min(${fmt.rate(rate)}, 100%) × ${fmt.score(weight)}）：请改为 ${fmt.score(score)}。`
      : `预算执行率得分未填写：按规则应为 ${fmt.score(score)}（min(${fmt.rate(rate)}, 100%) × ${fmt.score(weight)}）。`,
  budgetReason: (rate: number, threshold: number) =>
    `预算执行率 ${fmt.rate(rate)} 低于 ${fmt.rate(threshold)}，按本方案须说明原因：请在“原因”栏写明执行率偏低的具体原因。`,
  targetMissing: (name: string) => `“${name}”的年度指标值未填写：请填写目标值，例如“≥95%”“不少于50个”或“合规”。`,
  targetUnreadable: (name: string, text: string) =>
    `“${name}”的年度指标值“${text}”无法识别：请写成“≥95%”“不少于50个”“≤10次”之类的形式，定性目标请只写“合规”“健全”等词语。`,
  actualMissing: (name: string) => `“${name}”的实际完成值未填写：请填写实际完成情况，例如“97%”“60个”或“达成预期指标”。`,
  actual: (name: string, detail: string) => `“${name}”：${detail}`,
  unit: (name: string, target: string, actual: string) =>
    `“${name}”的年度指标值单位为“${target}”，实际完成值单位为“${actual}”，两者不一致：请统一计量单位。`,
  /** How a rule score came about, inside the score messages' brackets. */
  how: {
    partial: (completion: number, weight: number) => `完成率 ${fmt.rate(completion)} × ${fmt.score(weight)}`,
    full: (target: string) => `达到目标 ${target}，得满分`,
    reverseFull: (target: string) => `未超过 ${target}，得满分`,
    reverse: (target: string, actual: string) => `反向指标，目标 ${target}，实际 ${actual}`,
    zeroFull: "目标为 0 且实际为 0，得满分",
    zero: (actual: string) => `目标为 0，实际 ${actual}，不得分`,
    qualitative: (grade: string) => `定性指标，${grade}`,
  },
  overWeight: (name: string, printed: number, weight: number, score: number) =>
    `“${name}”的得分 ${fmt.score(printed)} 超过分值 ${fmt.score(weight)}：得分不能超过分值，按规则应为 ${fmt.score(score)}。`,
  indicatorScore: (name: string, printed: string, score: number, how: string, roundingOnly: boolean) =>
    printed
      ? roundingOnly
        ? `“${name}”的得分写为 ${printed}，按规则为 ${fmt.score(score)}（${how}），仅是舍入不同：建议保留两位小数写为 ${fmt.score(score)}。`
        : `“${name}”的得分写为 ${printed}，按规则应为 ${fmt.score(score)}（${how}）：请改为 ${fmt.score(score)}。`
      : `“${name}”的得分未填写：按规则应为 ${fmt.score(score)}（${how}）。`,
  band: (name: string, printed: number, grade: string, min: number, max: number, proposal: number) =>
    `“${name}”为定性指标，完成情况为“${grade}”，得分应在 ${fmt.score(min)}–${fmt.score(max)} 分之间，现为 ${fmt.score(printed)}：请在该区间内打分（建议 ${fmt.score(proposal)}）。`,
  overAchievement: (name: string, target: string, actual: string, completion: number) =>
    `“${name}”实际完成 ${actual}，为年度指标值 ${target} 的 ${fmt.rate(completion)}，超额 20% 以上：请在偏差原因中说明超额原因；目标值可能定得偏低，下一年度编制绩效目标时应适当调高。`,
  deviation: (name: string, score: number, weight: number) =>
    `“${name}”得分 ${fmt.score(score)} 低于分值 ${fmt.score(weight)}，但没有写明偏差原因（“0”“无”“/”不算原因）：请写明未完成的原因和改进措施。`,
  level: (which: "一级" | "二级", text: string, known: string) => `${which}指标“${text}”不在规范指标体系内：请改用 ${known} 之一。`,
  weightsParts: (budget: number, indicators: number) => `预算执行率 ${fmt.score(budget)} + 绩效指标 ${fmt.score(indicators)}`,
  budgetRateWhat: "预算执行率",
  indicatorsWhat: "绩效指标",
  departmentConclusionLabel: "自评结论",
  weightsSum: (sum: number, parts: string) => `各项分值合计为 ${fmt.score(sum)}（${parts}），不等于 100：请调整各指标分值使合计为 100。`,
  weightsProfile: (what: string, actual: number, expected: number, profile: string) =>
    `${what}分值合计为 ${fmt.score(actual)}，${profile}方案的默认值为 ${fmt.score(expected)}：如非本地区规定，请按默认权重设置。`,
  totalSum: (printed: string, total: number, roundingOnly: boolean, followsScores: boolean) =>
    roundingOnly
      ? `总分写为 ${printed}，按规则各项得分之和为 ${fmt.score(total)}，仅是舍入不同：建议写为 ${fmt.score(total)}。`
      : followsScores
        ? `总分写为 ${printed}，与表中各项得分之和一致，但其中有得分按规则须改正（见上），改正后总分为 ${fmt.score(total)}：请改为 ${fmt.score(total)}。`
        : `总分写为 ${printed}，但按规则各项得分之和为 ${fmt.score(total)}：请改为 ${fmt.score(total)}。`,
  totalMissing: (total: number | null) =>
    total === null
      ? "没有填写总分：请填入预算执行率得分与各指标得分之和。"
      : `没有填写总分：按规则各项得分之和为 ${fmt.score(total)}，请填入总分栏。`,
  deptItemOver: (name: string, score: number, points: number) =>
    `“${name}”自评得分 ${fmt.score(score)} 超过该项分值 ${fmt.score(points)}：得分最多为 ${fmt.score(points)}。`,
  deptScoreMissing: (name: string, points: number) => `“${name}”（分值 ${fmt.score(points)}）没有填写自评得分：请逐项打分。`,
  deptDeduction: (name: string, score: number, points: number) =>
    `“${name}”得 ${fmt.score(score)} 分（分值 ${fmt.score(points)}），扣了 ${fmt.score(points - score)} 分却没有写扣分原因：请写明扣分的具体原因。`,
  deptPoints: (name: string, points: number, expected: number, profile: string) =>
    `“${name}”分值为 ${fmt.score(points)}，${profile}框架中为 ${fmt.score(expected)}：如非本地区规定，请按框架分值设置。`,
  deptPointsSum: (sum: number) => `各项指标分值合计为 ${fmt.score(sum)}，不等于 100（加减分项另计）：请核对各项分值。`,
  deptScoreWhat: "得分",
  deptPointsWhat: "分值",
  deptSubtotal: (level1: string, what: string, printed: number, sum: number) =>
    `“${level1}”小计${what}写为 ${fmt.score(printed)}，但其各项${what}之和为 ${fmt.score(sum)}：请改为 ${fmt.score(sum)}。`,
  deptBonusCap: (name: string, score: number, cap: number) =>
    `加分项“${name}”得 ${fmt.score(score)} 分，超过上限 ${fmt.score(cap)} 分：最多计 ${fmt.score(cap)} 分。`,
  deptBonusUnit: (name: string, score: number, perItem: number) =>
    `加分项“${name}”每项 ${fmt.score(perItem)} 分，${fmt.score(score)} 分不是整数项：请按获得表彰的项数计分。`,
  deptBonusReason: (name: string) => `加分项“${name}”有加分，但没有写明获得的表彰：请列出表彰名称和授予单位。`,
  deptBonusTotal: (bonus: number, cap: number) =>
    `加减分项合计 ${fmt.score(bonus)} 分，超过上限 ${fmt.score(cap)} 分：总分中最多计 ${fmt.score(cap)} 分。`,
  deptTotal: (printed: number, items: number, bonus: number, total: number) =>
    `总分写为 ${fmt.score(printed)}，但各项得分 ${fmt.score(items)} + 加减分 ${fmt.score(bonus)} = ${fmt.score(total)}：请改为 ${fmt.score(total)}。`,
  deptTotalMissing: (total: number) => `没有填写总分：各项得分与加减分合计为 ${fmt.score(total)}。`,
  deptRate: (line: string, printed: string, executed: number, budget: number, rate: number) =>
    `${line}执行率写为 ${printed}，但 ${fmt.amount(executed)} ÷ ${fmt.amount(budget)} = ${fmt.rate(rate)}：请改为 ${fmt.rate(rate)}。`,
  deptBudgetSum: (what: string, total: number, basic: number, project: number) =>
    `合计的${what} ${fmt.amount(total)} 不等于基本支出 ${fmt.amount(basic)} 与项目支出 ${fmt.amount(project)} 之和 ${fmt.amount(basic + project)}：请核对。`,
  deptBasicSum: (what: string, basic: number, sum: number) =>
    `基本支出的${what} ${fmt.amount(basic)} 不等于人员经费与公用经费之和 ${fmt.amount(sum)}：请核对。`,
  narrativeMissing: (label: string, audience: "cli" | "pane") =>
    audience === "pane"
      ? `“${label}”未填写：请填写；可点上方的“填写文字”生成草稿，修改后写入。`
      : `“${label}”未填写：请填写；可用 selfeval fill 生成草稿后补充修改（在 Excel 中可用绩效自评助手的“填写文字”）。`,
  jxFormulas: (count: number, cells: string[], audience: "cli" | "pane") =>
    `本表有 ${count} 个单元格用 JX 函数计算（${cells.slice(0, 5).join("、")}${count > 5 ? " 等" : ""}）：没有安装绩效自评助手的人打开时会显示 #NAME?。` +
    (audience === "pane"
      ? "报送前请点“定稿（公式转为数值）”，把它们换成当前数值。"
      : "报送前请在 Excel 中用绩效自评助手的“定稿（公式转为数值）”，或复制这些单元格后“选择性粘贴 → 数值”。"),
} as const;

/** Indicator quality review: an explanation and a suggestion each (seeds 001, 002). */
export const QUALITY = {
  unquantified: (name: string, target: string) =>
    `“${name}”的名称要求一个数值，但年度指标值写的是定性的“${target}”：评审常指出“目标量化不细”，建议改为可衡量的目标，如“≥95%”“不少于50人次”。`,
  generic: (names: string[], share: number) =>
    `通用指标（${names.join("、")}）占指标分值的 ${fmt.rate(share)}：这类指标任何项目都能填写，评审常指出“通用绩效指标过多”，建议增加反映本项目产出和效益的个性指标。`,
  noSatisfaction: (profile: string) => `没有满意度指标，${profile}方案要求设置：建议增加“服务对象满意度”等指标，并说明调查方式。`,
  noBenefit: "没有效益指标：评审常指出“效益指标不完整”，建议按项目实际设置社会效益、经济效益或可持续影响指标。",
  allMet: (count: number) =>
    `全部 ${count} 个指标都恰好完成且得满分：目标可能定得偏低或偏保守，下一年度可参考本年实际完成值设置更有挑战性的目标。`,
  targetZero: (name: string, target: string) =>
    `“${name}”的年度指标值为 ${target}：任何结果都能达到，等于没有设定目标；请按本项目的计划产出设定具体数值。`,
  satisfactionLow: (name: string, target: string, floor: number) =>
    `“${name}”的年度指标值为 ${target}，低于 ${floor}%：满意度目标定得偏低，说明不了服务质量；下一年度编制绩效目标时可适当调高。`,
};

/** What an error value says about its formula. */
const ERROR_MEANING: Record<string, string> = {
  "#REF!": "引用了已删除的行、列或工作表",
  "#DIV/0!": "的除数为 0 或空白",
  "#VALUE!": "引用的单元格含有文字或类型不对",
  "#N/A": "查找不到所需的数值",
  "#NAME?": "用了无法识别的函数或名称",
  "#NUM!": "得出了无效的数值",
  "#NULL!": "的区域引用有误",
};

/** A formula text worth showing: one that names cells or functions (an .xls may keep only "#N/A"). */
const plausible = (formula: string | null): formula is string => !!formula && /[A-Za-z]+\d|[A-Za-z]+\(/.test(formula);

const CENTRAL = "财预〔2020〕10号《项目支出绩效评价管理办法》附件项目支出绩效自评表";

/** Each rule's short name and what it checks and why, with its source. */
export const RULE_DOCS: Record<string, { title: string; docs: string }> = {
  "layout.not-recognized": {
    title: "非自评表",
    docs: "工作表中找不到项目支出或部门整体支出绩效自评表的表头（如“三级指标”“年度指标值”），只作一条提示，不逐格校验，以免对说明页、目标申报表等误报一堆错误。",
  },
  "layout.missing-column": {
    title: "缺少栏目",
    docs: `自评表缺少计算所必需的栏目（全年预算数、全年执行数、年度资金总额、年度指标值、实际完成值、分值、得分等）。依赖该栏目的计算不再进行，只报这一条。栏目依据${CENTRAL}。`,
  },
  "formula.error": {
    title: "公式出错",
    docs: "自评表用到的单元格显示 #REF!、#VALUE!、#DIV/0!、#N/A、#NAME? 等错误值（如删行后总分公式成了 =I11+#REF!+…）：报告它是坏掉的公式，能判断时给出应有的公式（总分为各项得分之和），不把错误值当作空白，也不据此推出其他建议。",
  },
  "formula.uncomputed": {
    title: "公式无结果",
    docs: "文件只保存了公式、没有保存计算结果（程序生成的文件、部分 WPS 存档）时，本工具用公式引擎 IronCalc 计算；仍无法计算的单元格报告为未校验，不当作空白，也不据此推出其他建议。",
  },
  "formula.jx": {
    title: "含 JX 函数",
    docs: "表中用 =JX.SCORE 等本助手的函数计算。收件人（如财政局）没有安装本助手时这些单元格显示 #NAME?，所以报送前应把它们换成数值；只作提示，不影响评分。",
  },
  "budget.sum": {
    title: "资金合计",
    docs: "年度资金总额应等于“其中”各项（当年财政拨款、上年结转、其他资金等）之和，按年初预算数、全年预算数、全年执行数逐列核对；两位小数的舍入差异可以容忍。",
  },
  "budget.zero": {
    title: "预算数为空",
    docs: "全年预算数为空或不大于 0 时无法计算预算执行率，执行率得分也无从谈起。",
  },
  "budget.rate": {
    title: "执行率计算",
    docs: `预算执行率 = 全年执行数 ÷ 全年预算数（有调整后预算数时用调整后的，不用年初预算数），按表中显示的小数位与表中所填比较。依据${CENTRAL}。`,
  },
  "budget.score": {
    title: "执行率得分",
    docs: `预算执行率得分 = min(执行率, 100%) × 该项分值（通常 10 分），保留两位小数；仅因舍入不同时为警告。依据${CENTRAL}。`,
  },
  "budget.reason": {
    title: "执行率偏低原因",
    docs: "四川等方案要求预算执行率低于 90% 时在“原因”栏写明原因；没有写或只写“无”“/”时报告。",
  },
  "indicator.target": {
    title: "年度指标值",
    docs: "年度指标值未填写，或含有数字却无法识别（如“约50”），就无法按规则评分。目标应写成“≥95%”“不少于50个”“≤10次”或“合规”等定性词语。",
  },
  "indicator.actual": {
    title: "实际完成值",
    docs: "实际完成值未填写、无法识别，或与年度指标值无法比较（定量目标填了文字、定性目标填了数字）时，无法按规则评分。",
  },
  "indicator.unit": {
    title: "计量单位",
    docs: "年度指标值与实际完成值的计量单位不一致（如“万元”与“个”）时，完成率没有意义；万元与元、百分数与小数会自动换算，不报告。",
  },
  "indicator.score": {
    title: "指标得分",
    docs: `按规则计算指标得分：正向指标 实际 ≥ 目标得满分，否则按 实际 ÷ 目标 × 分值；反向指标超出部分按比例扣分，超过两倍不得分；目标为 0 的指标实际为 0 才得分。两位小数比较，仅舍入不同时为警告。依据${CENTRAL}。`,
  },
  "indicator.over-weight": {
    title: "得分超过分值",
    docs: "任何指标的得分都不能超过其分值；超过时按规则计算的得分改正。",
  },
  "indicator.band": {
    title: "定性指标档次",
    docs: `定性指标按达成程度分三档：达成 80%–100%、部分达成 60%–80%、未达成 0–60%（河北为 80% / 50%），得分须在所属档次内。依据${CENTRAL}填报说明。`,
  },
  "indicator.over-achievement": {
    title: "超额完成",
    docs: "正向指标实际完成值达到年度指标值 120% 以上：须在偏差原因中说明超额原因，目标值也可能定得偏低、下一年度应调高（两条建议在同一条提示里）。不扣分。",
  },
  "indicator.deviation": {
    title: "偏差原因",
    docs: `指标未得满分时须在“偏差原因分析及改进措施”栏写明原因；“0”“无”“/”或未补充的【请填写】占位不算原因。依据${CENTRAL}。`,
  },
  "indicator.level": {
    title: "指标层级名称",
    docs: "一级、二级指标应使用规范的指标体系名称（产出、效益、满意度、成本指标及其下属二级指标）；常见的省略写法（“社会效益”）会先规范化再比较。",
  },
  "weights.sum": {
    title: "分值合计",
    docs: "预算执行率分值与全部指标分值合计应为 100 分。",
  },
  "weights.profile": {
    title: "一级指标分值",
    docs: `各一级指标分值合计与评分方案的默认值不同（中央：预算执行率 10、产出 50、效益 30、满意度 10）时提醒核对；地区另有规定时可忽略。依据${CENTRAL}。`,
  },
  "total.sum": {
    title: "总分合计",
    docs: "表中总分应等于预算执行率得分与各指标得分之和；仅舍入不同时为警告。",
  },
  "total.missing": {
    title: "总分未填",
    docs: "自评表的总分（合计）栏为空。",
  },
  "dept.item-over": {
    title: "部门评分项得分",
    docs: "部门整体支出绩效自评表中每个评分项都要打分，且得分不能超过该项分值；超过时按分值计（总分也按此计算）。依据乐昌市 2022 年部门整体支出绩效评价框架（seed 004）。",
  },
  "dept.deduction": {
    title: "扣分原因",
    docs: "部门评分项扣了分，或加分项有加分，都须写明原因或所获表彰；空白、“无”“/”不算。",
  },
  "dept.points": {
    title: "评分框架分值",
    docs: "各评分项分值应与评分框架一致（预算编制 28、预算执行 42、资金使用效益 30，合计 100，加减分项另计）；单项与框架不同为警告，合计不为 100 为错误。",
  },
  "dept.subtotal": {
    title: "小计",
    docs: "“小计”行的分值和得分应等于其所属一级指标各项之和。",
  },
  "dept.bonus": {
    title: "加减分项",
    docs: "加分按表彰项数计（省级、韶关市表彰每项 1 分、最多 3 分；本市表彰每项 0.5 分、最多 2 分），加减分合计最多 5 分。依据乐昌市 2022 年框架（seed 004）。",
  },
  "dept.total": {
    title: "部门总分",
    docs: "总分 = 各评分项得分（超过分值的按分值计）+ 加减分（不超过上限）。",
  },
  "dept.rate": {
    title: "部门执行率",
    docs: "预算块中每一行的执行率 = 全年执行数 ÷ 全年预算数，按表中显示的小数位与表中所填比较。",
  },
  "dept.budget-sum": {
    title: "部门预算合计",
    docs: "合计 = 基本支出 + 项目支出，基本支出 = 人员经费 + 公用经费，按全年预算数和全年执行数逐列核对（seed 000、004 的数字都满足这一关系）。",
  },
  "narrative.missing": {
    title: "文字栏未填",
    docs: "年度总体目标、实际完成情况、存在问题、改进措施、评价结论（自评结论）等文字栏为空；可以生成草稿后由单位补充原因。",
  },
  "quality.unquantified": {
    title: "目标未量化",
    docs: "指标名称要求一个数值（某某率、数量、人次、满意度……），年度指标值却写成定性词语；评审常指出“目标量化不细”（seed 002）。只是建议，不影响得分。",
  },
  "quality.generic": {
    title: "通用指标过多",
    docs: "资金到位率、支付合规率、任务完成率等任何项目都能填写的通用指标占指标分值一半以上；评审常指出“通用绩效指标过多”（seed 001）。只是建议。",
  },
  "quality.no-satisfaction": {
    title: "缺少满意度指标",
    docs: "评分方案要求设置满意度指标（中央方案 10 分）而表中没有。只是建议。",
  },
  "quality.no-benefit": {
    title: "缺少效益指标",
    docs: "表中没有效益指标；评审常指出“效益指标不完整”。只是建议。",
  },
  "quality.all-met": {
    title: "目标恰好全部完成",
    docs: "全部指标都恰好完成且得满分，目标可能定得偏低或偏保守（seed 001“绩效指标目标值太低”）。只是提示。",
  },
  "quality.target-low": {
    title: "目标偏低",
    docs: "年度指标值本身定得偏低：正向指标写成“≥0”，或满意度目标低于 80%（seed 001“绩效指标目标值太低”）。超额完成造成的偏低由 indicator.over-achievement 一并提示，不重复报告。只是提示。",
  },
};
