/** What an import would do, before anything is written: totals per record kind, notices, and the articles it touches. */
import type { RecordCounts } from '../utils/exchange/merge';
import type { PlanPreview } from '../utils/exchange/jobs';
import type { ExchangeStrings } from './exchange-strings';

/** The table lists this many articles; the totals above it count all of them. */
const ROWS_SHOWN = 100;

function counts(c: RecordCounts): string {
  return `${c.added} / ${c.updated} / ${c.keptLocal}`;
}

export function ImportPreview({ preview, strings }: { preview: PlanPreview; strings: ExchangeStrings }) {
  const kinds: Array<[string, RecordCounts]> = [
    [strings.articles, preview.articles],
    [strings.claims, preview.claims],
    [strings.notes, preview.notes],
  ];
  const columns: Array<[keyof RecordCounts, string]> = [
    ['added', strings.added],
    ['duplicates', strings.duplicates],
    ['updated', strings.updated],
    ['keptLocal', strings.keptLocal],
  ];
  const { pageNotes, replies } = preview.skipped;
  return (
    <div class="exchange-preview">
      <p>{strings.fileKind(strings.kinds[preview.kind])}</p>
      <table class="exchange-table">
        <caption>{strings.summaryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.recordKind}</th>
            {columns.map(([key, label]) => (
              <th key={key} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map(([label, c]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {columns.map(([key]) => (
                <td key={key} class="exchange-number">
                  {c[key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.placeholders > 0 && <p>{strings.placeholders(preview.placeholders)}</p>}
      {preview.detachedNotes > 0 && <p>{strings.detached(preview.detachedNotes)}</p>}
      {pageNotes + replies > 0 && <p>{strings.skipped(pageNotes, replies)}</p>}
      {preview.rows.length > 0 && (
        <div class="exchange-scroll">
          <table class="exchange-table">
            <caption>{strings.rowsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.rowTitle}</th>
                <th scope="col">{strings.rowChange}</th>
                <th scope="col">{strings.rowClaims}</th>
                <th scope="col">{strings.rowNotes}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, ROWS_SHOWN).map((row) => (
                <tr key={row.articleId}>
                  <th scope="row">
                    <span class="exchange-title">{row.title}</span>
                    {row.placeholder && ` ${strings.placeholderTag}`}
                    <br />
                    <small class="exchange-url">{row.url}</small>
                  </th>
                  <td>{strings.changes[row.change]}</td>
                  <td class="exchange-number">{counts(row.claims)}</td>
                  <td class="exchange-number">{counts(row.notes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.rows.length > ROWS_SHOWN && <p>{strings.moreRows(preview.rows.length - ROWS_SHOWN)}</p>}
        </div>
      )}
    </div>
  );
}
