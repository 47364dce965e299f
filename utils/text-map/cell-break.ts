/**
 * A `<br>` inside a table's body cell that holds one short entry breaks the line for the column's width only: a
 * value over its unit (`98.36<br>亿元`), a value over its change (`86.42<br>增长8.1%`). Read as a line break it would
 * part the number from its unit and end the row's line, taking the cells after it away from their columns; read as a
 * space, the entry is whole and the row one line, as a header cell's `<br>` is read. A layout table's cell (a
 * page's body as `<br>`-split paragraphs, a contact block) holds more text, and keeps its line breaks.
 */

/** Most characters of an entry a body cell holds, whitespace aside: a value with its unit and change, a short label. */
const MAX_ENTRY = 24;

/** Whether the `<br>` `br` stands inside a table's body cell holding one short entry. */
export function breaksCellEntry(br: Element): boolean {
  const cell = br.closest('td');
  return !!cell && (cell.textContent ?? '').replace(/\s+/g, '').length <= MAX_ENTRY;
}
