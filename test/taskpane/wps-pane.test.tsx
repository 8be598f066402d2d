/** @jest-environment jsdom */
// The pane in WPS 表格, through the real WPS port over the strict fake WPS: a docked pane may freeze the
// ribbon (docs/developer/host-evidence.md row 2), so every ribbon command and a way to close are in the
// pane itself; a ribbon command may load the pane's page again (row 10), so undo survives a reload.
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { wpsPort } from "../../src/hosts/wps/et";
import type { HostPort } from "../../src/hosts/port";
import { loadExample } from "../support/fixtures";
import { hostSheet } from "../support/host";
import { openWps } from "../support/hosts";

const centralSheets = () => loadExample("central-weiquan-2022.js").sheets.map((s) => hostSheet(s));

function show(port: HostPort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} />
    </FluentProvider>,
  );
}

test("收起窗格 hides the WPS pane from inside it; Excel's pane has no such button", () => {
  const { fake, port } = openWps(centralSheets());
  const app = fake.Application as unknown as { CreateTaskPane: (u: string) => { ID: number; Visible: boolean }; PluginStorage: Storage };
  const pane = app.CreateTaskPane("taskpane.html");
  app.PluginStorage.setItem("jx-selfeval.taskpane", String(pane.ID));
  pane.Visible = true;
  show(port);
  fireEvent.click(screen.getByRole("button", { name: "收起窗格" }));
  expect(pane.Visible).toBe(false);
  // A port without closePane (Excel's): no such button.
  document.body.innerHTML = "";
  show({ ...port, closePane: undefined });
  expect(screen.queryByRole("button", { name: "收起窗格" })).toBeNull();
});

test.each(["fill", "finalize"] as const)(
  "the ribbon's %s is in the pane before any check: it checks the active sheet, then opens",
  async (name) => {
    const { port } = openWps(centralSheets());
    show(port);
    fireEvent.click(screen.getByRole("button", { name: name === "fill" ? "填写文字" : /^定稿/ }));
    await screen.findByText(/“人均服务成本”得分 4\.5 低于分值 5/);
    await screen.findByText(name === "fill" ? "文字草稿：可修改，只写入勾选的单元格" : "定稿：把 JX 函数公式换成当前数值");
  },
);

test("after a write, a reload of the pane's page still offers 撤销上次修改, and it puts the cells back", async () => {
  const { fake, port, storage } = openWps(centralSheets());
  const before = ["H15", "H21"].map((a1) => fake.cellOf("自评表", a1));
  const first = show(port);
  fireEvent.click(screen.getByRole("button", { name: "校验当前工作表" }));
  await screen.findByText(/“人均服务成本”得分 4\.5 低于分值 5/);
  fireEvent.click(screen.getByRole("button", { name: "全部修正" }));
  fireEvent.click(screen.getByRole("button", { name: "确认写入" }));
  await screen.findByText(/已写入/);
  expect(["H15", "H21"].map((a1) => fake.cellOf("自评表", a1))).not.toEqual(before);
  first.unmount();
  // The page loaded again (Navigate with a new #fragment, in the mode that reloads): a new port, the same WPS.
  show(wpsPort(fake.Application as never, { storage }));
  fireEvent.click(await screen.findByRole("button", { name: "撤销上次修改" }));
  await screen.findByText(/已恢复 \d+ 个单元格修改前的内容/);
  expect(["H15", "H21"].map((a1) => fake.cellOf("自评表", a1))).toEqual(before);
  expect(screen.queryByRole("button", { name: "撤销上次修改" })).toBeNull();
  // Undone: a further reload offers nothing to undo.
  document.body.innerHTML = "";
  show(wpsPort(fake.Application as never, { storage }));
  expect(screen.queryByRole("button", { name: "撤销上次修改" })).toBeNull();
});
