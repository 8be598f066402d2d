// What the selfeval command prints.
import { fmt } from "./format";

export const CLI = {
  usage: (profiles: string) => `用法：
  selfeval check [--json] [--profile 方案] [--select 规则,…] [--ignore 规则,…] 文件.xlsx …
      校验项目支出绩效自评表和部门整体支出绩效自评表，逐表列出问题（单元格、说明、应填的值）。
      --select / --ignore 只保留或去掉某些规则的结果：写规则编号（budget.rate）或规则族（quality）。
      退出码：0 无错误；1 发现错误；2 有文件无法读取（其余文件照常校验）或参数有误。
  selfeval rules [--json] [规则编号]
      列出全部校验规则（编号、级别、能否自动改正、名称），或某一条规则的说明。
  selfeval report 文件.xlsx … -o 自评报告.docx [--profile 方案] [--force]
      依据部门整体支出绩效自评表和各项目支出绩效自评表生成自评报告草稿（Word）。
  selfeval fill 文件.xlsx -o 输出.xlsx [--fix] [--overwrite-text] [--profile 方案] [--select …] [--ignore …] [--force]
      把文字草稿填入空白的文字栏（实际完成情况、偏差原因、存在问题、改进措施、评价结论），另存为新文件；
      --fix 同时改正执行率、得分、总分（--ignore 的规则不改）；--overwrite-text 连已有文字也替换（请先备份）；
      --force 允许覆盖已存在的输出文件。原文件不会被修改。
  评分方案：${profiles}；不指定时按表格格式推断。`,
  unknownRule: (name: string) =>
    `未知的规则或规则族“${name}”：可用 selfeval rules 查看全部规则编号（如 budget.rate）和规则族（如 quality）。`,
  unknownCommand: (cmd: string) => `未知命令“${cmd}”：请使用 check、fill、report 或 rules。`,
  badArgs: (detail: string) => `参数有误（${detail}）：请查看下面的用法。`,
  noFiles: "没有指定要检查的文件：例如 selfeval check examples/*.xlsx",
  unknownProfile: (name: string, known: string) => `未知的评分方案“${name}”：可选 ${known}。`,
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
  unknownOption: (option: string) => `未知选项 ${option}`,
  badOptionValue: (option: string) => `选项 ${option} 缺少取值或取值有误`,
  unparsable: (option: string) => `无法解析 ${option}`,
  /** The readable report of selfeval check. */
  text: {
    file: (file: string) => `文件：${file}`,
    unusable: (error: string) => `  无法检查：${error}`,
    notTable: (sheet: string) => `  工作表「${sheet}」：不是绩效自评表，未校验。`,
    /** "工作表「自评表」", or "工作表「自评表」第 2 张表（A31:I58）" on a sheet that holds several. */
    where: (sheet: string, table: number | null, range: string | null) =>
      table === null ? `工作表「${sheet}」` : `工作表「${sheet}」第 ${table} 张表（${range}）`,
    project: (where: string, layout: string, profile: string) => `  ${where}：项目支出绩效自评表（${layout}），评分方案：${profile}`,
    projectName: (name: string) => `    项目：${name}`,
    budget: (rate: number, executed: number, budget: number, score: number) =>
      `    预算执行率 ${fmt.rate(rate)}（${fmt.amount(executed)} ÷ ${fmt.amount(budget)}），得分 ${fmt.score(score)}`,
    printed: (printed: number | null | undefined, error?: string) =>
      error ? `表中为 ${error}` : printed === null || printed === undefined ? "表中未填" : `表中 ${fmt.score(printed)}`,
    total: (score: number, printed: string, grade: string) => `    总分 ${fmt.score(score)}（${printed}），等级：${grade}`,
    department: (where: string, profile: string) => `  ${where}：部门整体支出绩效自评表，评分框架：${profile}`,
    unitName: (name: string) => `    部门：${name}`,
    line: (label: string, rate: number, executed: number, budget: number) =>
      `    ${label}：执行率 ${fmt.rate(rate)}（${fmt.amount(executed)} ÷ ${fmt.amount(budget)}）`,
    departmentTotal: (total: number, items: number, bonus: number, printed: string, grade: string) =>
      `    总分 ${fmt.score(total)}（各项 ${fmt.score(items)} + 加减分 ${fmt.score(bonus)}；${printed}），等级：${grade}`,
    counts: (c: Counts) => `    问题：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`,
    finding: (severity: string, cell: string, message: string, rule: string) => `    [${severity}] ${cell}  ${message}（${rule}）`,
    summary: (files: number, sheets: number, unusable: number, c: Counts) =>
      `汇总：${files} 个文件，${sheets} 个工作表${unusable ? `，${unusable} 个文件无法读取` : ""}；错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`,
  },
  /** selfeval rules */
  rules: {
    header: ["规则", "级别", "可自动改正", "名称"],
    fixable: (yes: boolean) => (yes ? "是" : "否"),
    one: (id: string, severity: string, fixable: string, title: string, docs: string) =>
      `${id}  ${title}\n级别：${severity}；可自动改正：${fixable}\n${docs}`,
    count: (n: number) =>
      `共 ${n} 条规则。selfeval rules 规则编号 查看说明；check 的 --select / --ignore 可写编号或规则族（layout、budget、indicator、weights、total、dept、narrative、quality）。`,
  },
};

interface Counts {
  error: number;
  warning: number;
  info: number;
}
