// A report outline carried in a URL fragment, for Excel for Mac: its web view cannot save a download,
// so the pane opens our own report page in the system browser with the outline after the "#". The
// fragment never leaves the computer (browsers do not send it to the server); nothing is uploaded.
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { ReportOutline } from "../workbook";

const PREFIX = "r1.";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function encodeOutline(outline: ReportOutline): string {
  return PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(outline)), { level: 9 }));
}

/** The outline in a fragment made by encodeOutline; null for anything else (a mistyped or cut-off link). */
export function decodeOutline(fragment: string): ReportOutline | null {
  const text = fragment.replace(/^#/, "");
  if (!text.startsWith(PREFIX)) return null;
  try {
    const outline = JSON.parse(strFromU8(inflateSync(fromBase64Url(text.slice(PREFIX.length))))) as ReportOutline;
    return typeof outline?.title === "string" && Array.isArray(outline.sections) ? outline : null;
  } catch {
    return null;
  }
}

/** The report page next to the pane, with the outline in its fragment. */
export function reportPageUrl(outline: ReportOutline, paneUrl: string): string {
  return `${new URL("report.html", paneUrl).href}#${encodeOutline(outline)}`;
}
