// The web checker's words (dist/checker/index.html): a page for reviewers and desks without Excel.
import { CLI } from "./cli";
import { baseNameOf } from "./format";
import { PLAN_KIND_NAMES } from "./names";

export const CHECKER = {
  title: "绩效自评检查器",
  subtitle: "网页版 · 与 Excel 加载项和命令行 selfeval 使用同一套校验规则",
  privacy: "工作簿只在这台电脑的浏览器里读取和计算，不会上传到任何地方；本页面不连接任何外部网站，断网也能使用。",
  drop: "把工作簿拖到这里，或",
  choose: "选择文件",
  formats: "可检查 .xlsx、.xlsm、.xls、.et（WPS）、.ods 以及系统导出的 XML、HTML 表格；可一次选择多个文件。",
  progress: (done: number, total: number) => `已检查 ${done} / ${total} 个文件`,
  checking: "正在检查…",
  finished: (files: number, tables: number, unreadable: number) =>
    `检查完成：${files} 个文件，${tables} 张自评表${unreadable ? `，${unreadable} 个文件无法读取（见下方说明）` : ""}。`,
  summary: "下载汇总.xlsx",
  summaryName: "汇总.xlsx",
  summaryWaiting: "全部文件检查完后可下载汇总",
  print: "打印结果",
  clear: "清空",
  filters: "筛选",
  severity: "级别",
  severityAll: "全部级别",
  rule: "规则",
  ruleAll: "全部规则",
  sort: "排序",
  sortOrder: "按选择顺序",
  sortErrors: "按错误数从多到少",
  sortName: "按文件名",
  byRule: "各规则出现次数（全部文件）",
  byRuleColumns: ["规则", "名称", "级别", "次数", "文件数"],
  noFindingsInBatch: "所有表格都没有发现问题。",
  fill: "下载填写文字后的工作簿",
  fillFix: "下载修正并填写后的工作簿",
  report: "下载自评报告",
  filledName: (file: string, fix: boolean, ext: string) =>
    `${baseNameOf(file).replace(/\.[^.]*$/, "")}（${fix ? "已修正" : "已填写"}）${ext}`,
  fillNote: (changes: number, converted: boolean) =>
    `${changes ? `写入了 ${changes} 个单元格` : "没有需要写入的单元格"}${converted ? "；原文件不是 .xlsx，已另存为新的 .xlsx" : ""}。原文件没有改动。`,
  fillNothing: (file: string) => `“${baseNameOf(file)}”中没有可识别的自评表，没有可以下载的填写结果。`,
  reportNote: "报告中黄色底纹的“【请填写：…】”处须由单位补充。",
  downloaded: (name: string, note: string) => `已下载“${name}”。${note}`,
  tables: (n: number) => `${n} 张自评表`,
  noTable: "没有可识别的自评表",
  unreadableSheet: "无法读取的工作表",
  kind: { project: "项目支出", department: "部门整体支出", ...PLAN_KIND_NAMES } as Record<string, string>,
  /** Beside a 申报表's or 监控表's name. */
  planFacts: (year: number | null, indicators: number) =>
    `${year === null ? "" : `${year}年度 · `}绩效指标 ${indicators} 个 · 不是自评表，只读取，不校验`,
  total: "总分",
  printed: (printed: string) => `（表中 ${printed}）`,
  grade: "等级",
  rate: "预算执行率",
  counts: (e: number, w: number, i: number) => `错误 ${e} · 警告 ${w} · 提示 ${i}`,
  shownOf: (shown: number, all: number) => (shown === all ? "" : `（筛选后显示 ${shown} / ${all} 条）`),
  workerFailed: (detail: string) => `检查程序出错（${detail}）：请刷新页面后重试；如仍出现，请改用命令行 selfeval。`,
  notReadable: (file: string, detail: string) =>
    `无法读取“${baseNameOf(file)}”（${detail}）：文件可能已被移动、删除或正被其他程序占用。请确认后重新选择该文件；其余文件照常检查。`,
  timedOut: (file: string, seconds: number) =>
    `检查“${baseNameOf(file)}”超过 ${seconds} 秒仍未完成，已停止：文件可能已损坏或构造异常。请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查，或用命令行 selfeval 检查；其余文件照常检查。`,
  unexpected: (file: string, detail: string) => `检查“${baseNameOf(file)}”时发生意外错误（${detail}）：其余文件照常检查。`,
  noScript: "本页面需要启用 JavaScript。",
  /** The batch at a glance, above the list (charts with their numbers). */
  overview: {
    title: (tables: number) => `批次概览（${tables} 张自评表）`,
    scores: "总分分布（表中填写的与按规则重算的）",
    scoresHead: ["总分", "表中填写", "按规则重算"],
    printed: "表中填写",
    recomputed: "按规则重算",
    count: "张数",
    grades: "等级占比（按规则重算）",
    rates: "预算执行率分布",
    kinds: "各类表格数量",
    rules: "最常见的问题（前 10 条规则）",
    shareHead: ["", "张数", "占比"],
    countHead: ["类型", "张数"],
    rulesHead: ["规则", "次数", "文件数"],
  },
  /** 复核优先 and the review sample (issue 21). */
  review: {
    title: "复核优先",
    intro: "按复核信号的权重之和排序（信号只说明看到了什么、在哪里，不是结论）；点文件名跳到该文件的结果。",
    size: "抽取比例或张数",
    sizeHint: "如 20% 或 15",
    seed: "随机种子",
    draw: "抽取复核样本",
    clear: "取消抽样",
    drawn: (size: number, of: number, byPriority: number, seed: number) =>
      `已抽取 ${size} / ${of} 张：${byPriority} 张按复核优先顺序选入，其余按随机种子 ${seed} 抽取；同一批文件、同一种子抽到的相同（命令行：selfeval check --sample … --seed ${seed}）。`,
    none: "没有表格出现复核信号。",
    rank: (n: number) => `第 ${n} 位`,
    priority: (p: number) => `优先级 ${p}`,
    sampled: "复核样本",
    showAll: (n: number) => `显示全部 ${n} 张`,
    signals: "复核信号",
    tableRank: (rank: number, priority: number) => `复核优先第 ${rank} 位（优先级 ${priority}）`,
  },
  /** Above a file's cross findings between files: the CLI's heading for them. */
  crossFiles: CLI.text.crossFiles.replace(/：$/, ""),
};
