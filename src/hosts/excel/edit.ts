// Writing through Office.js: one Excel.run per command, in 2 syncs — the first loads every fact the
// write policy asks about (protection, each cell and its merged area), the second sends the writes and
// reads every cell back.
import { cellState } from "../cells";
import type { CellRef, EditCells, EditKind } from "../driver";
import { CELL_PROPS, hostCell, stripSheet } from "./read";

/** One cell of a command, with the ranges that read it before the write and find its merged area. */
interface Opened {
  range: Excel.Range;
  merge: Excel.RangeAreas;
}

/** The merged area a single cell lies inside, when it is not that area's top-left cell. */
function interiorOf(t: Opened, cell: string): string | null {
  if (t.merge.isNullObject) return null;
  const area = stripSheet(t.merge.areas.items[0]?.address ?? "");
  const topLeft = area.split(":")[0];
  return area.includes(":") && topLeft.replace(/\$/g, "") !== cell.replace(/\$/g, "") ? area : null;
}

export function edit<T>(
  kind: EditKind,
  undoGroups: boolean,
  names: string[],
  refs: CellRef[],
  body: (cells: EditCells) => Promise<T>,
): Promise<T> {
  const options =
    kind === "write" ? { delayForCellEdit: true, ...(undoGroups ? { mergeUndoGroup: true } : {}) } : { delayForCellEdit: true };
  return Excel.run(options, async (context) => {
    const sheets = names.map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      ws.protection.load("protected");
      return ws;
    });
    const opened: Opened[] = refs.map((c) => {
      const at = names.indexOf(c.sheet);
      const range = (at >= 0 ? sheets[at] : context.workbook.worksheets.getItem(c.sheet)).getRange(c.cell);
      range.load(CELL_PROPS);
      const merge = range.getMergedAreasOrNullObject();
      merge.load("areas/items/address");
      return { range, merge };
    });
    await context.sync();
    return body({
      isProtected: (s) => sheets[s].protection.protected,
      state: (i) => cellState(hostCell(opened[i].range)),
      interior: (i) => interiorOf(opened[i], refs[i].cell),
      write: (i, input) => {
        const range = opened[i].range;
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
        await context.sync();
        return after.map((r) => cellState(hostCell(r)));
      },
    });
  });
}
