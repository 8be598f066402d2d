/// <reference types="et-jsapi-declare" />
// Files through WPS's own file access (FileSystem and Env on the add-in's root object): a file the pane
// made is saved beside the workbook, never over an existing file, and read back byte for byte.
import { PANE } from "../../messages";
import { PortError } from "../port";

/** The parts of WPS's FileSystem and Env (on the add-in's root object) the report needs. */
interface WpsFiles {
  FileSystem?: Pick<WPS.FileSystem, "Exists" | "Remove" | "writeAsBinaryString" | "ReadFileAsArrayBuffer">;
  Env?: Pick<WPS.Env, "GetDesktopPath">;
}

/**
 * Some WPS builds refuse any FileSystem path holding a separator (full paths); others accept them
 * (docs/developer/host-evidence.md, row 3). Such a build cannot save beside the workbook at all.
 */
const PATH_REFUSED = /path cannot contain/i;

/** Bytes as the "binary string" WPS's FileSystem writes: one character per byte. */
function binaryString(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A file in a folder, with the folder's own separator. */
function join(folder: string, file: string): string {
  const sep = folder.includes("\\") && !folder.includes("/") ? "\\" : "/";
  return `${folder.replace(/[\\/]+$/, "")}${sep}${file}`;
}

/** name.docx, then name (2).docx, … : the first that does not exist yet. */
function freePath(files: NonNullable<WpsFiles["FileSystem"]>, folder: string, name: string): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 1; ; n++) {
    const path = join(folder, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!files.Exists(path)) return path;
  }
}

/**
 * Saves `bytes` as `name` beside the workbook (the desktop for a workbook never saved): the path it landed
 * at; null where WPS has no file access; a PortError, with nothing left behind, when it did not read back.
 */
export async function saveFile(
  app: Pick<Et.Application, "ActiveWorkbook">,
  root: unknown,
  name: string,
  bytes: Uint8Array,
): Promise<string | null> {
  const files = (root as WpsFiles).FileSystem ?? (app as unknown as WpsFiles).FileSystem;
  const env = (root as WpsFiles).Env ?? (app as unknown as WpsFiles).Env;
  if (!files || typeof files.writeAsBinaryString !== "function" || typeof files.ReadFileAsArrayBuffer !== "function") return null;
  let path = "";
  let wanted = name;
  let refused = false;
  try {
    // Beside the workbook; a workbook never saved has no folder: the desktop.
    const folder = String(app.ActiveWorkbook?.Path ?? "") || String(env?.GetDesktopPath?.() ?? "");
    if (!folder) return null;
    wanted = join(folder, name);
    path = freePath(files, folder, name);
    const written = files.writeAsBinaryString(path, binaryString(bytes));
    const back = files.Exists(path) ? new Uint8Array(files.ReadFileAsArrayBuffer(path)) : new Uint8Array(0);
    if (written !== false && sameBytes(back, bytes)) return path;
  } catch (err) {
    // Below: whatever was written is removed, and the pane offers a download instead.
    refused = PATH_REFUSED.test(err instanceof Error ? err.message : String(err));
  }
  if (refused) throw new PortError(PANE.reportPathRefused(path || wanted));
  if (!path) return null;
  try {
    if (files.Exists(path)) files.Remove(path);
  } catch {
    // Nothing more can be done about it here; the message names the path.
  }
  throw new PortError(PANE.reportNotSaved(path));
}
