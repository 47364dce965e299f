/**
 * The library at scale: 10,000 generated articles with 200,000 claims (tests/unit/support/
 * generate-library.ts). Runs in Node: IndexedDB is fake-indexeddb here, so store timings are only
 * indicative of Chromium's; search and comparison are the dashboard's in-memory structures and run
 * the same code the dashboard runs.
 *
 * Figures: compare_query_ms_10k and search_ms_10k (median over varied queries; targets ≤ 100 ms),
 * plus the one-off cost the dashboard pays after loading (index build) and for metric suggestions.
 */
import 'fake-indexeddb/auto';
import { buildComparisonIndex, compareMetric, suggestMetrics, type Metric } from '../utils/comparison/compare';
import { buildSearchIndex, searchLibrary } from '../utils/search/library-search';
import { openLibrary, readLibrary, saveArticle } from '../utils/store/library';
import type { SavedArticle } from '../utils/store/types';
import { generateLibrary } from '../tests/unit/support/generate-library';

const ARTICLES = 10_000;
const CLAIMS_PER_ARTICLE = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Wall-clock ms of one run, and the process CPU ms it used. The shared bench machine is often
 * oversubscribed (load 5–10 on 2 cores), which inflates wall time; CPU time is the work itself.
 */
const cpuTimes: Record<string, number[]> = {};
function time<T>(run: () => T, label?: string): [number, T] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (label) (cpuTimes[label] ??= []).push((used.user + used.system) / 1000);
  return [wall, result];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export default async function bench(log: (line: string) => void): Promise<Record<string, number>> {
  const library = generateLibrary(ARTICLES, CLAIMS_PER_ARTICLE);
  log(`generated ${library.articles.length} articles, ${library.claims.length} claims, ${library.annotations.length} notes`);

  const [searchBuild, searchIndex] = time(() => buildSearchIndex(library));
  const [compareBuild, compareIndex] = time(() => buildComparisonIndex(library));
  log(`index build: search ${searchBuild.toFixed(0)} ms, comparison ${compareBuild.toFixed(0)} ms`);

  const queries: Array<[string, object]> = [
    ['工业用地', {}],
    ['亩均税收', {}],
    ['临安 总投资', {}],
    ['统计公报', {}],
    ['标准厂房', { regionCode: '330000' }],
    ['小微企业园', { dateFrom: '2023-01-01', dateTo: '2023-12-31' }],
    ['', { regionCode: '330100', kind: 'money' }],
    ['昆山', { status: 'disputed' }],
    ['竹', {}],
  ];
  const searchTimes: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const [query, filter] of queries) {
      const [ms, hits] = time(() => searchLibrary(searchIndex, query, filter), 'search');
      searchTimes.push(ms);
      if (round === 0) log(`search "${query}" ${JSON.stringify(filter)}: ${hits.length} articles in ${ms.toFixed(1)} ms`);
    }
  }

  const metrics: Metric[] = [
    { kind: 'area', family: 'm2', words: '工业用地出让' },
    { kind: 'money', family: 'CNY', words: '亩均税收' },
    { kind: 'money', family: 'CNY', words: '总投资' },
    { kind: 'count', family: 'count', words: '项目数' },
    { kind: 'area', family: 'm2', words: '' },
  ];
  const compareTimes: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const metric of metrics) {
      const [ms, comparison] = time(() => compareMetric(compareIndex, metric), 'compare');
      compareTimes.push(ms);
      if (round === 0) log(`compare ${metric.kind}·${metric.words || '(all)'}: ${comparison.rows.length} rows, ${comparison.conflicts.length} conflicting regions in ${ms.toFixed(1)} ms`);
    }
  }
  const [suggestMs, suggestions] = time(() => suggestMetrics(compareIndex));
  log(`suggested ${suggestions.length} metrics in ${suggestMs.toFixed(0)} ms: ${suggestions.slice(0, 5).map((s) => s.metric.words).join(', ')}`);

  // The store itself, on a tenth of the library (fake-indexeddb is far slower than a browser's).
  const db = await openLibrary(`bench-${Date.now()}`);
  const sample = 1000;
  const claimsOf = new Map<string, SavedArticle['claims']>();
  for (const claim of library.claims) (claimsOf.get(claim.articleId) ?? claimsOf.set(claim.articleId, []).get(claim.articleId)!).push(claim);
  const saveStart = performance.now();
  for (const article of library.articles.slice(0, sample)) {
    await saveArticle(db, { article, claims: claimsOf.get(article.id) ?? [], annotations: [] });
  }
  const saveMs = (performance.now() - saveStart) / sample;
  const readStart = performance.now();
  await readLibrary(db);
  const readMs = performance.now() - readStart;
  log(`fake-indexeddb, ${sample} articles: save ${saveMs.toFixed(1)} ms/article, read all ${readMs.toFixed(0)} ms`);
  db.close();

  return {
    search_ms_10k: round(median(searchTimes)),
    search_max_ms_10k: round(Math.max(...searchTimes)),
    compare_query_ms_10k: round(median(compareTimes)),
    compare_query_max_ms_10k: round(Math.max(...compareTimes)),
    search_cpu_ms_10k: round(median(cpuTimes.search)),
    compare_query_cpu_ms_10k: round(median(cpuTimes.compare)),
    library_index_build_ms_10k: round(searchBuild + compareBuild),
    suggest_metrics_ms_10k: round(suggestMs),
    store_save_ms_per_article_fake_idb: round(saveMs),
  };
}
