/**
 * The command line's three output formats over the same analysis: JSON (the contract of
 * ../shared/spec/claims.md), an aligned table for people, and CSV (RFC 4180, one row per claim).
 */
import Papa from 'papaparse';
import type { AnalysisResult, ArticleAnalysis } from '../utils/articles/types';

export type Format = 'json' | 'table' | 'csv';
export const FORMATS: readonly Format[] = ['json', 'table', 'csv'];

export function formatJson(result: AnalysisResult): string {
  return JSON.stringify(result, null, 2);
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Table cells are one line: long subjects are cut with an ellipsis. */
function cell(text: string, max = 24): string {
  const flat = text.replace(/\s+/g, ' ');
  let out = '';
  for (const ch of flat) {
    if (displayWidth(out + ch) > max - 1) return `${out}…`;
    out += ch;
  }
  return out;
}

function regionsLine(article: ArticleAnalysis): string {
  if (article.regions.length === 0) return 'none found';
  return article.regions.map((r) => `${r.name} ${r.code} (${r.path.join('/')})`).join('; ');
}

export function formatTable(result: AnalysisResult): string {
  if (result.articles.length === 0) return 'No articles found.';
  const blocks = result.articles.map((article, i) => {
    const header = [
      `Article ${i + 1}: ${article.title || '(untitled)'}`,
      `  span ${article.start}–${article.end} · ${article.language} · relevance ${article.relevance.toFixed(2)} · ` +
        `regional development: ${article.isRegionalDevelopment ? 'yes' : 'no'}`,
      ...(article.byline ? [`  byline: ${article.byline}`] : []),
      ...(article.date || article.source ? [`  ${[article.date, article.source].filter(Boolean).join(' · ')}`] : []),
      `  regions: ${regionsLine(article)}`,
    ];
    if (article.claims.length === 0) return [...header, '  claims: none'].join('\n');
    const rows = [
      ['start', 'end', 'text', 'value', 'unit', 'kind', 'approx', 'subject'],
      ...article.claims.map((c) => [
        String(c.start),
        String(c.end),
        cell(c.text, 16),
        String(c.range ? `${c.range.low}–${c.range.high}` : c.value),
        c.unit,
        c.kind,
        c.approx,
        cell(c.subject, 30),
      ]),
    ];
    const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => displayWidth(r[col]))));
    const lines = rows.map((r) => `  ${r.map((v, col) => pad(v, widths[col])).join('  ').trimEnd()}`);
    lines.splice(1, 0, `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
    return [...header, `  claims: ${article.claims.length}`, ...lines].join('\n');
  });
  return blocks.join('\n\n');
}

const CSV_COLUMNS = [
  'article', 'title', 'language', 'relevance', 'isRegionalDevelopment', 'regions', 'start', 'end', 'text', 'value',
  'unit', 'kind', 'approx', 'siValue', 'siUnit', 'change', 'rangeLow', 'rangeHigh', 'subject', 'sentence',
] as const;

/** One row per claim; an article without claims still gets a row, so every article is listed. */
export function formatCsv(result: AnalysisResult): string {
  const rows: Array<Record<(typeof CSV_COLUMNS)[number], string | number>> = [];
  result.articles.forEach((article, i) => {
    const base = {
      article: i + 1,
      title: article.title,
      language: article.language,
      relevance: article.relevance,
      isRegionalDevelopment: String(article.isRegionalDevelopment),
      regions: article.regions.map((r) => `${r.name} ${r.code}`).join('; '),
    };
    const empty = { start: '', end: '', text: '', value: '', unit: '', kind: '', approx: '', siValue: '', siUnit: '' };
    if (article.claims.length === 0)
      rows.push({ ...base, ...empty, change: '', rangeLow: '', rangeHigh: '', subject: '', sentence: '' });
    for (const c of article.claims)
      rows.push({
        ...base,
        start: c.start,
        end: c.end,
        text: c.text,
        value: c.value,
        unit: c.unit,
        kind: c.kind,
        approx: c.approx,
        siValue: c.siValue,
        siUnit: c.siUnit,
        change: c.change ?? '',
        rangeLow: c.range?.low ?? '',
        rangeHigh: c.range?.high ?? '',
        subject: c.subject,
        sentence: c.sentence,
      });
  });
  const table = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((k) => r[k])) }, { newline: '\r\n' });
  return `${table}\r\n`;
}

export function format(result: AnalysisResult, as: Format): string {
  if (as === 'table') return formatTable(result);
  if (as === 'csv') return formatCsv(result);
  return formatJson(result);
}
