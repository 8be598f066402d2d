// What the selfeval command prints.
import { fmt } from "./format";

export const CLI = {
  /** Each command's help (selfeval <command> --help), and all of them (selfeval --help). */
  help: {
    check: `selfeval check [选项] [--] 文件 …
      校验项目支出绩效自评表和部门整体支出绩效自评表，逐表列出问题（单元格、说明、应填的值）。
      能读 .xlsx、.xlsm、.xls、.et、.ods，以及另存为 .xls 的 Excel 2003 XML 和网页表格。
      --json                  机器可读的结果（每个文件一项，每张表一项）
      --summary 汇总.xlsx     另写一份汇总工作簿：每张表一行（文件、工作表、项目名称、总分、等级、错误、警告、提示），第二页列出全部问题，
                              另有“统计”（分数、等级、执行率分布等）和“复核优先”（按复核信号排序的自评表）两页
      --sample 20% | 数量     抽取复核样本（比例或张数）：一半按复核优先顺序取有信号的表，其余随机抽取；结果写入文字或 JSON 输出和汇总
      --seed 数字             抽样种子：同一批文件（同样顺序）、同一种子抽到同样的表；不指定时随机选定并在标准错误输出中显示
      --profile 方案          指定评分方案（默认按表格格式推断）
      --select 规则,…         只保留这些规则或规则族（如 quality）的结果；--ignore 规则,… 去掉它们
      --max-size MB           解压后大小的上限，默认 100（MB）；--max-cells N 单元格数上限，默认 1000000
      退出码：0 没有错误；1 发现错误；2 有文件（或工作表）无法读取、被拒绝，或参数有误（其余文件照常校验）。
      无法读取的文件在标准错误输出中说明原因；报告写到标准输出。文件名以“-”开头时写在 -- 之后。`,
    fill: `selfeval fill 文件 [-o 输出.xlsx] [选项]
      把文字草稿填入空白的文字栏（实际完成情况、偏差原因、存在问题、改进措施、评价结论、部门表的自评结论），另存为新文件，
      并逐格列出改动（单元格：原值 → 新值）。原文件不会被修改；输出文件先写到同一文件夹的临时文件，写完再改名。
      --fix                   同时改正执行率、得分、总分（原来是公式的，写入正确的公式；写不出公式时写数值并说明替换了哪个公式）
      --dry-run               只列出将要改动的单元格，不写任何文件
      --overwrite-text        连已有文字也替换（请先备份）
      --force                 允许覆盖已存在的输出文件（但绝不覆盖原文件，无论经由链接还是别的写法）
      --profile、--select、--ignore、--max-size、--max-cells 同 check（--fix 不改被忽略的规则）
      .xlsx 文件只改动填写和改正的单元格，其余内容（图片、批注、数据验证、条件格式、打印设置、名称、其他工作表）原样保留；
      .xls、.et、.ods 等文件另存为同名 .xlsx（不加 -o 时放在原文件旁边）。`,
    report: `selfeval report 文件 … -o 自评报告.docx [--profile 方案] [--force] [--max-size MB] [--max-cells N]
      依据部门整体支出绩效自评表和各项目支出绩效自评表生成自评报告草稿（Word）。`,
    rules: `selfeval rules [--json] [规则编号]
      列出全部校验规则（编号、级别、能否自动改正、名称），或某一条规则的说明。`,
    serve: `selfeval serve [文件夹] [--port 端口] [--host 地址]
      在本机提供网页检查器（默认文件夹为本项目的 dist/checker，先运行 npm run build:checker 生成），默认 http://127.0.0.1:8080/。
      --host 0.0.0.0 让同一内网的电脑也能访问。只提供该文件夹中的静态文件；工作簿在各人的浏览器里检查，不会传到服务器。`,
  },
  usage: (profiles: string) =>
    `用法：
  ${CLI_HELP_ORDER.map((c) => CLI.help[c]).join("\n  ")}
  selfeval --version      显示版本
  selfeval 命令 --help     显示一个命令的说明
  评分方案：${profiles}；不指定时按表格格式推断。`,
  commandHelp: (help: string, profiles: string) => `用法：\n  ${help}\n  评分方案：${profiles}；不指定时按表格格式推断。`,
  version: (v: string) => `selfeval ${v}（绩效自评助手）`,
  serveMissing: (dir: string) =>
    `找不到网页检查器 ${dir}：请先在本项目中运行 npm run build:checker（或 npm run build），或指定含 index.html 的文件夹。`,
  serving: (url: string, dir: string, checker = true) =>
    `${checker ? "网页检查器" : "正在提供文件夹中的文件"}：${url}（文件夹 ${dir}）。按 Ctrl+C 停止。`,
  serveFailed: (detail: string) => `无法启动网页服务（${detail}）：端口可能已被占用，请用 --port 换一个端口。`,
  unknownRule: (name: string) =>
    `未知的规则或规则族“${name}”：可用 selfeval rules 查看全部规则编号（如 budget.rate）和规则族（如 quality）。`,
  unknownCommand: (cmd: string) => `未知命令“${cmd}”：请使用 check、fill、report 或 rules（selfeval --help 查看用法）。`,
  badArgs: (detail: string) => `参数有误（${detail}）：请查看下面的用法。`,
  badSample: (value: string) => `选项 --sample 的取值“${value}”有误：写比例如 --sample 20%（大于 0、不超过 100%），或张数如 --sample 30。`,
  badSeed: (value: string) => `选项 --seed 的取值“${value}”有误：请写 0 到 4294967295 之间的整数，如 --seed 7。`,
  seedWithoutSample: "选项 --seed 只在抽样时有用：请同时写 --sample（如 --sample 20% --seed 7）。",
  seedChosen: (seed: number) => `抽样种子：${seed}（未指定 --seed，已随机选定；用 --seed ${seed} 可抽到同一样本）`,
  badNumber: (option: string, value: string) => `选项 ${option} 的取值“${value}”不是正数：例如 ${option} 200。`,
  noFiles: "没有指定要检查的文件：例如 selfeval check examples/*.xlsx",
  unknownProfile: (name: string, known: string) => `未知的评分方案“${name}”：可选 ${known}。`,
  fillNeedsOne: "fill 一次只处理一个文件：selfeval fill 文件.xlsx -o 输出.xlsx",
  needsOutput: (extension: string) =>
    extension === ".xlsx"
      ? "请用 -o 指定输出文件：fill 不会修改原文件，例如 selfeval fill 表.xlsx -o 表-已填写.xlsx"
      : "请用 -o 指定报告文件，例如 selfeval report 自评表.xlsx -o 自评报告.docx",
  sameFile: (output: string, input: string) =>
    `输出文件“${output}”就是原文件“${input}”（同一路径、链接或大小写不同的同名文件）：fill 不会覆盖原文件，请换一个输出文件名。`,
  outputIsDirectory: (file: string) => `输出路径“${file}”是文件夹：请写出文件名，例如 ${file.replace(/[\\/]$/, "")}/表-已填写.xlsx。`,
  outputExists: (file: string) => `输出文件“${file}”已存在：请换一个文件名，或加 --force 覆盖。`,
  outputExtension: (file: string, extension: string) => `输出文件“${file}”应以 ${extension} 结尾。`,
  reportUnusable: "以上文件无法读取，未生成报告：请先处理这些文件（或不把它们列入命令）。",
  reportNothing: "所列文件中没有可识别的部门整体或项目支出绩效自评表，未生成报告。",
  reported: (out: string, projects: number, department: boolean) =>
    `已生成 ${out}：依据${department ? "部门整体支出绩效自评表和" : ""} ${projects} 张项目支出绩效自评表。黄色底纹的“【请填写：…】”处须由单位补充，报告不会替单位编写原因。`,
  writeFailed: (file: string, detail: string) => `无法写入“${file}”（${detail}）：请检查目录是否存在、文件是否正被其他程序打开。`,
  noTables: (file: string) => `“${file}”中没有可识别的项目支出或部门整体支出绩效自评表，未生成输出文件。`,
  filled: (out: string, texts: number, fixes: number, kept: number) =>
    `已写入 ${out}：填写文字 ${texts} 处，改正数值 ${fixes} 处${kept ? `；${kept} 处已有文字未改动（如需替换请加 --overwrite-text）` : ""}。`,
  nothingToFill: (file: string, kept: number) =>
    `“${file}”没有需要填写或改正的单元格${kept ? `（${kept} 处已有文字，如需替换请加 --overwrite-text）` : ""}：输出文件与原文件内容相同。`,
  changes: (n: number, dryRun: boolean) => (dryRun ? `预演（没有写入任何文件）：将改动 ${n} 个单元格：` : `改动了 ${n} 个单元格：`),
  change: (where: string, before: string, after: string, note: string) => `  ${where}：${before || "（空）"} → ${after}${note}`,
  replacesFormula: (formula: string) => `（替换了原公式 =${formula}）`,
  keepsFormula: "（写入公式）",
  taller: (sheet: string, row: number, height: number) =>
    `  工作表「${sheet}」第 ${row} 行加高到 ${height} 磅，使填入的文字在屏幕和打印中都能完整显示。`,
  skipped: (sheet: string, cell: string) => `  未写入 ${sheet}!${cell}：该单元格属于数组公式的区域，请在 Excel 中手动修改。`,
  converted: (input: string, output: string) =>
    `“${input}”不是 .xlsx 格式，无法在原格式中修改：改动写在新文件 ${output}（.xlsx）中。数值、公式和合并单元格都保留，原文件的字体、边框等格式不会带到新文件；原文件保持不变。`,
  summaryWritten: (file: string, tables: number, findings: number) => `已写入汇总 ${file}：${tables} 张表，${findings} 条问题。`,
  progress: (n: number, total: number, file: string) => `正在检查 ${n}/${total}：${file}`,
  unexpected: (detail: string) => `发生意外错误（${detail}）：请把命令和文件反馈给我们。`,
  unknownOption: (option: string) => `未知选项 ${option}`,
  badOptionValue: (option: string) => `选项 ${option} 缺少取值或取值有误`,
  unparsable: (option: string) => `无法解析 ${option}`,
  /** The readable report of selfeval check. */
  text: {
    file: (file: string) => `文件：${file}`,
    /** The section after every file: a 自评表 cross-checked with the 申报表 / 监控表 of its project in other files. */
    crossFiles: "跨文件核对（自评表与其他文件中同一项目、同一年度的申报表和监控表）：",
    /** The review sample (check --sample): its heading, then one line per table drawn, in rank order. */
    sample: (size: number, population: number, asked: string, byPriority: number, seed: number) =>
      `复核样本：从 ${population} 张自评表中抽取 ${size} 张（${asked}；其中 ${byPriority} 张按复核优先顺序选取，其余随机抽取），抽样种子 ${seed}：`,
    sampleShare: (share: number) => `${fmt.rate(share)}`,
    sampleCount: (count: number) => `${count} 张`,
    sampleRow: (rank: number, file: string, where: string, project: string, priority: number, signals: string[]) =>
      `  ${rank}. ${file} ${where}${project ? `（${project}）` : ""}${priority > 0 ? `：复核信号 ${signals.join("、")}（优先级 ${priority}）` : "：无复核信号，随机抽取"}`,
    unusable: (error: string) => `  无法检查：${error}`,
    notTable: (sheet: string) => `  工作表「${sheet}」：不是绩效自评表，未校验。`,
    /** "工作表「自评表」", or "工作表「自评表」第 2 张表（A31:I58）" on a sheet that holds several. */
    where: (sheet: string, table: number | null, range: string | null) =>
      table === null ? `工作表「${sheet}」` : `工作表「${sheet}」第 ${table} 张表（${range}）`,
    project: (where: string, layout: string, profile: string) => `  ${where}：项目支出绩效自评表（${layout}），评分方案：${profile}`,
    projectName: (name: string) => `    项目：${name}`,
    /** Which 申报表 / 监控表 a 自评表 was compared with, and how they were matched. */
    partners: (places: string[]) => `    已对照：${places.join("、")}`,
    partner: (kind: string, sheet: string, file: string | undefined, nameOnly: boolean) =>
      `${kind}（${file ? `文件“${file}”的` : ""}工作表“${sheet}”，${nameOnly ? "一方未写年度，按项目名称对应" : "按项目名称和年度对应"}）`,
    budget: (rate: number, executed: number, budget: number, score: number) =>
      `    预算执行率 ${fmt.rate(rate)}（${fmt.amount(executed)} ÷ ${fmt.amount(budget)}），得分 ${fmt.score(score)}`,
    printed: (printed: number | null | undefined, error?: string) =>
      error ? `表中为 ${error}` : printed === null || printed === undefined ? "表中未填" : `表中 ${fmt.score(printed)}`,
    total: (score: number, printed: string, grade: string) => `    总分 ${fmt.score(score)}（${printed}），等级：${grade}`,
    /** A 申报表 or 监控表: named, its figures shown, no findings. */
    plan: (where: string, kind: string) => `  ${where}：${kind}（不是自评表，只读取，不校验）`,
    planFacts: (year: number | null, indicators: number) =>
      `    ${year === null ? "年度未注明" : `${year}年度`}，绩效指标 ${indicators} 个`,
    declarationFunds: (total: number) => `    年度资金总额 ${fmt.amount(total)} 万元`,
    monitoringFunds: (budget: number, midYear: number, forecast: number | null) =>
      `    年初预算数 ${fmt.amount(budget)} 万元，1-7月执行数 ${fmt.amount(midYear)} 万元${forecast === null ? "" : `，全年预计执行数 ${fmt.amount(forecast)} 万元`}`,
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
      `共 ${n} 条规则。selfeval rules 规则编号 查看说明；check 的 --select / --ignore 可写编号或规则族（layout、formula、budget、indicator、weights、total、dept、narrative、quality）。`,
  },
};

interface Counts {
  error: number;
  warning: number;
  info: number;
}

const CLI_HELP_ORDER = ["check", "fill", "report", "rules", "serve"] as const;
