// Everything the taskpane shows.
import { PLAN_KIND_NAMES } from "./names";

export const PANE = {
  title: "绩效自评助手",
  outsideExcel: "当前不在 Excel 中：请在 Excel 的“开始”选项卡点击“绩效自评助手”打开本加载项。",
  outsideWps: "当前不在 WPS 表格中：请在 WPS 表格的“绩效自评”选项卡点击“打开窗格”。",
  noWorkbook: (app: string) => `${app}中没有打开的工作簿：请先打开自评表所在的工作簿，再点“校验当前工作表”。`,
  /** Under the status line in WPS older than 12.1.0.20540, which has no add-in worksheet functions. */
  wpsNoFunctions: (build: string) =>
    `这个 WPS 版本${build ? `（${build}）` : ""}不支持加载项自定义函数，JX.SCORE 等函数不可用，需要 WPS 12.1.0.20540 或更高版本；校验、定位、修正、填写文字和定稿照常可用。`,
  /** The status line: where the pane runs and how to begin. */
  ready: (host: string) => `已连接${host}。打开自评表所在的工作表，点“校验当前工作表”开始。`,
  hosts: { excel: " Excel", excelWindows: " Excel（Windows）", excelMac: " Excel（Mac）", excelWeb: " Excel 网页版", wps: " WPS 表格" },
  hostTooOld:
    "当前 Excel 版本过旧，绩效自评助手无法可靠地读取合并单元格，为免给出错误结论已停止工作。请使用 Excel 2021、Excel 2024、Microsoft 365（Windows、Mac 或网页版）；也可以用命令行工具 selfeval 检查文件。",
  checkActive: "校验当前工作表",
  checkAll: "校验全部工作表",
  checking: "正在校验…",
  report: "生成自评报告",
  reportNothing: "工作簿中没有可识别的部门整体或项目支出绩效自评表，无法生成自评报告。",
  reportDone: (name: string) =>
    `已生成“${name}”：请在浏览器的下载位置打开，补充黄色底纹的“【请填写：…】”处。如果没有出现下载，请在电脑上运行 selfeval report 生成同一份报告。`,
  reportDoneOrBrowser: (name: string) =>
    `已生成“${name}”：请在浏览器的下载位置打开，补充黄色底纹的“【请填写：…】”处。如果没有出现下载（Windows 版 Excel 的任务窗格可能拦下下载），请点“在浏览器中打开报告页面”，从那里保存。`,
  reportOpenInBrowser: "在浏览器中打开报告页面",
  reportSaved: (path: string) => `已保存自评报告：${path}（写入后已读回核对）。请打开它，补充黄色底纹的“【请填写：…】”处。`,
  reportPathRefused: (path: string) =>
    `这个版本的 WPS 不允许加载项按完整路径写文件，自评报告没有保存到 ${path}：改为用浏览器下载，请从下载位置把它移到工作簿旁边。`,
  reportNotSaved: (path: string) => `自评报告没有按原样写入 ${path}，已删除该文件：改为用浏览器下载。`,
  reportInBrowser: (name: string) => `已在浏览器中打开报告页面：请在其中点“下载自评报告”保存“${name}”。报告在本机生成，不经过任何服务器。`,
  reportNoDownload:
    "这个版本的 Excel 不能从任务窗格下载文件，报告未保存：请在电脑上运行 selfeval report 工作簿.xlsx 生成自评报告（说明见帮助页）。",
  profileLabel: "评分方案",
  profileAuto: "自动（按表格格式）",
  noTable: (sheet: string) => `工作表「${sheet}」不是绩效自评表，未校验。`,
  departmentKind: "部门整体支出绩效自评表",
  /** A 申报表 or 监控表 the pane found: named, not checked. */
  planKind: PLAN_KIND_NAMES,
  planNote: (year: number | null, indicators: number) =>
    `${year === null ? "" : `${year}年度，`}绩效指标 ${indicators} 个。这张表不是自评表，只读取，不校验。`,
  projectKind: (layout: string) => `项目支出绩效自评表（${layout}）`,
  counts: "问题数量",
  tableTitle: (sheet: string, table: number, name: string) => `${sheet} · 第 ${table} 张表${name ? `：${name}` : ""}`,
  printedError: (error: string) => `（表中为 ${error}）`,
  draftLabel: (cell: string) => `${cell} 草稿`,
  draftField: (field: string, cell: string, sheet: string | null) => `${field}（${sheet ? `${sheet}!` : ""}${cell}）`,
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
    formula: "公式",
    budget: "预算执行",
    indicator: "绩效指标",
    weights: "分值",
    total: "总分",
    narrative: "文字栏",
    dept: "部门整体评分",
    quality: "指标质量（建议）",
    cross: "与申报表、监控表核对",
    review: "复核信号",
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
  written: (n: number, undoGroups: boolean) =>
    `已写入 ${n} 个单元格（写入后已逐一读回核对）。如需撤销，请点击“撤销上次修改”${undoGroups ? "，或在 Excel 中按 Ctrl+Z" : ""}。`,
  notWritten: (n: number, total: number) => (n === total ? `${n} 个单元格均未写入：` : `另有 ${n} 个单元格未写入：`),
  outcome: (cell: string, why: string) => `${cell}：${why}`,
  notLanded: (now: unknown, app = "Excel") =>
    `${app} 没有保存写入的内容，单元格现为“${now === null || now === "" ? "（空）" : String(now)}”：请检查该单元格是否被保护、锁定或正在编辑，然后重新校验。`,
  mergedInterior: (cell: string, area: string, app = "Excel") =>
    `${cell} 在合并单元格 ${area} 中间，${app} 只保存左上角单元格的内容，未写入：请重新校验后再试。`,
  changedAfterWrite: (cell: string) => `${cell} 在写入之后又被修改过，保留现在的内容，未恢复。`,
  totalNow: (table: string, before: string, after: string) => `${table}总分由 ${before} 变为 ${after}。`,
  undo: "撤销上次修改",
  closePane: "收起窗格",
  closePaneHint: "收起本窗格；再次打开请点功能区“绩效自评”选项卡中的“打开窗格”。",
  undone: (n: number) => `已恢复 ${n} 个单元格修改前的内容（数值、公式、文本格式和数字格式）。`,
  undoneSome: (n: number, total: number) => `已恢复 ${n} 个单元格；${total - n} 个未恢复：`,
  finalize: "定稿（公式转为数值）",
  finalizeTitle: "定稿：把 JX 函数公式换成当前数值",
  finalizeExplain:
    "报送的文件里如仍有 =JX.SCORE 等公式，没有安装本助手的人（如财政局）打开时会显示 #NAME?。下面的单元格将只保留当前数值；可以撤销。",
  finalizeEmpty: "所校验的工作表中没有 JX 函数公式，无需定稿。",
  finalizeErrors: (cells: string[]) => `${cells.join("、")} 显示错误值，无法转为数值，未列入：请先修正公式。`,
  finalizeSpills: (ranges: string[]) =>
    `${ranges.join("、")} 是 JX.PARSE 溢出的一整行结果，定稿未转换（只把第一格改为数值会清掉其余结果）：请选中这几格，复制后在原处“选择性粘贴 → 值”，再重新校验。`,
  formulaToValue: (formula: string, value: string) => `=${formula} → ${value}`,
  formulaResult: (formula: string, value: string) => `=${formula}（结果 ${value}）`,
  totalChange: (before: string, after: string, why: string) => `写入后总分将由 ${before} 变为 ${after}：${why}`,
  totalChangeUnknown: (before: string) => `总分（现为 ${before}）是公式，写入后以表格重新计算的结果为准。`,
  totalWhyDirect: "总分改为各项得分之和",
  totalWhyCells: (cells: string[]) => `因为 ${cells.join("、")} 改为按评分规则计算的值，总分公式随之变化`,
  blank: "（空）",
  oldToNew: (oldValue: string, newValue: string) => `${oldValue || "（空）"} → ${newValue || "（空）"}`,
  protectedSheet: (sheet: string) =>
    `工作表${sheet ? `「${sheet}」` : ""}受保护，未做任何修改：请在“审阅”选项卡点击“撤消工作表保护”后再试。`,
  /** Excel refused to make one Ctrl+Z step of a command (UndoNotSupported) and the command did not go through ungrouped either. */
  undoNotSupported:
    "Excel 不能把这次修改合并为一步撤销（UndoNotSupported），未做任何修改：请重新校验后再试；写入后请用窗格的“撤销上次修改”撤销。",
  cellEditMode: "Excel 正在编辑单元格，未做任何修改：请先按 Enter 或 Esc 结束编辑，再重试。",
  sheetGone: "找不到该工作表，未做任何修改：它可能已被重命名或删除，请重新校验。",
  changedSince: (sheet: string, cell: string) => `「${sheet}」${cell} 在校验之后被修改过，未做任何修改：请重新校验后再操作。`,
  hostFailed: (app: string, detail: string) => `${app} 未能完成操作（${detail}），未做任何修改：请稍后重试。`,
  /** A WPS write that failed part-way: what was written is listed, and can be undone. */
  hostFailedPartly: (app: string, detail: string) => `${app} 在写入途中出错（${detail}）：已写入的单元格列在下面，可以撤销；请重新校验。`,
  unexpected: (detail: string) => `发生意外错误（${detail}）：请重试；如仍出现，请反馈给我们。`,
};
