// What a file really is, from its bytes (never its name): a workbook the reader can open (.xlsx, .xlsm,
// .xls/.et, .ods, Excel 2003 XML, an HTML table saved as .xls) or something else, said plainly.
import { CFB } from "@e965/xlsx";
import { quietly } from "./quiet";
import { ZipError, entryHead, zipEntries, type ZipEntry } from "./zip";

export type FileKind =
  | "xlsx"
  | "xlsb"
  | "ods"
  | "xls"
  | "xml2003"
  | "html"
  | "empty"
  | "encrypted"
  | "docx"
  | "pptx"
  | "doc"
  | "zip"
  | "corrupt"
  | "image"
  | "pdf"
  | "text";

export interface Sniffed {
  kind: FileKind;
  /** The zip's entries, for .xlsx/.ods (read once here, used by the limits and the reader). */
  entries?: ZipEntry[];
  /** For .xls: the Workbook stream (its records are counted before the reader parses them). */
  stream?: Uint8Array;
  /** For HTML: the charset the page declares. */
  charset?: string;
  /** Why it cannot be read, in English for logs (the messages module says it in Chinese). */
  detail?: string;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

function sniffZip(bytes: Uint8Array): Sniffed {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes);
  } catch (err) {
    return { kind: "corrupt", detail: err instanceof ZipError ? err.message : String(err) };
  }
  const names = new Set(entries.map((e) => e.name));
  const has = (n: string) => names.has(n);
  let kind: FileKind = "zip";
  if (has("xl/workbook.xml")) kind = "xlsx";
  else if (has("xl/workbook.bin")) kind = "xlsb";
  else if (has("content.xml") && has("mimetype")) kind = "ods";
  else if (has("word/document.xml")) kind = "docx";
  else if (has("ppt/presentation.xml")) kind = "pptx";
  if (entries.some((e) => e.encrypted)) return { kind: "encrypted", entries, detail: "encrypted zip entries" };
  if (kind === "ods") {
    const manifest = entries.find((e) => e.name === "META-INF/manifest.xml");
    if (manifest && new TextDecoder().decode(entryHead(bytes, manifest, 1 << 20)).includes("encryption-data")) {
      return { kind: "encrypted", entries, detail: "password-protected ODS" };
    }
  }
  return { kind, entries };
}

function sniffOle(bytes: Uint8Array): Sniffed {
  let container: ReturnType<typeof CFB.read>;
  try {
    container = quietly(() => CFB.read(bytes, { type: "array" } as never));
  } catch (err) {
    return { kind: "corrupt", detail: err instanceof Error ? err.message : String(err) };
  }
  const find = (name: string) => CFB.find(container, name);
  if (find("EncryptionInfo") || find("EncryptedPackage")) return { kind: "encrypted", detail: "encrypted OOXML in an OLE container" };
  const book = find("Workbook") ?? find("Book");
  if (book) {
    // BIFF: a FILEPASS record (0x002F) among the first records means an opening password.
    const c = book.content as Uint8Array;
    for (let p = 0; p + 4 <= c.length && p < 8192;) {
      const type = c[p] | (c[p + 1] << 8);
      const length = c[p + 2] | (c[p + 3] << 8);
      if (type === 0x002f) return { kind: "encrypted", detail: "password-protected XLS" };
      if (type === 0x0085) break;
      p += 4 + length;
    }
    return { kind: "xls", stream: c };
  }
  if (find("WordDocument")) return { kind: "doc" };
  return { kind: "corrupt", detail: "OLE container without a workbook" };
}

/** An OLE compound file (.xls, .et, .doc, encrypted OOXML), by its signature. */
export const isOle = (bytes: Uint8Array): boolean => startsWith(bytes, OLE);

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return sniffZip(bytes);
  if (startsWith(bytes, OLE)) return sniffOle(bytes);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46]))
    return { kind: "image" };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b])) return { kind: "corrupt", detail: "damaged zip" };
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096)).replace(/^\xef\xbb\xbf/, "");
  if (/^\s*<\?xml/i.test(head) && /urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return { kind: "xml2003" };
  if (/<(html|table)[\s>]/i.test(head)) {
    const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? "utf-8";
    return { kind: "html", charset };
  }
  return { kind: "text" };
}
