// Entry of dist/checker/index.html: the web checker, in the taskpane's look (Fluent UI v9, Windows'
// Chinese UI fonts, nothing downloaded).
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { App } from "./App";

const FONTS = '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif';
const theme: Theme = { ...webLightTheme, fontFamilyBase: FONTS };

const element = document.getElementById("root");
if (element)
  createRoot(element).render(
    <FluentProvider theme={theme}>
      <App />
    </FluentProvider>,
  );
