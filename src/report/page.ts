// report.html: the page Excel for Mac opens in the system browser (its own web view cannot save a
// download). It makes the Word report from the outline in the URL's fragment, here, and saves it.
import { REPORT } from "../messages/report";
import { reportFileName } from "../workbook/report";
import { decodeOutline } from "./link";
import { clickDownload } from "./save";

async function main(): Promise<void> {
  const status = document.getElementById("status")!;
  const button = document.getElementById("download") as HTMLButtonElement;
  const title = document.getElementById("title")!;
  button.textContent = REPORT.page.button;
  const outline = decodeOutline(location.hash);
  if (!outline) {
    status.textContent = REPORT.page.badLink;
    return;
  }
  title.textContent = outline.title;
  document.title = outline.title;
  status.textContent = REPORT.page.making;
  try {
    const { reportBlob } = await import(/* webpackChunkName: "report" */ "../output/docx");
    const url = URL.createObjectURL(await reportBlob(outline));
    const name = reportFileName(outline);
    button.disabled = false;
    button.onclick = () => clickDownload(url, name);
    status.textContent = REPORT.page.ready(name);
    clickDownload(url, name);
  } catch (err) {
    status.textContent = REPORT.page.failed(err instanceof Error ? err.message : String(err));
  }
}

void main();
