/**
 * The page side of the exchange benchmark (bundled by ./exchange.bench.ts and run in Chromium):
 * fills a real IndexedDB library through the store API (saveArticles), then times a full backup export and its
 * import into an empty library, the way the dashboard's worker runs them.
 */
import { generateLibrary } from '../tests/fixtures/exchange/sample-library';
import { openLibrary, readLibrary, saveArticles } from '../utils/store';
import { exportLibrary } from '../utils/exchange/export';
import { readImport } from '../utils/exchange/import/read';
import { applyImport, exportFromLibrary, inExportOrder, prepareImport } from '../utils/exchange/library-io';
import { planMerge } from '../utils/exchange/merge';
import { readSavedArticles } from '../utils/store';

export interface BrowserExchangeFigures {
  fillMs: number;
  readMs: number;
  exportMs: number;
  exportBytes: number;
  checkMs: number;
  writeMs: number;
  importMs: number;
  restored: { articles: number; claims: number; annotations: number };
  /** The same steps again, one at a time, for the breakdown. */
  steps: Record<string, number>;
}

/** Times each step of an export and of an import's check on their own, after the measured runs. */
async function stepTimes(source: Awaited<ReturnType<typeof openLibrary>>, blob: Blob): Promise<Record<string, number>> {
  const steps: Record<string, number> = {};
  const time = async <T>(name: string, step: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const result = await step();
    steps[name] = performance.now() - t;
    return result;
  };
  const saved = await time('export: readSavedArticles', () => readSavedArticles(source));
  await time('export: order', () => inExportOrder(saved));
  const output = await time('export: backup text', () => exportLibrary({ format: 'backup', saved, settings: {}, now: new Date() }));
  await time('export: Blob', () => new Blob(output.parts as BlobPart[]));
  const text = await time('import: file text', () => blob.text());
  const read = await time('import: parse + validate', () => readImport(text, blob.size));
  if (read.ok) await time('import: plan', () => planMerge(read.bundle, { articles: [], claims: [], annotations: [] }));
  return steps;
}

async function exchangeBench(articles: number, claimsPerArticle: number): Promise<BrowserExchangeFigures> {
  const library = generateLibrary(articles, claimsPerArticle);
  const source = await openLibrary('bench-exchange-source');
  let t = performance.now();
  const filled = await saveArticles(source, library);
  if (filled.error) throw filled.error;
  const fillMs = performance.now() - t;

  // The store read alone, for the breakdown of the export.
  t = performance.now();
  await readLibrary(source);
  const readMs = performance.now() - t;

  t = performance.now();
  const output = await exportFromLibrary(source, { format: 'backup', settings: {} });
  const blob = new Blob(output.parts as BlobPart[], { type: output.mediaType });
  const exportMs = performance.now() - t;

  const target = await openLibrary('bench-exchange-target');
  t = performance.now();
  const prepared = await prepareImport(target, blob);
  const checkMs = performance.now() - t;
  if (!prepared.ok) throw new Error(`the benchmark backup was refused: ${JSON.stringify(prepared.refusal)}`);
  const outcome = await applyImport(target, prepared.plan);
  const importMs = performance.now() - t;
  if (outcome.notWritten > 0) throw new Error(`import stopped: ${String(outcome.error)}`);
  const restored = await readLibrary(target);
  const steps = await stepTimes(source, blob);
  return {
    steps,
    fillMs,
    readMs,
    exportMs,
    exportBytes: blob.size,
    checkMs,
    writeMs: importMs - checkMs,
    importMs,
    restored: { articles: restored.articles.length, claims: restored.claims.length, annotations: restored.annotations.length },
  };
}

(globalThis as unknown as { exchangeBench: typeof exchangeBench }).exchangeBench = exchangeBench;
