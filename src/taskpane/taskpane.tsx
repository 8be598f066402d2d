// Entry of taskpane.html: the pane inside Excel (Office.js) or WPS 表格 (its ET object model), whichever
// host the page finds itself in (src/hosts/detect.ts); outside both, a clear message. In WPS the ribbon's
// buttons reach the pane through the address's fragment (#run=check|fill|finalize), read on load and on
// every change.
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { App, type PaneCommand } from "./App";
import { detectHost } from "../hosts/detect";
import type { HostPort } from "../hosts/port";

// Windows' default Chinese UI fonts first, then those of 信创 Linux desks; nothing is downloaded (no web fonts).
const FONTS = '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Segoe UI", sans-serif';
const theme: Theme = { ...webLightTheme, fontFamilyBase: FONTS };

function commandOf(hash: string): PaneCommand | null {
  const m = /(?:^#|&)run=(check|fill|finalize)(?:&n=(\d+))?/.exec(hash);
  return m ? { name: m[1] as PaneCommand["name"], n: Number(m[2] ?? 0) } : null;
}

function render(port: HostPort | null, outside: string) {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  const draw = () =>
    root.render(
      <FluentProvider theme={theme}>
        <App port={port} outside={outside} command={commandOf(window.location.hash)} />
      </FluentProvider>,
    );
  draw();
  window.addEventListener("hashchange", draw);
}

detectHost(document.documentElement.dataset.host, render);
