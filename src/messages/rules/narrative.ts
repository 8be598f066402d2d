// The words of the narrative rules (src/workbook/rules/narrative.ts), by rule id: title, docs, messages.

import type { RuleText } from "./words";

export const NARRATIVE_TEXT = {
  "narrative.missing": {
    title: "文字栏未填",
    docs: "年度总体目标、实际完成情况、存在问题、改进措施、评价结论（自评结论）等文字栏为空；可以生成草稿后由单位补充原因。",
    message: (label: string, audience: "cli" | "pane") =>
      audience === "pane"
        ? `“${label}”未填写：请填写；可点上方的“填写文字”生成草稿，修改后写入。`
        : `“${label}”未填写：请填写；可用 selfeval fill 生成草稿后补充修改（在 Excel 中可用绩效自评助手的“填写文字”）。`,
  },
} satisfies Record<`narrative.${string}`, RuleText>;
