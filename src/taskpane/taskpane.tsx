// Entry of taskpane.html: the pane inside Excel, or a clear message outside it.
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { App } from "./App";
import { officePort } from "../hosts/excel/office";

// Windows' default Chinese UI fonts first; nothing is downloaded (no web fonts).
const FONTS = '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif';
const theme: Theme = { ...webLightTheme, fontFamilyBase: FONTS };

function render(inExcel: boolean) {
  const element = document.getElementById("root");
  if (!element) return;
  createRoot(element).render(
    <FluentProvider theme={theme}>
      <App port={inExcel ? officePort() : null} />
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") render(false);
else void Office.onReady((info) => render(info.host === Office.HostType.Excel));
