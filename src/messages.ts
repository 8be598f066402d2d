// Every sentence a user reads, in Simplified Chinese, in one place.

/** Numbers as the seeds print them: scores and amounts with at most two decimals, rates in percent. */
export const fmt = {
  score: (x: number) => String(Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100),
  amount: (x: number) => (Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100).toFixed(2),
  /** 0.997553 → "99.76%"; exactly 1 → "100%". */
  rate: (fraction: number) => {
    const pct = Math.round(fraction * 10000 + 1e-9) / 100;
    return Number.isInteger(pct) ? `${pct}%` : `${pct.toFixed(2)}%`;
  },
};

/** 1 → 一, 12 → 十二, 23 → 二十三: ordinals for 一是 / 二是 … */
export function chineseNumber(n: number): string {
  const digits = "零一二三四五六七八九";
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ""}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ""}`;
  return String(n);
}

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
  targetUnreadable: (text: string) =>
    `无法识别年度指标值“${text}”：请写成“≥95%”“不少于50个”“≤10次”之类的形式，或写定性目标如“合规”“健全”。`,
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

/** Finding messages: what is wrong, the expected value, and how to fix it. */
export const FINDINGS = {
  notRecognized: "该工作表不是项目支出绩效自评表（未找到“三级指标”等表头），未作校验。",
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
    `“${name}”实际完成 ${actual}，为年度指标值 ${target} 的 ${fmt.rate(completion)}，超额 20% 以上：请在偏差原因中说明超额原因；若是目标值定得偏低，下一年度应予调高。`,
  deviation: (name: string, score: number, weight: number) =>
    `“${name}”得分 ${fmt.score(score)} 低于分值 ${fmt.score(weight)}，但没有写明偏差原因（“0”“无”“/”不算原因）：请写明未完成的原因和改进措施。`,
  level: (which: "一级" | "二级", text: string, known: string) => `${which}指标“${text}”不在规范指标体系内：请改用 ${known} 之一。`,
  weightsSum: (sum: number, parts: string) => `各项分值合计为 ${fmt.score(sum)}（${parts}），不等于 100：请调整各指标分值使合计为 100。`,
  weightsProfile: (what: string, actual: number, expected: number, profile: string) =>
    `${what}分值合计为 ${fmt.score(actual)}，${profile}方案的默认值为 ${fmt.score(expected)}：如非本地区规定，请按默认权重设置。`,
  totalSum: (printed: string, sum: number, roundingOnly: boolean) =>
    roundingOnly
      ? `总分写为 ${printed}，各项得分之和为 ${fmt.score(sum)}，仅是舍入不同：建议写为 ${fmt.score(sum)}。`
      : `总分写为 ${printed}，但各项得分之和为 ${fmt.score(sum)}：请改为 ${fmt.score(sum)}。`,
  totalMissing: (sum: number) => `没有填写总分：各项得分之和为 ${fmt.score(sum)}，请填入总分栏。`,
  deptItemOver: (name: string, score: number, points: number) =>
    `“${name}”自评得分 ${fmt.score(score)} 超过该项分值 ${fmt.score(points)}：得分最多为 ${fmt.score(points)}。`,
  deptScoreMissing: (name: string, points: number) => `“${name}”（分值 ${fmt.score(points)}）没有填写自评得分：请逐项打分。`,
  deptDeduction: (name: string, score: number, points: number) =>
    `“${name}”得 ${fmt.score(score)} 分（分值 ${fmt.score(points)}），扣了 ${fmt.score(points - score)} 分却没有写扣分原因：请写明扣分的具体原因。`,
  deptPoints: (name: string, points: number, expected: number, profile: string) =>
    `“${name}”分值为 ${fmt.score(points)}，${profile}框架中为 ${fmt.score(expected)}：如非本地区规定，请按框架分值设置。`,
  deptPointsSum: (sum: number) => `各项指标分值合计为 ${fmt.score(sum)}，不等于 100（加减分项另计）：请核对各项分值。`,
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
  narrativeMissing: (label: string) => `“${label}”未填写：请填写；可用任务窗格的“填写文字”或 selfeval fill 生成草稿后补充修改。`,
} as const;

/** Names of the layouts (domain §1) and severities, as reports print them. */
export const LAYOUT_NAMES: Record<"central" | "guangzhou" | "sichuan", string> = {
  central: "中央模板",
  guangzhou: "广州格式",
  sichuan: "四川分列格式",
};

export const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;

/** What the selfeval command prints. */
export const CLI = {
  usage: `用法：
  selfeval check [--json] [--profile central|hebei|sichuan|guangzhou] 文件.xlsx …
      校验项目支出绩效自评表，逐表列出问题（单元格、说明、应填的值）。
      退出码：0 无错误；1 发现错误；2 有文件无法读取（其余文件照常校验）。
  selfeval report 文件.xlsx … -o 自评报告.docx [--profile …] [--force]
      依据部门整体支出绩效自评表和各项目支出绩效自评表生成自评报告草稿（Word）。
  selfeval fill 文件.xlsx -o 输出.xlsx [--fix] [--overwrite-text] [--profile …] [--force]
      把文字草稿填入空白的文字栏（实际完成情况、偏差原因、存在问题、改进措施、评价结论），另存为新文件；
      --fix 同时改正执行率、得分、总分；--overwrite-text 连已有文字也替换（请先备份）；
      --force 允许覆盖已存在的输出文件。原文件不会被修改。`,
  unknownCommand: (cmd: string) => `未知命令“${cmd}”：请使用 check、fill 或 report。`,
  badArgs: (detail: string) => `参数有误（${detail}）：请查看下面的用法。`,
  noFiles: "没有指定要检查的文件：例如 selfeval check examples/*.xlsx",
  unknownProfile: (name: string) => `未知的评分方案“${name}”：可选 central（中央）、hebei（河北）、sichuan（四川）、guangzhou（广州）。`,
  notFound: (file: string) => `找不到文件“${file}”：请检查路径和文件名。`,
  isDirectory: (file: string) => `“${file}”是文件夹：请指定其中的 .xlsx 文件，例如 ${file.replace(/[\\/]$/, "")}/*.xlsx。`,
  empty: (file: string) => `“${file}”是空文件（0 字节）：请重新导出或下载该工作簿。`,
  encryptedOrXls: (file: string) =>
    `“${file}”是旧版 .xls 文件或设置了打开密码：请在 Excel 中“另存为”.xlsx 格式（如有密码先取消）后再检查。`,
  notXlsx: (file: string) => `“${file}”不是 .xlsx 工作簿：请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”后再检查。`,
  corrupt: (file: string, detail: string) => `“${file}”无法读取，文件可能已损坏（${detail}）：请在 Excel 中打开并重新保存后再试。`,
  fillNeedsOne: "fill 一次只处理一个文件：selfeval fill 文件.xlsx -o 输出.xlsx",
  needsOutput: (extension: string) =>
    extension === ".xlsx"
      ? "请用 -o 指定输出文件：fill 不会修改原文件，例如 selfeval fill 表.xlsx -o 表-已填写.xlsx"
      : "请用 -o 指定报告文件，例如 selfeval report 自评表.xlsx -o 自评报告.docx",
  sameFile: "输出文件与原文件相同：fill 不会覆盖原文件，请换一个输出文件名。",
  outputExists: (file: string) => `输出文件“${file}”已存在：请换一个文件名，或加 --force 覆盖。`,
  outputExtension: (file: string, extension: string) => `输出文件“${file}”应以 ${extension} 结尾。`,
  reportUnusable: "以上文件无法读取，未生成报告：请先处理这些文件（或不把它们列入命令）。",
  reportNothing: "所列文件中没有可识别的部门整体或项目支出绩效自评表，未生成报告。",
  reported: (out: string, projects: number, department: boolean) =>
    `已生成 ${out}：依据${department ? "部门整体支出绩效自评表和" : ""} ${projects} 张项目支出绩效自评表。黄色底纹的“【请填写：…】”处须由单位补充，报告不会替单位编写原因。`,
  writeFailed: (file: string, detail: string) => `无法写入“${file}”（${detail}）：请检查目录是否存在、文件是否正被其他程序打开。`,
  noProjectSheet: (file: string) => `“${file}”中没有可识别的项目支出绩效自评表，未生成输出文件。`,
  filled: (out: string, texts: number, fixes: number, kept: number) =>
    `已写入 ${out}：填写文字 ${texts} 处，改正数值 ${fixes} 处${kept ? `；${kept} 处已有文字未改动（如需替换请加 --overwrite-text）` : ""}。`,
  unexpected: (detail: string) => `发生意外错误（${detail}）：请把命令和文件反馈给我们。`,
};

/** Everything the taskpane shows. */
export const PANE = {
  title: "绩效自评助手",
  outsideExcel: "当前不在 Excel 中：请在 Excel 的“开始”选项卡点击“绩效自评助手”打开本加载项。",
  functionsReady: "JX 函数已就绪：可在任意单元格输入 =JX.SCORE、=JX.EXECRATE 等函数。",
  checkActive: "校验当前工作表",
  checkAll: "校验全部工作表",
  checking: "正在校验…",
  report: "生成自评报告",
  reportNothing: "工作簿中没有可识别的部门整体或项目支出绩效自评表，无法生成自评报告。",
  reportDone: (name: string) => `已生成“${name}”：请在下载位置打开，补充黄色底纹的“【请填写：…】”处。`,
  profileLabel: "评分方案",
  profileAuto: "自动（按表格格式）",
  noTable: (sheet: string) => `工作表「${sheet}」不是绩效自评表，未校验。`,
  departmentKind: "部门整体支出绩效自评表",
  summary: {
    kind: "表格",
    layout: "格式",
    profile: "方案",
    total: "总分",
    printed: "表中总分",
    grade: "等级",
    rate: "预算执行率",
  },
  severityGroup: { error: "错误", warning: "警告", info: "提示" } as Record<string, string>,
  sections: {
    layout: "表格结构",
    budget: "预算执行",
    indicator: "绩效指标",
    weights: "分值",
    total: "总分",
    narrative: "文字栏",
    dept: "部门整体评分",
    quality: "指标质量（建议）",
  } as Record<string, string>,
  noFindings: "没有发现问题。",
  goToCell: (cell: string) => `定位到 ${cell}`,
  fix: "修正",
  fixAll: "全部修正",
  fixPreviewTitle: "将写入以下数值",
  fixPreviewEmpty: "没有可以自动修正的问题。",
  confirmWrite: "确认写入",
  cancel: "取消",
  fill: "填写文字",
  fillTitle: "文字草稿：可修改，只写入勾选的单元格",
  fillHasText: "该单元格已有文字，勾选后将替换：",
  fillWrite: (n: number) => `写入所选（${n} 处）`,
  fillEmpty: "没有需要填写的文字栏。",
  written: (n: number, undoable: boolean) =>
    undoable ? `已写入 ${n} 个单元格。如需撤销，可在 Excel 中按 Ctrl+Z。` : `已写入 ${n} 个单元格。如需撤销，请点击“撤销上次修改”。`,
  undo: "撤销上次修改",
  undone: "已恢复上次修改前的内容。",
  oldToNew: (oldValue: string, newValue: string) => `${oldValue || "（空）"} → ${newValue}`,
  protectedSheet: (sheet: string) =>
    `工作表${sheet ? `「${sheet}」` : ""}受保护，未做任何修改：请在“审阅”选项卡点击“撤消工作表保护”后再试。`,
  cellEditMode: "Excel 正在编辑单元格，未做任何修改：请先按 Enter 或 Esc 结束编辑，再重试。",
  sheetGone: "找不到该工作表，未做任何修改：它可能已被重命名或删除，请重新校验。",
  changedSince: (sheet: string, cell: string) => `「${sheet}」${cell} 在校验之后被修改过，未做任何修改：请重新校验后再操作。`,
  excelFailed: (detail: string) => `Excel 未能完成操作（${detail}），未做任何修改：请稍后重试。`,
  unexpected: (detail: string) => `发生意外错误（${detail}）：请重试；如仍出现，请反馈给我们。`,
};

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
  targetLow: (name: string, target: string, completion: number) =>
    `“${name}”完成值达到年度指标值 ${target} 的 ${fmt.rate(completion)}：目标值可能定得偏低，下一年度编制绩效目标时可适当调高。`,
};

/** The 自评报告 draft: its headings and the sentences built from the tables (seeds 000–002). */
export const REPORT = {
  title: (unit: string, year: string) => `${unit}${year}年度部门整体支出绩效自评报告`,
  unitWhat: "单位名称",
  yearWhat: "年度",
  basics: "基本情况",
  overview: "部门概况",
  overviewWhat: "部门主要职责、内设机构、人员编制和年度重点工作任务",
  budget: "部门整体收支情况",
  budgetMissing: "全年预算数、执行数和执行率（工作簿中没有部门整体支出表）",
  projectsBudget: (count: number, budget: number, executed: number, rate: number) =>
    `纳入自评的 ${count} 个项目全年预算数合计为 ${fmt.amount(budget)}万元，执行数为 ${fmt.amount(executed)}万元，执行率为 ${fmt.rate(rate)}。`,
  goals: "部门整体支出绩效目标",
  goalsWhat: "年度部门整体支出绩效目标",
  analysis: "综合评价分析",
  conclusion: "自评结论综述",
  conclusionMissing: "自评总分和评价等级",
  departmentConclusion: (
    year: string,
    total: number,
    grade: string,
    bonus: number,
    deductions: Array<{ name: string; lost: number; reason: string }>,
  ) => {
    const bonusText = bonus > 0 ? `加分 ${fmt.score(bonus)} 分` : "没有加分项目";
    const lost = deductions.length
      ? `主要扣分的地方是${deductions.map((d) => `${d.name}扣 ${fmt.score(d.lost)} 分${d.reason ? `（${d.reason.replace(/[。；;]+$/, "")}）` : ""}`).join("；")}，其他指标均得满分。`
      : "各项指标均得满分。";
    return `根据${year}年的实际支出情况，我部门认真填报《部门整体支出绩效自评表》，自评总分为 ${fmt.score(total)} 分，评价等级为“${grade}”，${bonusText}。${lost}`;
  },
  projectsConclusion: (projects: Array<[string, number, string]>) =>
    `本年度完成 ${projects.length} 个项目的支出绩效自评：${projects.map(([name, score, grade]) => `${name}自评得分 ${fmt.score(score)} 分，等级“${grade}”`).join("；")}。`,
  projects: "项目支出绩效情况",
  noProjects: "工作簿中没有项目支出绩效自评表。",
  projectScore: (score: number | null, grade: string | null) =>
    score === null ? "自评得分：【请填写：项目自评得分】。" : `自评得分 ${fmt.score(score)} 分，评价等级为“${grade}”。`,
  results: "主要工作成效",
  resultsWhat: "本年度主要工作成效，可按“一是……；二是……”分条列出，并附佐证材料",
  problems: "存在的主要问题",
  deptDeduction: (name: string, lost: number, reason: string) =>
    `${name}扣 ${fmt.score(lost)} 分${reason ? `，${reason.replace(/[。；;]+$/, "")}` : ""}`,
  indicatorShort: (project: string, name: string, target: string, actual: string, lost: number) =>
    `${project}的“${name}”未达到年度指标值（年度指标值 ${target}，实际完成值 ${actual}），扣 ${fmt.score(lost)} 分`,
  rateShort: (project: string, rate: number) => `${project}预算执行率为 ${fmt.rate(rate)}，预算未全部执行`,
  noDeductions: "各项绩效指标均已完成，预算均已执行。",
  causes: "主要原因：",
  causesWhat: "上述问题的具体原因，以及绩效目标设置、预算执行中存在的不足",
  improvements: "下一步改进措施",
  improveIntro: "针对上述问题，下一步将重点做好以下工作：",
  improveEach: "一是逐项整改扣分指标，",
  improveEachWhat: "每个扣分指标的具体整改措施和完成时限",
  improveWhat: "下一步改进措施",
  improveTargets: "二是科学设置绩效目标，",
  improveTargetsWhat: "细化量化绩效指标、加强预算执行监控的具体做法",
};
