// A sheet as a spreadsheet reports it: values (cached results for formulas), number formats and
// merged areas. Rows and columns are 0-based here; A1 addresses are for people.

export type CellValue = number | string | boolean | null;

export interface GridCell {
  /** The cell's value; for a formula its result. Null for an error or an uncomputed formula: never read those as blank. */
  value: CellValue;
  /** Excel number format, e.g. "0.00%"; absent for General. */
  format?: string;
  /** The formula text (without "="), when the cell holds one; value is its cached or computed result. */
  formula?: string;
  /** The error value the cell shows ("#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?" …). */
  error?: string;
  /** A formula whose result is unknown: the file kept no cached value and it could not be computed. */
  uncomputed?: boolean;
  /** A formula whose result was computed here, the file having kept none. */
  computed?: boolean;
}

/** A cell whose value cannot be read: an error value or a formula without a known result. */
export function isUnreadable(cell: { error?: string; uncomputed?: boolean } | null | undefined): boolean {
  return !!cell && (cell.error !== undefined || cell.uncomputed === true);
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellEntry extends GridCell {
  row: number;
  col: number;
}

const MAX_COLS = 16384;

export function toA1(row: number, col: number): string {
  let name = "";
  let c = col + 1;
  while (c > 0) {
    const rem = (c - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    c = Math.floor((c - 1) / 26);
  }
  return `${name}${row + 1}`;
}

export function fromA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseRange(range: string): Area {
  const [a, b = a] = range.split(":");
  const p = fromA1(a);
  const q = fromA1(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly cells = new Map<number, CellEntry>();
  /** Merged areas by each row they cover, for look-ups in O(areas on that row). */
  private readonly mergesByRow = new Map<number, Area[]>();
  readonly merges: readonly Area[];

  constructor(entries: Iterable<CellEntry>, merges: Area[] = [], name = "Sheet1") {
    this.name = name;
    let rows = 0;
    let cols = 0;
    for (const e of entries) {
      if (e.value === null || e.value === undefined || e.value === "") {
        if (!e.format && !e.formula && !isUnreadable(e)) continue;
      }
      if (e.value === undefined) e.value = null;
      this.cells.set(e.row * MAX_COLS + e.col, e);
      rows = Math.max(rows, e.row + 1);
      cols = Math.max(cols, e.col + 1);
    }
    const kept: Area[] = [];
    for (const m of merges) {
      if (m.bottom < m.top || m.right < m.left) continue;
      kept.push(m);
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
      rows = Math.max(rows, m.bottom + 1);
      cols = Math.max(cols, m.right + 1);
    }
    this.merges = kept;
    this.rowCount = rows;
    this.colCount = cols;
  }

  /** A grid from rows of values, as fixtures and tests write them. */
  static fromRows(rows: CellValue[][], options: { merges?: string[]; formats?: Record<string, string>; name?: string } = {}): Grid {
    const entries: CellEntry[] = [];
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = options.formats?.[toA1(r, c)];
        if (value !== null && value !== undefined && value !== "") entries.push({ row: r, col: c, value, format });
        else if (format) entries.push({ row: r, col: c, value: null, format });
      }),
    );
    return new Grid(entries, (options.merges ?? []).map(parseRange), options.name);
  }

  mergeAt(row: number, col: number): Area | undefined {
    const list = this.mergesByRow.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** The top-left cell of the merged area holding (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The cell at (row, col), reading a merged area's value from its top-left cell. */
  cell(row: number, col: number): GridCell | undefined {
    const m = this.mergeAt(row, col);
    return m ? this.cells.get(m.top * MAX_COLS + m.left) : this.cells.get(row * MAX_COLS + col);
  }

  /** The cell stored at exactly (row, col), merged or not. */
  stored(row: number, col: number): CellEntry | undefined {
    return this.cells.get(row * MAX_COLS + col);
  }

  value(row: number, col: number): CellValue {
    return this.cell(row, col)?.value ?? null;
  }

  address(row: number, col: number): string {
    const a = this.anchor(row, col);
    return toA1(a.row, a.col);
  }

  /** How many cells the grid stores. */
  get size(): number {
    return this.cells.size;
  }

  /** Every stored cell, in no particular order (the grid's own entries: read, do not change). */
  entries(): IterableIterator<CellEntry> {
    return this.cells.values();
  }
}
