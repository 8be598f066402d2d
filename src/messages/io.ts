// What a person reads about a file that cannot be checked: what it is, and what to do. The CLI and the
// web checker both say it this way.

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** What a file is, when it is not a workbook. */
const NOT_WORKBOOK: Record<string, string> = {
  docx: "是 Word 文档（.docx），不是工作簿",
  doc: "是 Word 97-2003 文档，不是工作簿",
  pptx: "是 PowerPoint 演示文稿，不是工作簿",
  zip: "是一个压缩包，里面没有工作簿",
  image: "是图片，不是工作簿",
  pdf: "是 PDF 文件，不是工作簿",
  text: "是文本文件（或 CSV），不是工作簿",
};

export const IO = {
  empty: (file: string) => `“${file}”是空文件（0 字节）：请重新导出或下载该工作簿。`,
  encrypted: (file: string) => `“${file}”设置了打开密码（文件已加密），无法读取：请在 Excel 或 WPS 中打开，取消密码后另存一份再检查。`,
  notWorkbook: (file: string, kind: string) =>
    `“${file}”${NOT_WORKBOOK[kind] ?? "不是工作簿"}：请选择自评表工作簿（.xlsx、.xls、.et、.ods），或在 Excel、WPS 中另存为 .xlsx 后再检查。`,
  unsupported: (file: string, kind: string) =>
    kind === "xlsb"
      ? `“${file}”是二进制工作簿（.xlsb），本工具不读取这种格式（无法保证读对）：请在 Excel 中另存为 .xlsx 后再检查。`
      : `“${file}”的格式本工具不读取：请在 Excel 或 WPS 中另存为 .xlsx 后再检查。`,
  garbled: (file: string) =>
    `“${file}”读出的工作表名或单元格内容是乱码（控制字符、无法解码的字节，或超过单元格 32767 个字符的上限），文件可能已损坏或并非 Excel、WPS 所写，为安全起见未检查：请在 Excel 或 WPS 中打开，确认内容正常后另存为 .xlsx 再检查。`,
  corrupt: (file: string) => `“${file}”无法读取，文件可能已损坏或不完整：请在 Excel 或 WPS 中打开并重新保存后再试。`,
  tooLarge: (file: string, bytes: number | undefined, limit: number) =>
    `“${file}”解压后${bytes ? `有 ${mb(bytes)}，` : ""}超过 ${mb(limit)} 的上限（自评表通常不到 1 MB），为安全起见未读取：如确需检查，请用 --max-size 调高上限。`,
  tooMuchText: (file: string, bytes: number | undefined, limit: number) =>
    `“${file}”的表格内容（不含图片）${bytes ? `有 ${mb(bytes)}，` : ""}超过 ${mb(limit)} 的上限（自评表通常不到 1 MB），为安全起见未读取：如确需检查，请用 --max-cells 调高上限（每个单元格可占 300 字节）。`,
  tooManyMerges: (file: string, merges: number | undefined, limit: number) =>
    `“${file}”有 ${merges ?? "过多"} 个合并区域，超过 ${limit} 的上限（自评表通常只有几十个），为安全起见未读取：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查。`,
  tooManyCells: (file: string, cells: number | undefined, limit: number) =>
    `“${file}”有 ${cells ?? "过多"} 个单元格，超过 ${limit} 的上限（自评表通常只有几百个），为安全起见未读取：如确需检查，请用 --max-cells 调高上限。`,
  xlsTooLargeHere: (file: string, bytes: number | undefined, limit: number) =>
    `“${file}”是 .xls 格式${bytes ? `，有 ${mb(bytes)}` : ""}，超过网页中读取 .xls 的上限 ${mb(limit)}（在网页中读取 .xls 要占用约 40 倍的内存；自评表通常不到 1 MB），为安全起见未读取：请在 Excel 或 WPS 中另存为 .xlsx 后再检查，或用命令行 selfeval check 检查原文件。`,
  sheetUnreadable: (file: string, sheet: string) => `“${file}”的工作表「${sheet}」无法读取，已跳过；其余工作表照常检查。`,
  notFound: (file: string) => `找不到文件“${file}”：请检查路径和文件名。`,
  isDirectory: (file: string) => `“${file}”是文件夹：请指定其中的工作簿，例如 ${file.replace(/[\\/]$/, "")}/*.xlsx。`,
  cannotOpen: (file: string, detail: string) => `无法打开“${file}”（${detail}）：请检查是否有读取权限。`,
};

/** The reviewer's 汇总.xlsx (selfeval check --summary, and the web checker's download). */
export const SUMMARY = {
  sheet: "汇总",
  findingSheet: "问题清单",
  /** The first eight are the columns reviewers rely on, in this order; the rest add detail. */
  columns: ["文件", "工作表", "项目名称", "总分", "等级", "错误", "警告", "提示", "类型", "表格", "表中总分", "说明"],
  findingColumns: ["文件", "工作表", "单元格", "规则", "级别", "说明", "规则名称", "项目名称"],
  project: "项目支出",
  department: "部门整体",
  declaration: "绩效目标申报表",
  monitoring: "绩效目标执行监控表",
  /** The 说明 of a 申报表's or 监控表's row. */
  planNote: "不是自评表：只读取，不校验",
  table: (index: number, range: string) => `第 ${index} 张（${range}）`,
  totalNotComputed: (printed: number | null, error?: string) =>
    error
      ? `总分单元格显示 ${error}，未能按规则计算总分`
      : printed === null
        ? "未能按规则计算总分"
        : "未能按规则计算总分，此处为表中所填总分",
};
