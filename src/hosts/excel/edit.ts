// Writing through Office.js: one Excel.run per command, in 2 syncs — the first loads every fact the
// write policy asks about (protection, each cell, the merged areas around it), the second sends the writes
// and reads every cell back.
import { fromA1, parseRange, toA1, type Area } from "../../workbook";
import { cellState } from "../cells";
import type { CellRef, EditCells, EditKind } from "../driver";
import { PANE } from "../../messages";
import { RefusedWhole } from "../port";
import { BAND_ROWS, CELL_PROPS, hostCell, joinMerges, stripSheet } from "./read";

/** The merged areas of one sheet that may hold a written cell, asked band by band (512 areas at most per answer). */
interface MergeQuery {
  bands: Array<{ top: number; merges: Excel.RangeAreas }>;
}

/**
 * Excel answers only the merged areas whose top-left cell lies in the range asked (office-js issue 3611),
 * so a cell alone never learns the area it is inside. A merged area holding a cell starts above and left
 * of it: asking the block from A1 to the lowest, rightmost written cell finds every such area.
 */
function queueMerges(ws: Excel.Worksheet, cells: Array<{ row: number; col: number }>): MergeQuery {
  const rows = Math.max(...cells.map((c) => c.row)) + 1;
  const cols = Math.max(...cells.map((c) => c.col)) + 1;
  const bands: MergeQuery["bands"] = [];
  for (let top = 0; top < rows; top += BAND_ROWS) {
    const merges = ws.getRangeByIndexes(top, 0, Math.min(BAND_ROWS, rows - top), cols).getMergedAreasOrNullObject();
    merges.load("areas/items/address");
    bands.push({ top, merges });
  }
  return { bands };
}

function areasOf(query: MergeQuery): Area[] {
  const areas = query.bands.flatMap((b) =>
    b.merges.isNullObject ? [] : b.merges.areas.items.map((a) => parseRange(stripSheet(a.address))),
  );
  // Content is not loaded here: a piece clipped at a band boundary is joined to the one above it.
  return joinMerges(areas, new Set(query.bands.map((b) => b.top)), new Set());
}

/** The merged area a cell lies inside, when it is not that area's top-left cell. */
function interiorOf(areas: Area[], cell: string): string | null {
  const { row, col } = fromA1(cell.replace(/\$/g, ""));
  const m = areas.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
  if (!m || (m.top === row && m.left === col)) return null;
  return `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;
}

export function edit<T>(
  kind: EditKind,
  undoGroups: boolean,
  names: string[],
  refs: CellRef[],
  body: (cells: EditCells) => Promise<T>,
): Promise<T> {
  const options = { delayForCellEdit: true, ...(undoGroups ? { mergeUndoGroup: true } : {}) };
  return Excel.run(options, async (context) => {
    const sheets = names.map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      ws.protection.load("protected");
      return ws;
    });
    const sheetOf = (name: string) => {
      const at = names.indexOf(name);
      return at >= 0 ? sheets[at] : context.workbook.worksheets.getItem(name);
    };
    const ranges = refs.map((c) => {
      const range = sheetOf(c.sheet).getRange(c.cell);
      range.load(CELL_PROPS);
      return range;
    });
    // Only a write asks about merged areas (undo puts back cells that were written, none an interior).
    const merges = new Map<string, MergeQuery>();
    if (kind === "write") {
      for (const name of new Set(refs.map((c) => c.sheet))) {
        const cells = refs.filter((c) => c.sheet === name).map((c) => fromA1(c.cell.replace(/\$/g, "")));
        merges.set(name, queueMerges(sheetOf(name), cells));
      }
    }
    await context.sync();
    const areas = new Map([...merges].map(([name, q]) => [name, areasOf(q)]));
    return body({
      isProtected: (s) => sheets[s].protection.protected,
      state: (i) => cellState(hostCell(ranges[i])),
      interior: (i) => interiorOf(areas.get(refs[i].sheet) ?? [], refs[i].cell),
      write: (i, input) => {
        const range = ranges[i];
        if (input.format !== undefined) range.numberFormat = [[input.format]];
        if (input.formula) range.formulas = [[input.formula]];
        else range.values = [[input.value]];
        return undefined;
      },
      readBack: async () => {
        const after = refs.map((c) => {
          const r = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
          r.load(CELL_PROPS);
          return r;
        });
        try {
          await context.sync();
        } catch (err) {
          // A sheet protected after the first sync (another author on the web): Excel refuses the writes
          // (AccessDenied). Whatever of the batch it kept is put back by the transaction.
          if ((err as { code?: string })?.code === "AccessDenied")
            throw new RefusedWhole(PANE.protectedSheet([...new Set(refs.map((c) => c.sheet))].join("」「")));
          throw err;
        }
        return after.map((r) => cellState(hostCell(r)));
      },
    });
  });
}
