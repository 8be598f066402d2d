// What a file declares before anything is materialised: the cells and merged areas the reading library
// would create from it, counted by a cheap scan of its text or records (no DOM, no parse). A few bytes of
// ODS, SpreadsheetML 2003 or HTML can declare billions of cells through repeat counts and merge spans; an
// .xls can hold millions of cells in a few MB of records. Each count here mirrors what SheetJS (the reader)
// does with the format, with the options read.ts passes, so the limits hold before it runs.

/** Cells the reader would create, merged cells (an area counts the cells it covers), and merged areas. */
export interface Declared {
  cells: number;
  merged: number;
  merges: number;
}

/** An attribute's value in a tag's text, whatever its namespace prefix. */
function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** parseInt as the reader reads a count (at least 1). */
const count = (text: string | undefined): number => Math.max(1, parseInt(text ?? "1", 10) || 1);

function span(rows: number, cols: number, d: Declared): void {
  if (rows * cols > 1) {
    d.merged += rows * cols;
    d.merges++;
  }
}

const ODS_TAG = /<(\/?)(?:[\w.-]+:)?(table-row|table-cell|covered-table-cell|行|数据)(?=[\s/>])([^>]*?)(\/?)>/g;
const ODS_EMPTY_CLOSE = /\s*<\/(?:[\w.-]+:)?(?:table-cell|数据)\s*>/y;

/**
 * An ODS content.xml, read without stub cells: a cell with content is created once for every row and
 * column it repeats over (rows × columns); an empty cell, self-closed or not, and a covered cell are not
 * created at all, so the empty rows LibreOffice writes to the end of every sheet (1,048,000 rows × 1,024
 * columns) cost nothing; a text cell written self-closed is created once.
 */
export function odsDeclared(xml: string): Declared {
  const d: Declared = { cells: 0, merged: 0, merges: 0 };
  let rowRepeat = 1;
  ODS_TAG.lastIndex = 0;
  for (let m = ODS_TAG.exec(xml); m; m = ODS_TAG.exec(xml)) {
    const [, close, name, tag, selfClosed] = m;
    if (name === "table-row" || name === "行") {
      // As the reader: a row's repeat lasts until its end tag (Number(), so "1e9" is a billion).
      if (close) rowRepeat = 1;
      else rowRepeat = Math.max(1, Number(attr(tag, "number-rows-repeated")) || 1);
      continue;
    }
    if (close || name === "covered-table-cell") continue;
    span(count(attr(tag, "number-rows-spanned")), count(attr(tag, "number-columns-spanned")), d);
    const type = attr(tag, "value-type") ?? attr(tag, "数据类型");
    if (selfClosed) {
      if (type === "string") d.cells += 1;
      continue;
    }
    ODS_EMPTY_CLOSE.lastIndex = ODS_TAG.lastIndex;
    const empty = ODS_EMPTY_CLOSE.test(xml) && (!type || type === "string" || type === "text");
    if (!empty) d.cells += rowRepeat * count(attr(tag, "number-columns-repeated"));
  }
  return d;
}

const XML_CELL = /<(?:[\w.-]+:)?Cell(?=[\s/>])([^>]*)>/g;

/** A SpreadsheetML 2003 workbook: one cell per <Cell>; a merge span's covered cells (created as stubs with sheetStubs). */
export function xml2003Declared(xml: string): Declared {
  const d: Declared = { cells: 0, merged: 0, merges: 0 };
  XML_CELL.lastIndex = 0;
  for (let m = XML_CELL.exec(xml); m; m = XML_CELL.exec(xml)) {
    d.cells++;
    const across = parseInt(attr(m[1], "MergeAcross") ?? "0", 10) || 0;
    const down = parseInt(attr(m[1], "MergeDown") ?? "0", 10) || 0;
    if (across > 0 || down > 0) span(down + 1, across + 1, d);
  }
  return d;
}

const HTML_CELL = /<t[dh](?=[\s>/])([^>]*)>/gi;

/** An HTML table: its <td>/<th> cells and their rowspan × colspan areas. */
export function htmlDeclared(html: string): Declared {
  const d: Declared = { cells: 0, merged: 0, merges: 0 };
  HTML_CELL.lastIndex = 0;
  for (let m = HTML_CELL.exec(html); m; m = HTML_CELL.exec(html)) {
    d.cells++;
    const rows = /rowspan\s*=\s*["']?\s*(\d+)/i.exec(m[1]);
    const cols = /colspan\s*=\s*["']?\s*(\d+)/i.exec(m[1]);
    if (rows || cols) span(Math.max(1, Number(rows?.[1] ?? 1)), Math.max(1, Number(cols?.[1] ?? 1)), d);
  }
  return d;
}

/** BIFF cell records: one cell each, or one per column for MULRK and MULBLANK. */
const ONE_CELL = new Set([0x0203, 0x027e, 0x00fd, 0x0204, 0x0006, 0x0201, 0x0205, 0x00d6, 0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0206]);

/** An .xls Workbook stream: its cell records and MERGECELLS areas, record by record (nothing decoded). */
export function biffDeclared(stream: Uint8Array): Declared {
  const d: Declared = { cells: 0, merged: 0, merges: 0 };
  for (let p = 0; p + 4 <= stream.length;) {
    const type = stream[p] | (stream[p + 1] << 8);
    const length = stream[p + 2] | (stream[p + 3] << 8);
    const body = p + 4;
    if (ONE_CELL.has(type)) d.cells++;
    else if (type === 0x00bd && length >= 6) d.cells += Math.floor((length - 6) / 6);
    else if (type === 0x00be && length >= 6) d.cells += Math.floor((length - 6) / 2);
    else if (type === 0x00e5 && length >= 2) {
      const n = stream[body] | (stream[body + 1] << 8);
      for (let i = 0; i < n && body + 2 + 8 * i + 8 <= stream.length && 2 + 8 * i + 8 <= length; i++) {
        const q = body + 2 + 8 * i;
        const rows = (stream[q + 2] | (stream[q + 3] << 8)) - (stream[q] | (stream[q + 1] << 8)) + 1;
        const cols = (stream[q + 6] | (stream[q + 7] << 8)) - (stream[q + 4] | (stream[q + 5] << 8)) + 1;
        if (rows > 0 && cols > 0) span(rows, cols, d);
      }
    }
    p = body + length;
  }
  return d;
}

/**
 * Text that no spreadsheet program writes: a control character (tab, line feeds aside), U+FFFD (bytes that
 * did not decode), a noncharacter, or half of a surrogate pair. A sheet name with any of them, or of an
 * implausible length, is a file misread, not a name to print.
 */
const GARBAGE =
  // eslint-disable-next-line no-control-regex -- control characters are what these look for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BROKEN = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_OR_REPLACEMENT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/** Longest text a cell can hold in Excel and WPS. */
export const MAX_CELL_TEXT = 32767;
/** Longest sheet name taken as a name (Excel allows 31 characters; LibreOffice more, but not this many). */
export const MAX_SHEET_NAME = 100;

export function garbledSheetName(name: string): boolean {
  return name.length === 0 || name.length > MAX_SHEET_NAME || GARBAGE.test(name);
}

/**
 * A cell text that is not text: longer than a cell can hold, with a broken surrogate or a noncharacter, or
 * where control characters and U+FFFD are more than a quarter of it (at least four): binary read as text.
 * A stray control character in a real text (old systems' exports have them) is not reason enough.
 */
export function garbledText(text: string): boolean {
  if (text.length > MAX_CELL_TEXT || BROKEN.test(text)) return true;
  const odd = text.match(CONTROL_OR_REPLACEMENT)?.length ?? 0;
  return odd >= 4 && odd * 4 > text.length;
}
