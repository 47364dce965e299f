/**
 * Tables in plain text (cells separated by tabs, one row a line), as a reader copies them from a page or a
 * PDF, and the units they give once for many cells: in a column header (出让面积（亩）, Project Cost (US$m))
 * or on the line above the table (单位：万元, Table 1. Project Cost and Financing (US$ million)). Both
 * engines read their rows from here; each reads a cell's number in its unit with its own scanner.
 */

/** A line of a table, with the header row of its table and the unit its caption gives, if any. */
export interface TableRow {
  start: number;
  end: number;
  line: string;
  cells: string[];
  header: TableHeader | null;
  /** This row is a header row itself (its cells name columns). */
  isHeader: boolean;
  /** The unit the line above the table gives for the whole table (单位：万元 → 万元), or null. */
  tableUnit: string | null;
  /** Where each cell ends in the line (at its tab), made when first needed (columnAt). */
  cellEnds?: number[];
}
export interface TableHeader {
  cells: string[];
  /** The unit each column's header names in brackets (出让面积（亩） → 亩), or null. */
  units: Array<string | null>;
  /** The column that gives each row its unit (指标 | 单位 | 2023年 over 地区生产总值 | 亿元 | 612.5), or -1. */
  unitColumn: number;
}

/** A column header's unit in brackets: 出让面积（亩）, 总投资(万元), 占比（%）. */
export const HEADER_UNIT = /[（(]([^（）()\d]{1,12})[）)]$/;
/** The line above a table naming the unit of all its figures: 单位：万元, 金额单位：万元, 表1 …（单位：亿元）. */
const UNIT_LINE = /(^|[\s（(])(计量|金额|面积|价格|数量)?单位[：:]\s*([^\s（）()\d，,。；;：:]{1,6})[）)]?\s*$/;
/** A caption ending with its unit in brackets: Table 1. Project Cost and Financing (US$ million). */
const CAPTION_UNIT = /[（(]\s*(in\s+)?([^（）()\d]{1,24}?)\s*[）)]\s*$/i;
/**
 * Header cells that are years or months (2022年, 2024年度, 10月, 1—10月累计, 2024年1—6月), or the periods of a research
 * note (1H25, H1 2025, 3Q26, 9M26, FY27E): a header row may hold them.
 */
const YEAR_CELL = /^(19|20)\d{2}(\s*年[度末底]?)?$|^((19|20)\d{2}\s*年\s*)?(\d{1,2}[—–-])?\d{1,2}月[份末]?(累计)?$|^([1-4][QH]|[QH][1-4]|\d{1,2}M|FY)\s?\d{2,4}[EF]?$/;
/** A header cell naming the column of units: 单位, 计量单位, Unit. */
const UNIT_COLUMN = /^(计量)?单位$|^units?( of measure)?$/i;
/**
 * A cell that is a number and at most its qualifiers: 120, 1,280, 3.5, -2.1, and as plan and target tables
 * write them, <5.5, ≥1.2, 8500左右, 7以上, or a five-year total in brackets (〔3.5〕, [2.2]). A statistics table may
 * set the number's change after it in the cell (`86.42 增长8.1%`, a `<br>` between them): the number is the cell's.
 */
const NUMBER_CELL =
  /^([<>≤≥＜＞]\s*)?([-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)(左右|上下|以[上下内]|及以上)?(\s+(增长|下降)[-\d.]+[%％])?$|^[〔［\[]\s*([-+]?\d+(\.\d+)?)\s*[〕］\]]$/;
/** Columns a table-wide unit does not reach: row numbers, codes, ranks, years. */
const NOT_MEASURED = /[序编]号|[代编]码|排名|[名位]次|年份|^No\.?$|^#$|\b(rank|code|year)\b/i;
/**
 * Columns of ratios, shares and growth, which are not in the table's unit (容积率 under 单位：亩, 同比增长 beside
 * 本月 and 累计 under 单位：亿元、%).
 */
const RATIO = /率|比重|占比|比例|[系指]数|增[长速幅]|%|％|\b(per ?cent|share|rate|ratio)\b/i;
const PERCENT_UNIT = /^(%|％|百分比|per ?cent)$/i;

/**
 * The rows of a text's tables, in text order. A table is a run of lines holding tabs; a row's header is
 * the nearest row above it in its table whose cells hold no digits other than years; its table unit comes
 * from the last non-empty line before the table (a blank line, or a note in brackets, may stand between them).
 */
export function tableRows(text: string): TableRow[] {
  const rows: TableRow[] = [];
  // Most texts hold no table: they are not walked line by line.
  if (!text.includes('\t')) return rows;
  let header: TableHeader | null = null;
  let inTable = false;
  let tableUnit: string | null = null;
  let unitAbove: string | null = null;
  let blanks = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (!line.includes('\t')) {
      // A line that is no row ends the table.
      header = null;
      inTable = false;
      if (line.trim()) {
        // A note in brackets between the unit line and its table (（表格较宽，可左右滑动查看）) leaves the unit standing.
        const trimmed = line.trim();
        if (!(unitAbove && blanks <= 1 && TABLE_NOTE.test(trimmed) && !UNIT_LINE.test(trimmed))) unitAbove = unitOfLine(trimmed);
        blanks = 0;
      } else blanks++;
    } else {
      if (!inTable) tableUnit = blanks <= 1 ? unitAbove : null;
      inTable = true;
      const cells = line.split('\t');
      const isHeader = cells.every((cell) => !/[0-9０-９]/.test(cell) || YEAR_CELL.test(cell.trim()));
      const previous = rows.at(-1);
      rows.push({ start, end, line, cells, header, isHeader, tableUnit });
      if (isHeader) {
        const own: TableHeader = {
          cells,
          units: cells.map((cell) => HEADER_UNIT.exec(cell.trim())?.[1] ?? null),
          unitColumn: cells.findIndex((cell) => UNIT_COLUMN.test(cell.trim())),
        };
        // A header of two rows (merged cells: 指标 and 单位 span both, a period spans 绝对数 and 增长（%）): the
        // row above gives what this one leaves empty.
        header = header && previous?.isHeader && previous.end + 1 === start ? stacked(header, own) : own;
      }
    }
    start = end + 1;
  }
  return rows;
}

/**
 * The lower of two header rows, its empty cells and missing units filled from the upper one, over the upper's whole
 * width (cells merged down from the upper row end the lower one early). An upper cell over several columns (a
 * `colspan` group, `总投资（亿元）` over 总投资 and 一季度完成) is followed by empty cells: each column under it takes
 * its unit, as long as every column from the group's first has a heading of its own in the lower row.
 */
function stacked(upper: TableHeader, lower: TableHeader): TableHeader {
  const header: TableHeader = { cells: [], units: [], unitColumn: lower.unitColumn < 0 ? upper.unitColumn : lower.unitColumn };
  // (`group` is the column whose upper cell heads this one: its own, or a group's first.)
  for (let i = 0, group = 0; i < upper.cells.length || i < lower.cells.length; i++) {
    const own = lower.cells[i]?.trim();
    if (!own || upper.cells[i]?.trim()) group = i;
    header.cells.push(own ? lower.cells[i] : (upper.cells[i] ?? ''));
    header.units.push(lower.units[i] ?? upper.units[group] ?? null);
  }
  return header;
}

/** A short note wholly in brackets, as pages put between a table's unit line and the table. */
const TABLE_NOTE = /^[（(][^（）()]{1,30}[）)]$/;

function unitOfLine(line: string): string | null {
  // (The unit is each pattern's last group.)
  return UNIT_LINE.exec(line)?.[3] ?? CAPTION_UNIT.exec(line)?.[2] ?? null;
}

/** The row holding position s, if any (rows are in text order). */
export function tableRowAt(rows: readonly TableRow[], s: number): TableRow | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].end <= s) lo = mid + 1;
    else if (rows[mid].start > s) hi = mid - 1;
    else return rows[mid];
  }
  return undefined;
}

/**
 * The column of position s in its row (s is in the row: its callers found the row by s): the first cell that ends at
 * or after it, found by halves among the cells' ends, made once a row (a row of thousands of figures read its line up
 * to each).
 */
export function columnAt(row: TableRow, s: number): number {
  let end = -1;
  const ends = (row.cellEnds ??= row.cells.map((cell) => (end += cell.length + 1)));
  let lo = 0;
  for (let hi = ends.length - 1; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < s - row.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A cell holding a bare number, and the unit its column header, its row's label or its table gives. */
export interface UnitCell {
  row: TableRow;
  column: number;
  /** Where the number starts (after a sign such as `<`). */
  start: number;
  number: string;
  unit: string;
  /**
   * What stands behind `unit` where it may not be a unit after all: the table's own unit behind the row label's
   * brackets (（一期）), the row's unit column behind the column header's (Actual (Previous) over Number of people).
   */
  fallback?: string;
  /** A comparison sign before the number (`<`, `≥`) and a qualifier after it (左右, 以上), as the cell writes them. */
  before: string;
  after: string;
}

/**
 * Bare numbers in table cells with the unit their table gives them: the column header's unit first, then
 * the row's own unit in a 单位 column or at the end of its label (地区生产总值（亿元） | 6450 | 8500左右), else
 * the table's (not in the first column, which labels rows, nor in columns of row numbers, codes, years or
 * ratios). Cells where a claim was already found (`taken`, by start) are left out.
 */
export function unitCells(rows: readonly TableRow[], taken: ReadonlySet<number>): UnitCell[] {
  const cells: UnitCell[] = [];
  for (const row of rows) {
    const units = row.header?.units;
    const unitColumn = row.header?.unitColumn ?? -1;
    const rowUnit = unitColumn >= 0 ? row.cells[unitColumn]?.trim() || null : null;
    if (row.isHeader) continue;
    let cellStart = row.start;
    row.cells.forEach((cell, column) => {
      const written = cell.trim();
      const at = cellStart + cell.indexOf(written);
      cellStart += cell.length + 1;
      const m = NUMBER_CELL.exec(written);
      if (!m || column === unitColumn) return;
      // (Groups 1, 2, 6 and 9: the bound before, the number, its qualifier after, a bracketed number.)
      const number = m[2] ?? m[9];
      const start = at + written.indexOf(number, m[1]?.length ?? 0);
      if (taken.has(start)) return;
      const labelUnit = rowUnit ? null : unitOfLabel(row, column);
      const table = tableWideUnit(row, column);
      const unit = units?.[column] ?? (rowUnit && column > 0 ? rowUnit : labelUnit ?? table);
      if (!unit) return;
      const found: UnitCell = { row, column, start, number, unit, before: m[1]?.trim() ?? '', after: m[6] ?? '' };
      if (unit === labelUnit && table) found.fallback = table;
      else if (rowUnit && column > 0 && unit === units?.[column]) found.fallback = rowUnit;
      cells.push(found);
    });
  }
  return cells;
}

/**
 * The label of a cell's row: the nearest cell before the column that is neither a number nor empty (类别 | 指标
 * | 2025年 rows label their figures with 指标, not with the category before it).
 */
export function labelBefore(row: TableRow, column: number): string {
  for (let k = column - 1; k >= 0; k--) {
    const cell = row.cells[k].trim();
    if (cell && !NUMBER_CELL.test(cell) && !/^[—–-]+$/.test(cell)) return cell;
  }
  return '';
}

/**
 * The unit in brackets at the end of the row's label: 地区生产总值（亿元）, Rural roads (km). A capitalised
 * word in brackets names a place or a part (Component 1 (Roads), Yichun (Jiangxi)), not a unit.
 */
function unitOfLabel(row: TableRow, column: number): string | null {
  const unit = HEADER_UNIT.exec(labelBefore(row, column))?.[1]?.trim();
  return unit && !/^[A-Z][a-z]/.test(unit) && reaches(row, column, unit) ? unit : null;
}

/**
 * The table's unit for a column. A 单位 line may name two (单位：亿元、%): the percent is for the columns of
 * ratios and growth, the other for the rest.
 */
function tableWideUnit(row: TableRow, column: number): string | null {
  const units = row.tableUnit?.split('、') ?? [];
  const ratio = RATIO.test(row.header?.cells[column] ?? '');
  const unit = units.length > 1 ? units.find((u) => PERCENT_UNIT.test(u) === ratio) : units[0];
  return unit && reaches(row, column, unit) ? unit : null;
}

/** A unit given for a whole row or table reaches a column that is not the first, nor one of row numbers, codes, years or ratios. */
function reaches(row: TableRow, column: number, unit: string): boolean {
  if (column === 0) return false;
  const header = row.header?.cells[column]?.trim() ?? '';
  return !(NOT_MEASURED.test(header) || (RATIO.test(header) && !PERCENT_UNIT.test(unit)));
}
