/**
 * Claims as CSV for spreadsheets, one row per claim. Excel guesses the encoding of a CSV file and
 * reads Chinese as mojibake unless the file starts with a UTF-8 byte order mark; Excel and LibreOffice
 * both expect CRLF rows and RFC 4180 quoting.
 *
 * Formula injection: a text cell starting with = + - @ (or a tab or CR, which some spreadsheets skip
 * before looking for those) is run as a formula when the file is opened. Text cells that start so get
 * a leading apostrophe, which spreadsheets show as text. Number columns are written as plain numbers
 * and never prefixed: `-5` in a number column is a negative number, and prefixing it would turn every
 * decrease into text the spreadsheet cannot sum. A number column only ever holds what String(number)
 * produces, so nothing else can reach a cell unprefixed.
 */
import { regionOfFigure } from '../../articles/figure-region';
import type { SavedArticle } from '../../store/types';
import { claimNotes, notesByClaim } from './claim-notes';
import { throttledProgress, type Progress } from './progress';

export const CSV_BOM = '\uFEFF';

type Cell = { text: string } | { number: number | undefined };

/** The columns, in order: the header a spreadsheet shows, and how each row fills it. */
export const CSV_COLUMNS = [
  'article title', 'url', 'date', 'regions', 'figure region', 'text', 'value', 'unit', 'normalized value', 'normalized unit', 'kind',
  'qualifier', 'range low', 'range high', 'change', 'subject', 'sentence', 'status', 'corrected value', 'note', 'tags',
  'claim id', 'article id',
] as const;

/** Columns that hold numbers (empty when the claim has none). */
export const CSV_NUMBER_COLUMNS: ReadonlySet<string> = new Set(['value', 'normalized value', 'range low', 'range high', 'corrected value']);

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function renderCell(cell: Cell): string {
  if ('number' in cell) return cell.number !== undefined && Number.isFinite(cell.number) ? String(cell.number) : '';
  return quote(neutralizeFormula(cell.text));
}

function row(cells: Cell[]): string {
  return cells.map(renderCell).join(',') + '\r\n';
}

/** Regions as one cell: names, most specific first, joined by the Chinese enumeration comma. */
export const REGION_SEPARATOR = '、';
/** Notes of one claim in one cell, separated by a blank line. */
export const NOTE_SEPARATOR = '\n\n';
export const TAG_SEPARATOR = '; ';

export function* claimsCsvChunks(saved: readonly SavedArticle[], progress?: Progress): Generator<string> {
  const report = throttledProgress(progress, saved.length);
  yield CSV_BOM + row(CSV_COLUMNS.map((text) => ({ text })));
  let done = 0;
  for (const s of saved) {
    const { article } = s;
    const summaries = notesByClaim(s);
    const regions = article.regions.map((r) => r.name).join(REGION_SEPARATOR);
    const lines: string[] = [];
    for (const claim of s.claims) {
      const notes = claimNotes(summaries, claim.id);
      lines.push(
        row([
          { text: article.title }, { text: article.url }, { text: article.date ?? '' }, { text: regions },
          { text: regionOfFigure(claim.sentence, article.regions)?.name ?? '' }, { text: claim.text }, { number: claim.value }, { text: claim.unit }, { number: claim.siValue },
          { text: claim.siUnit }, { text: claim.kind }, { text: claim.approx }, { number: claim.range?.low },
          { number: claim.range?.high }, { text: claim.change ?? '' }, { text: claim.subject }, { text: claim.sentence },
          { text: notes.status }, { number: notes.correctedValue }, { text: notes.notes.join(NOTE_SEPARATOR) },
          { text: notes.tags.join(TAG_SEPARATOR) }, { text: claim.id }, { text: article.id },
        ]),
      );
    }
    if (lines.length > 0) yield lines.join('');
    report(++done);
  }
}
