// The taskpane page also hosts the custom functions (shared runtime). Its full UI is issue #4;
// for now it says whether the functions are ready or how to open it inside Excel.

const READY = "JX 函数已就绪：可在任意单元格输入 =JX.SCORE、=JX.EXECRATE 等函数。";
const OUTSIDE = "当前不在 Excel 中：请在 Excel 的“开始”选项卡点击“绩效自评助手”打开本加载项。";

function show(text: string, state: string): void {
  const status = document.getElementById("status");
  if (!status) return;
  status.textContent = text;
  status.dataset.state = state;
}

if (typeof Office === "undefined") {
  show(OUTSIDE, "outside");
} else {
  Office.onReady((info) => {
    show(info.host === Office.HostType.Excel ? READY : OUTSIDE, info.host === Office.HostType.Excel ? "ready" : "outside");
  });
}
