/**
 * Comparison of saved figures. A metric is a kind and unit family plus subject words (area ·
 * 工业用地出让, money · 亩均税收); comparing it gathers every claim that measures it, across articles,
 * regions and dates, with values on one scale so 1000亩 and 66.7公顷 sit side by side.
 *
 * The dashboard builds a ComparisonIndex once from the loaded library; claims are grouped by kind
 * and family and, within that, by distinct subject, so a query judges each subject once rather than
 * each of 200,000 claims.
 */
import { regionOfFigure } from '../articles/figure-region';
import type { Region } from '../articles/types';
import type { ClaimKind } from '../quantities/types';
import type { LibrarySnapshot } from '../store/library';
import type { ArticleRecord, ClaimRecord } from '../store/types';
import { bigrams, dice, SAME_SUBJECT, subjectMatches } from './similarity';
import { baseValue, chooseDisplayUnit, unitFamily, type DisplayUnit } from './units';

export interface Metric {
  kind: ClaimKind;
  family: string;
  /** Subject words; empty compares every figure of the kind and family. */
  words: string;
}

export interface CompareRow {
  claim: ClaimRecord;
  article: ArticleRecord;
  /** The region the figure is about: one the sentence names, else the article's most specific. */
  region?: Region;
  date?: string;
  /** Value in the family's base unit (m², yuan, ...). */
  value: number;
  /** Rank in the index by region, date and value: the default order, as one number to sort by. */
  order: number;
  /** Region and year: figures in one bucket should agree (see findConflicts). */
  bucket: string;
  /** The article's headline gives the same figure; that repeat is not a row of its own (see headlineRepeats). */
  alsoInHeadline?: boolean;
}

export interface Comparison {
  metric: Metric;
  rows: CompareRow[];
  unit: DisplayUnit;
  /** Groups of rows that disagree, for fact-checkers. */
  conflicts: Conflict[];
  /** Claim ids of the rows in any conflict: another article gives a different figure for the same region, subject and year. */
  conflicting: Set<string>;
}

export interface Conflict {
  region: Region;
  /** Year of publication; undefined for undated figures. */
  year?: string;
  rows: CompareRow[];
}

interface SubjectGroup {
  grams: Set<string>;
  /** Rows are built once, when the index is, and shared by every comparison that includes them. */
  entries: CompareRow[];
}

export interface ComparisonIndex {
  /** `${kind}|${family}` → subject → claims */
  groups: Map<string, Map<string, SubjectGroup>>;
}

const groupKey = (kind: string, family: string) => `${kind}|${family}`;

export function buildComparisonIndex(library: LibrarySnapshot): ComparisonIndex {
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const groups = new Map<string, Map<string, SubjectGroup>>();
  const all: CompareRow[] = [];
  const headline = headlineRepeats(library.claims, articles);
  for (const claim of library.claims) {
    const article = articles.get(claim.articleId);
    if (!article || claim.dismissed || headline.folded.has(claim)) continue;
    const key = groupKey(claim.kind, unitFamily(claim.unit));
    let subjects = groups.get(key);
    if (!subjects) groups.set(key, (subjects = new Map()));
    let group = subjects.get(claim.subject);
    if (!group) subjects.set(claim.subject, (group = { grams: bigrams(claim.subject), entries: [] }));
    const region = regionOfFigure(claim.sentence, article.regions);
    const row: CompareRow = { claim, article, value: baseValue(claim.value, claim.unit), order: 0, bucket: '' };
    if (region) {
      row.region = region;
      if (!claim.change) row.bucket = `${region.code}|${article.date?.slice(0, 4) ?? ''}`;
    }
    if (article.date) row.date = article.date;
    if (headline.repeated.has(claim)) row.alsoInHeadline = true;
    group.entries.push(row);
    all.push(row);
  }
  sortRows(all, 'region', 'asc').forEach((row, i) => (row.order = i));
  return { groups };
}

export function compareMetric(index: ComparisonIndex, metric: Metric): Comparison {
  const words = bigrams(metric.words);
  const rows: CompareRow[] = [];
  for (const group of index.groups.get(groupKey(metric.kind, metric.family))?.values() ?? []) {
    if (!subjectMatches(group.grams, words)) continue;
    for (const row of group.entries) rows.push(row);
  }
  const conflicts = findConflicts(rows);
  return {
    metric,
    rows: rows.sort((a, b) => a.order - b.order),
    unit: chooseDisplayUnit(metric.family, rows.map((r) => r.value)),
    conflicts,
    conflicting: new Set(conflicts.flatMap((c) => c.rows.map((r) => r.claim.id))),
  };
}

/**
 * News headlines repeat the lead figure of the body (射洪签约项目总投资42.3亿元 … 总投资42.3亿元). Both
 * are claims of the article, but in a comparison the pair is one figure: counted twice it would
 * crowd the table and weigh double. A headline claim is folded into the body claims of the same
 * article that give the same figure (kind, unit family, value on one scale, range, change); those are marked
 * `repeated`. The headline is the article text's first line when it holds the article's title.
 */
function headlineRepeats(claims: readonly ClaimRecord[], articles: ReadonlyMap<string, ArticleRecord>) {
  const folded = new Set<ClaimRecord>();
  const repeated = new Set<ClaimRecord>();
  const headlineEnds = new Map<string, number>();
  const headlineEnd = (article: ArticleRecord): number => {
    let end = headlineEnds.get(article.id);
    if (end === undefined) {
      const lineEnd = article.text.indexOf('\n');
      const firstLine = lineEnd < 0 ? '' : article.text.slice(0, lineEnd).trim();
      end = firstLine && (firstLine.includes(article.title) || article.title.includes(firstLine)) ? lineEnd : 0;
      headlineEnds.set(article.id, end);
    }
    return end;
  };
  const figure = (claim: ClaimRecord) =>
    `${claim.articleId}|${claim.kind}|${unitFamily(claim.unit)}|${baseValue(claim.value, claim.unit)}|${claim.range?.high ?? ''}|${claim.change ?? ''}`;
  const inHeadline = new Map<string, ClaimRecord[]>();
  // Only articles with a figure in their headline can repeat one.
  const withHeadlineFigures = new Set<string>();
  const live = (claim: ClaimRecord) => !claim.dismissed && articles.has(claim.articleId);
  for (const claim of claims) {
    if (!live(claim) || claim.start >= headlineEnd(articles.get(claim.articleId)!)) continue;
    const key = figure(claim);
    const heads = inHeadline.get(key);
    if (heads) heads.push(claim);
    else inHeadline.set(key, [claim]);
    withHeadlineFigures.add(claim.articleId);
  }
  if (inHeadline.size === 0) return { folded, repeated };
  for (const claim of claims) {
    if (!withHeadlineFigures.has(claim.articleId) || !live(claim) || claim.start < headlineEnd(articles.get(claim.articleId)!)) continue;
    const heads = inHeadline.get(figure(claim));
    if (!heads) continue;
    repeated.add(claim);
    for (const head of heads) folded.add(head);
  }
  return { folded, repeated };
}

const collator = new Intl.Collator('zh');

/** Region codes and ISO dates sort as plain strings. */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type SortKey = 'region' | 'date' | 'value' | 'article' | 'subject';
export type SortDirection = 'asc' | 'desc';

export function sortRows(rows: CompareRow[], key: SortKey, direction: SortDirection): CompareRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const primary = (a: CompareRow, b: CompareRow): number => {
    switch (key) {
      case 'region':
        return compareCodes(a.region?.code ?? '', b.region?.code ?? '');
      case 'date':
        return compareCodes(a.date ?? '', b.date ?? '');
      case 'article':
        return collator.compare(a.article.title, b.article.title);
      case 'subject':
        return collator.compare(a.claim.subject, b.claim.subject);
      case 'value':
        return a.value - b.value;
    }
  };
  // Ties fall back to date then value, so equal regions read chronologically.
  return [...rows].sort((a, b) => sign * primary(a, b) || compareCodes(a.date ?? '', b.date ?? '') || a.value - b.value);
}

/**
 * Flags figures that disagree: same region, same year of publication (undated figures only with
 * each other), different articles, values apart by more than rounding (0.5%), or by more than 10%
 * when either is approximate (约, 超, 不到). Changes (增长60%) are not levels and are left out.
 *
 * Each bucket is sorted by value, so a row only needs checking against the lowest and highest
 * figure of another article: linear after the sort, however many rows a popular metric has.
 */
function findConflicts(rows: CompareRow[]): Conflict[] {
  const buckets = new Map<string, CompareRow[]>();
  for (const row of rows) {
    if (!row.bucket) continue;
    const list = buckets.get(row.bucket);
    if (list) list.push(row);
    else buckets.set(row.bucket, [row]);
  }
  const conflicts: Conflict[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    bucket.sort((a, b) => a.value - b.value);
    const flagged: CompareRow[] = [];
    for (const row of bucket) {
      const low = bucket.find((other) => other.article.id !== row.article.id);
      const high = findLast(bucket, (other) => other.article.id !== row.article.id);
      if ((low && !agree(row, low)) || (high && !agree(row, high))) flagged.push(row);
    }
    if (flagged.length) conflicts.push({ region: bucket[0].region!, year: bucket[0].date?.slice(0, 4), rows: flagged });
  }
  return conflicts;
}

function findLast<T>(items: T[], accept: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (accept(items[i])) return items[i];
  return undefined;
}

function agree(a: CompareRow, b: CompareRow): boolean {
  const tolerance = a.claim.approx === 'exact' && b.claim.approx === 'exact' ? 0.005 : 0.1;
  return Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}

export interface MetricSuggestion {
  metric: Metric;
  claims: number;
  articles: number;
  /** Subjects grouped under this metric, most frequent first. */
  subjects: string[];
}

/**
 * Metrics worth comparing: subjects within one kind and family, grouped by bigram similarity, that
 * occur in at least two articles. Most widely reported first.
 */
export function suggestMetrics(index: ComparisonIndex, limit = 12): MetricSuggestion[] {
  // Only the most frequent subjects of each family are clustered; rare one-off phrasings seldom
  // make a metric and would make clustering quadratic in the library size.
  const perFamily = 400;
  const suggestions: MetricSuggestion[] = [];
  for (const [key, subjects] of index.groups) {
    const [kind, family] = key.split('|') as [ClaimKind, string];
    const ranked = [...subjects.entries()].sort((a, b) => b[1].entries.length - a[1].entries.length).slice(0, perFamily);
    const clusters: Array<{ lead: SubjectGroup; subjects: string[]; groups: SubjectGroup[] }> = [];
    for (const [subject, group] of ranked) {
      if (group.grams.size === 0) continue;
      const home = clusters.find((c) => dice(c.lead.grams, group.grams) >= SAME_SUBJECT || subjectMatches(group.grams, c.lead.grams));
      if (home) {
        home.subjects.push(subject);
        home.groups.push(group);
      } else clusters.push({ lead: group, subjects: [subject], groups: [group] });
    }
    for (const cluster of clusters) {
      const entries = cluster.groups.flatMap((g) => g.entries);
      const articles = new Set(entries.map((e) => e.article.id)).size;
      if (articles < 2) continue;
      suggestions.push({ metric: { kind, family, words: cluster.subjects[0] }, claims: entries.length, articles, subjects: cluster.subjects });
    }
  }
  return suggestions.sort((a, b) => b.articles - a.articles || b.claims - a.claims).slice(0, limit);
}

export interface ChartData {
  /** One bar per region: its latest figure (by article date). */
  bars: Array<{ region: string; value: number }>;
  /** Dated figures as points, one series per region. */
  points: Array<{ region: string; data: Array<{ x: string; y: number }> }>;
}

/** What the chart draws, in the comparison's display unit. */
export function chartData(comparison: Comparison, regionLabel: (r: Region | undefined) => string): ChartData {
  const scale = (v: number) => v / comparison.unit.factor;
  const latest = new Map<string, CompareRow>();
  const series = new Map<string, Array<{ x: string; y: number }>>();
  for (const row of sortRows(comparison.rows, 'date', 'asc')) {
    const label = regionLabel(row.region);
    latest.set(label, row);
    if (row.date) {
      const list = series.get(label) ?? [];
      list.push({ x: row.date, y: scale(row.value) });
      series.set(label, list);
    }
  }
  return {
    bars: [...latest.entries()].map(([region, row]) => ({ region, value: scale(row.value) })),
    points: [...series.entries()].map(([region, data]) => ({ region, data })),
  };
}
