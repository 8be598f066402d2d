// The words of the formula rules (src/workbook/rules/formula.ts), by rule id: title, docs, messages.

import type { RuleText } from "./words";

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

export const FORMULA_TEXT = {
  "formula.error": {
    title: "公式出错",
    docs: "自评表用到的单元格显示 #REF!、#VALUE!、#DIV/0!、#N/A、#NAME? 等错误值（如删行后总分公式成了 =I11+#REF!+…）：报告它是坏掉的公式，能判断时给出应有的公式（总分为各项得分之和），不把错误值当作空白，也不据此推出其他建议。",
    message: (role: string, cell: string, error: string, formula: string | null, suggestion: string | null) =>
      `${role}（${cell}）显示 ${error}${plausible(formula) ? `：公式 =${formula} ${ERROR_MEANING[error] ?? "无法得出结果"}` : `：公式${ERROR_MEANING[error] ?? "无法得出结果"}`}，该项无法校验。` +
      (suggestion ? `应为 =${suggestion}：请改为这个公式。` : "请修正公式或填入数值后再检查。"),
  },
  "formula.uncomputed": {
    title: "公式无结果",
    docs: "文件只保存了公式、没有保存计算结果（程序生成的文件、部分 WPS 存档）时，本工具用公式引擎 IronCalc 计算；仍无法计算的单元格报告为未校验，不当作空白，也不据此推出其他建议。",
    message: (role: string, cell: string, formula: string) =>
      `${role}（${cell}）是公式 =${formula}，文件中没有保存它的计算结果，本工具也无法计算，该项未校验：请在 Excel 或 WPS 中打开此文件、确认结果后保存，再检查。`,
  },
  "formula.jx": {
    title: "含 JX 函数",
    docs: "表中用 =JX.SCORE 等本助手的函数计算。收件人（如财政局）没有安装本助手时这些单元格显示 #NAME?，所以报送前应把它们换成数值；只作提示，不影响评分。",
    message: (count: number, cells: string[], audience: "cli" | "pane") =>
      `本表有 ${count} 个单元格用 JX 函数计算（${cells.slice(0, 5).join("、")}${count > 5 ? " 等" : ""}）：没有安装绩效自评助手的人打开时会显示 #NAME?。` +
      (audience === "pane"
        ? "报送前请点“定稿（公式转为数值）”，把它们换成当前数值。"
        : "报送前请在 Excel 中用绩效自评助手的“定稿（公式转为数值）”，或复制这些单元格后“选择性粘贴 → 数值”。"),
  },
} satisfies Record<`formula.${string}`, RuleText>;
