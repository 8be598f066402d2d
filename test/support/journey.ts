// The pane's whole journey on the central example (validate, navigate, fix one, fix all, undo, fill,
// finalise), the same in every host: each write is read back and the host's cells are checked after it.
// The Excel and WPS browser tests run it against their fake hosts.
import type { Page } from "playwright-core";

export interface JourneyHost {
  /** The cell's value as the host holds it. */
  value: (sheet: string, a1: string) => Promise<unknown>;
  /** The cell as the host holds it: value, formula, format, text-ness. */
  state: (sheet: string, a1: string) => Promise<unknown>;
  /** Where the host's selection is, once the pane has moved it. */
  selection: () => Promise<unknown>;
  /** Whether the host merges a command's writes into one Ctrl+Z step (the notice then says so). */
  undoGroups: boolean;
  /** Checks particular to the host, right after the first check. */
  afterCheck?: () => Promise<void>;
  /** Right after navigating (a screenshot, say). */
  afterNavigate?: () => Promise<void>;
}

export async function paneJourney(page: Page, host: JourneyHost): Promise<void> {
  const expect = (globalThis as unknown as { expect: jest.Expect }).expect;

  // Validate.
  await page.getByRole("button", { name: "校验当前工作表" }).click();
  await page.getByText("“人均服务成本”得分 4.5 低于分值 5").waitFor();
  expect(await page.getByTestId("total").textContent()).toContain("93.59");
  expect(await page.getByText(/本表有 1 个单元格用 JX 函数计算（H13）/).count()).toBe(1);
  expect(await page.locator("body").textContent()).not.toMatch(/selfeval/);
  await host.afterCheck?.();

  // Navigate.
  await page.getByRole("button", { name: /H15.*案件办结率/ }).click();
  for (let i = 0; i < 50 && (await host.selection()) === null; i++) await page.waitForTimeout(20);
  expect(await host.selection()).toEqual({ sheet: "自评表", cell: "H15" });
  await host.afterNavigate?.();

  // Fix one: the preview first, then one write, read back.
  await page.locator("li[data-rule='indicator.score'][data-cell='H15']").getByRole("button", { name: "修正" }).click();
  expect(await page.getByTestId("preview-item").allTextContents()).toEqual(["H159 → 9.47"]);
  await page.getByRole("button", { name: "确认写入" }).click();
  await page.getByText(/已写入 1 个单元格（写入后已逐一读回核对）/).waitFor();
  expect(await page.getByText("Ctrl+Z").count()).toBe(host.undoGroups ? 1 : 0);
  expect(await host.value("自评表", "H15")).toBe(9.47);

  // Fix all: what is left (the 总分), with what it does to the 总分.
  await page.getByRole("button", { name: "全部修正" }).click();
  expect(await page.getByTestId("preview-item").allTextContents()).toEqual(["H2193.12 → 93.59"]);
  expect(await page.getByTestId("preview-note").allTextContents()).toEqual(["写入后总分将由 93.12 变为 93.59：总分改为各项得分之和"]);
  await page.getByRole("button", { name: "确认写入" }).click();
  await page.getByText(/已写入 1 个单元格/).waitFor();
  expect(await host.value("自评表", "H21")).toBe(93.59);
  expect(await page.getByTestId("notice-details").textContent()).toBe("自评表总分由 93.12 变为 93.59。");

  // Undo: the last write is put back exactly.
  await page.getByRole("button", { name: "撤销上次修改" }).click();
  await page.getByText(/已恢复 1 个单元格修改前的内容/).waitFor();
  expect(await host.value("自评表", "H21")).toBe(93.12);
  expect(await host.value("自评表", "H15")).toBe(9.47);

  // Fill: drafts named by their field; only what is ticked is written.
  await page.getByRole("button", { name: "填写文字", exact: true }).click();
  expect(await page.getByRole("checkbox").count()).toBe(4);
  await page.getByRole("textbox", { name: "实际完成情况（F11） 草稿" }).fill("全年开展维权宣传活动62场。");
  await page.getByRole("checkbox", { name: "“人均服务成本”偏差原因（I17）" }).uncheck();
  await page.getByRole("button", { name: /写入所选（1 处）/ }).click();
  await page.getByText(/已写入 1 个单元格/).waitFor();
  expect(await host.value("自评表", "F11")).toBe("全年开展维权宣传活动62场。");
  expect(await host.value("自评表", "I17")).toBe("");

  // Finalise: the JX formula becomes its value; undo brings the formula back.
  await page.getByRole("button", { name: "定稿（公式转为数值）", exact: true }).click();
  const value = await host.value("自评表", "H13");
  expect(await page.getByTestId("preview-item").allTextContents()).toEqual([`H13=JX.SCORE(E13,F13,G13) → ${value}`]);
  await page.getByRole("button", { name: "确认写入" }).click();
  await page.getByText(/已写入 1 个单元格/).waitFor();
  expect(await host.state("自评表", "H13")).toMatchObject({ value, formula: null });
  expect(await page.getByText(/用 JX 函数计算/).count()).toBe(0);
  await page.getByRole("button", { name: "撤销上次修改" }).click();
  await page.getByText(/已恢复 1 个单元格/).waitFor();
  expect(await host.state("自评表", "H13")).toMatchObject({ value, formula: "=JX.SCORE(E13,F13,G13)" });
}
