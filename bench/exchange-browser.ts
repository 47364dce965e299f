/**
 * The page side of the exchange benchmark (bundled by ./exchange.bench.ts and run in Chromium). A helper
 * worker (./exchange-fill.worker.ts) fills a real IndexedDB library through the store API; then the
 * export and the import run exactly as the dashboard runs them: in the dashboard's exchange worker
 * (utils/exchange/exchange.worker.ts, a fresh one for each, as after opening the dashboard), timed from
 * this page: from asking for the export to holding its file, and from handing that file to the import
 * to the last article written.
 */
import { workerJobs } from '../utils/exchange/jobs';

export interface BrowserExchangeFigures {
  fillMs: number;
  exportMs: number;
  exportBytes: number;
  checkMs: number;
  writeMs: number;
  importMs: number;
  restored: { articles: number; claims: number; annotations: number };
  /** The steps of an export and of an import's check, one at a time in a fresh worker, for the breakdown. */
  steps: Record<string, number>;
}

type FillReply = { type: 'filled'; ms: number } | { type: 'steps'; steps: Record<string, number> } | { type: 'counted'; counts: BrowserExchangeFigures['restored'] } | { type: 'failed'; message: string };

/** Runs one request in a fresh helper worker and returns its reply. */
function helper(request: object): Promise<FillReply> {
  const worker = new Worker(new URL('./exchange-fill.worker.js', import.meta.url), { type: 'module' });
  return new Promise<FillReply>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FillReply>) => {
      worker.terminate();
      if (event.data.type === 'failed') reject(new Error(event.data.message));
      else resolve(event.data);
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

async function exchangeBench(articles: number, claimsPerArticle: number): Promise<BrowserExchangeFigures> {
  const source = 'bench-exchange-source';
  const target = 'bench-exchange-target';
  const filled = await helper({ type: 'fill', library: source, articles, claimsPerArticle });
  if (filled.type !== 'filled') throw new Error('fill failed');

  const exporter = workerJobs(source);
  let t = performance.now();
  const exported = await exporter.exportLibrary({ format: 'backup', settings: {} }, () => undefined);
  const exportMs = performance.now() - t;
  exporter.dispose();

  const importer = workerJobs(target);
  t = performance.now();
  const preview = await importer.prepareImport(exported.blob);
  const checkMs = performance.now() - t;
  if (!preview.ok) throw new Error(`the benchmark backup was refused: ${JSON.stringify(preview.refusal)}`);
  const outcome = await importer.applyImport({ restoreSettings: false }, () => undefined);
  const importMs = performance.now() - t;
  importer.dispose();
  if (outcome.notWritten > 0) throw new Error(`import stopped: ${outcome.error?.message}`);

  const counted = await helper({ type: 'count', library: target });
  const steps = await helper({ type: 'steps', library: source, file: exported.blob });
  return {
    fillMs: filled.ms,
    exportMs,
    exportBytes: exported.blob.size,
    checkMs,
    writeMs: importMs - checkMs,
    importMs,
    restored: counted.type === 'counted' ? counted.counts : { articles: 0, claims: 0, annotations: 0 },
    steps: steps.type === 'steps' ? steps.steps : {},
  };
}

(globalThis as unknown as { exchangeBench: typeof exchangeBench }).exchangeBench = exchangeBench;
