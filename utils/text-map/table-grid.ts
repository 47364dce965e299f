/**
 * Where a table's cells stand in its grid, as the HTML table model places them, for the readers that write a row as
 * one line of cells apart by tabs (the page's text map, the command line's article text): a row under a merged cell
 * writes an empty cell for each column the merged one takes, so its cells line up with the header's.
 */

/** Most empty cells written before one cell: a table's width, not a `colspan` of thousands. */
export const MAX_EMPTY_CELLS = 64;

/** Most columns one cell spans (HTML's own limit); the rows a cell spans down are bounded by its group's rows. */
const MAX_COLSPAN = 1000;

/**
 * The grid column of each cell of a table (`<td>`, `<th>` in a `<tr>`), as the HTML table model places them: a cell
 * takes the first column no cell of a row above still covers (`rowspan`) and as many as its `colspan`. Rows span
 * within their row group (thead, tbody, tfoot, or a table's own rows), so each group is laid out once, when the
 * first of its cells is read.
 */
export class TableGrid {
  private readonly groups = new WeakMap<Element, Map<Element, number>>();

  /** The cell's column, or -1 for an element that is no cell of a table row. */
  columnOf(cell: Element): number {
    const tag = cell.tagName.toUpperCase();
    const row = cell.parentElement;
    const group = row?.parentElement;
    if ((tag !== 'TD' && tag !== 'TH') || !row || !group || row.tagName.toUpperCase() !== 'TR') return -1;
    let columns = this.groups.get(group);
    if (!columns) {
      columns = layOut(group);
      this.groups.set(group, columns);
    }
    return columns.get(cell) ?? -1;
  }
}

function layOut(group: Element): Map<Element, number> {
  const columns = new Map<Element, number>();
  const rows: Element[] = [];
  for (let row = group.firstElementChild; row; row = row.nextElementSibling) if (row.tagName.toUpperCase() === 'TR') rows.push(row);
  // The columns cells of rows above still cover, per row.
  const covered: Array<Set<number> | undefined> = [];
  rows.forEach((row, r) => {
    const busy = covered[r];
    let column = 0;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      const tag = cell.tagName.toUpperCase();
      if (tag !== 'TD' && tag !== 'TH') continue;
      while (busy?.has(column)) column++;
      columns.set(cell, column);
      const colspan = spanOf(cell, 'colspan', MAX_COLSPAN);
      // (rowspan="0", to the group's end, is read as 1: no page of ours writes it.)
      const rowspan = spanOf(cell, 'rowspan', rows.length - r);
      for (let below = r + 1; below < r + rowspan; below++) {
        const set = (covered[below] ??= new Set<number>());
        for (let c = column; c < column + colspan; c++) set.add(c);
      }
      column += colspan;
    }
  });
  return columns;
}

/** A cell's `colspan` or `rowspan`: 1 unless a number above 1 is written, at most `max`. */
function spanOf(cell: Element, attribute: string, max: number): number {
  const n = Number.parseInt(cell.getAttribute(attribute) ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, Math.max(1, max)) : 1;
}
