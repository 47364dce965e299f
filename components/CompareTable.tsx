/**
 * The figures of one metric as a table: region, date, article, subject, the figure as written and
 * its value on one scale. Sortable by each column (buttons in the headers, aria-sort on the active
 * one); rows whose figure disagrees with another article's are marked for fact-checkers, and a figure
 * the headline repeats says so (it is one row, see buildComparisonIndex).
 */
import { ArrowDown, ArrowUp, ArrowUpDown, TriangleAlert } from 'lucide';
import { useMemo, useState } from 'preact/hooks';
import { sortRows, type Comparison, type SortDirection, type SortKey } from '../utils/comparison/compare';
import { currentLocale, formatNumber } from '../utils/i18n';
import { articleTitle, s } from './dashboard-strings';
import { Icon } from './Icon';

interface Props {
  comparison: Comparison;
  onOpenArticle(id: string): void;
}

/** Rows drawn at most; the chart and counts still use every row. */
const MAX_ROWS = 500;

export function CompareTable({ comparison, onOpenArticle }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'region', direction: 'asc' });
  const rows = useMemo(
    () => (sort.key === 'region' && sort.direction === 'asc' ? comparison.rows : sortRows(comparison.rows, sort.key, sort.direction)),
    [comparison, sort],
  );
  const zh = currentLocale() === 'zh-CN';
  const unitName = zh ? comparison.unit.zh : comparison.unit.en;
  const columns: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
    { key: 'region', label: s('colRegion') },
    { key: 'date', label: s('colDate') },
    { key: 'article', label: s('colArticle') },
    { key: 'subject', label: s('colSubject') },
    { key: 'value', label: s('colNormalized', unitName), numeric: true },
  ];
  const header = (column: (typeof columns)[number]) => {
    const active = sort.key === column.key;
    const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
    return (
      <th scope="col" aria-sort={ariaSort} class={column.numeric ? 'numeric' : undefined} key={column.key}>
        <button
          type="button"
          class="sort-button"
          aria-label={s('sortBy', column.label)}
          onClick={() => setSort({ key: column.key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
        >
          {column.label} <Icon icon={active ? (sort.direction === 'asc' ? ArrowUp : ArrowDown) : ArrowUpDown} size={14} />
        </button>
      </th>
    );
  };

  return (
    <table class="compare-table">
      <caption class="visually-hidden">{comparison.metric.words || s(`compareTitle`)}</caption>
      <thead>
        <tr>
          {columns.slice(0, 4).map(header)}
          <th scope="col">{s('colOriginal')}</th>
          {header(columns[4])}
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, MAX_ROWS).map((row) => {
          const conflict = comparison.conflicting.has(row.claim.id);
          const lang = row.article.language === 'zh' ? 'zh-CN' : 'en';
          return (
            <tr key={row.claim.id} class={conflict ? 'conflict' : undefined} data-claim-id={row.claim.id}>
              <td>{row.region?.name ?? s('unknownRegion')}</td>
              <td>{row.date ?? '—'}</td>
              <td lang={lang}>
                <a
                  href={`#article=${encodeURIComponent(row.article.id)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenArticle(row.article.id);
                  }}
                >
                  {articleTitle(row.article)}
                </a>
              </td>
              <td lang={lang}>{row.claim.subject}</td>
              <td lang={lang} title={row.claim.sentence}>
                {row.claim.text}
                {row.alsoInHeadline ? <span class="muted"> · {s('alsoInHeadline')}</span> : null}
              </td>
              <td class="numeric">
                {conflict ? <Icon icon={TriangleAlert} label={s('conflict')} class="conflict-icon" /> : null}{' '}
                {formatNumber(row.value / comparison.unit.factor, { maximumFractionDigits: 2 })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
