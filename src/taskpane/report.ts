// 生成自评报告 in the pane: the outline of every table, then the Word file handed over as the host allows —
// Excel for Mac opens our report page in the system browser, WPS saves beside the workbook and reads it
// back, elsewhere a download; where a download fails and Excel can open the browser, the Mac way is taken
// (or offered, since a dropped download says nothing). Returns what the pane says about it.
import { PANE } from "../messages";
import { buildReport, reportFileName, type SheetReport } from "../workbook";
import type { HostPort, HostSupport } from "../hosts/port";
import type { Notice } from "./components/StatusBar";
import { errorText } from "./notices";

/** A blob's bytes, by FileReader (older embedded Chromium, as in WPS, has no Blob.arrayBuffer). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

export async function makeReport(
  tables: SheetReport[],
  port: HostPort,
  support: HostSupport,
  saveFile: (name: string, blob: Blob) => void,
): Promise<Notice> {
  if (tables.length === 0) return { intent: "error", text: PANE.reportNothing };
  const outline = buildReport(tables);
  const name = reportFileName(outline);
  // Our report page in the system browser, which makes and saves the file there. The link's compressor loads
  // only here, so the pane itself stays small.
  const inBrowser = async (): Promise<Notice> => {
    const { reportPageUrl } = await import(/* webpackChunkName: "report-link" */ "../report/link");
    const opened = port.openInBrowser?.(reportPageUrl(outline, window.location.href)) ?? false;
    return opened ? { intent: "success", text: PANE.reportInBrowser(name) } : { intent: "error", text: PANE.reportNoDownload };
  };
  // Excel for Mac: its web view drops downloads.
  if (!support.downloads) return inBrowser();
  // The Word writer loads only when asked for, so the pane itself stays small.
  const { reportBlob } = await import(/* webpackChunkName: "report" */ "../output/docx");
  const blob = await reportBlob(outline);
  // WPS: saved beside the workbook and read back; where that cannot be done, a download as elsewhere.
  let fallback: string | null = null;
  if (port.saveFile) {
    try {
      const path = await port.saveFile(name, await bytesOf(blob));
      if (path) return { intent: "success", text: PANE.reportSaved(path) };
    } catch (err) {
      fallback = errorText(err);
    }
  }
  try {
    saveFile(name, blob);
  } catch {
    // Excel on Windows: WebView2 may refuse a blob download (host-evidence.md row 19): the way Excel for Mac takes.
    return inBrowser();
  }
  // A download WebView2 drops says nothing: where Excel can open the browser, that way stays on offer.
  const action = port.openInBrowser ? { action: { label: PANE.reportOpenInBrowser, run: inBrowser } } : {};
  return {
    intent: fallback ? "warning" : "success",
    text: port.openInBrowser ? PANE.reportDoneOrBrowser(name) : PANE.reportDone(name),
    ...(fallback ? { details: [fallback] } : {}),
    ...action,
  };
}
