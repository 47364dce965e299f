/**
 * Export and import of a generated library of 10,000 articles and 200,000 claims (20,000 notes), in
 * Chromium with its real IndexedDB: Node's fake-indexeddb is tens of times slower than a browser's
 * store and would measure the fake. The page forbids eval, as extension pages do, so zod runs
 * without its JIT exactly as in the dashboard's worker.
 *
 * Both run in the dashboard's exchange worker, a fresh one each, timed from the page as the reader waits:
 * `export_ms_10k`: from asking for the full backup to holding it as a file (Blob): the worker reads the
 * whole library and writes the backup.
 * `import_ms_10k`: from handing that file to the import to its last article written: read, parse,
 * validate, plan against an empty library (the preview), and write it all.
 * Also prints the pure export time of every format from memory (no store), in Node.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../cli/static-server';
import { generateLibrary } from '../tests/fixtures/exchange/sample-library';
import { exportLibrary } from '../utils/exchange/export';
import { readImport } from '../utils/exchange/import/read';
import type { BrowserExchangeFigures } from './exchange-browser';

// EXCHANGE_BENCH_ARTICLES scales the run down for a quick look; the figures are named for 10,000.
const ARTICLES = Number(process.env.EXCHANGE_BENCH_ARTICLES ?? 10_000);
const CLAIMS_PER_ARTICLE = 20;
const here = dirname(fileURLToPath(import.meta.url));

function memoryFigures(log: (line: string) => void): void {
  const library = generateLibrary(ARTICLES, CLAIMS_PER_ARTICLE);
  let backup = '';
  for (const format of ['backup', 'csv', 'web-annotation', 'markdown', 'claim-review'] as const) {
    const t = performance.now();
    const output = exportLibrary({ format, saved: library, settings: {}, now: new Date() });
    log(`${format} from memory (Node): ${Math.round(performance.now() - t)} ms`);
    // The backup's parts are UTF-8 bytes (the other formats' are text).
    if (format === 'backup') backup = Buffer.concat(output.parts.map((part) => Buffer.from(part as Uint8Array))).toString('utf8');
  }
  const t = performance.now();
  const read = readImport(backup);
  log(`backup read + validated (Node): ${Math.round(performance.now() - t)} ms, ${read.ok ? 'accepted' : 'REFUSED'}`);
}

export default async function bench(log: (line: string) => void): Promise<Record<string, number>> {
  memoryFigures(log);
  const bundled = async (file: string) =>
    (await build({ entryPoints: [join(here, file)], bundle: true, format: 'esm', write: false, platform: 'browser', target: 'chrome120' })).outputFiles[0].text;
  // The dashboard's own exchange worker, served where utils/exchange/jobs.ts's workerJobs looks for it.
  const scripts: Record<string, string> = {
    '/exchange-bench.js': await bundled('exchange-browser.ts'),
    '/exchange.worker.ts': await bundled('../utils/exchange/exchange.worker.ts'),
    '/exchange-fill.worker.js': await bundled('exchange-fill.worker.ts'),
  };
  const script = (path: string) => (_req: unknown, res: { writeHead(status: number, headers: object): void; end(body: string): void }) => {
    // A worker takes its CSP from its own response: forbid eval there too, as the extension does.
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'content-security-policy': "script-src 'self'" });
    res.end(scripts[path]);
  };
  const server = await startStaticServer(here, {
    '/exchange-bench.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'self'" });
      res.end('<!doctype html><meta charset="utf-8"><title>exchange bench</title><script type="module" src="/exchange-bench.js"></script>');
    },
    ...Object.fromEntries(Object.keys(scripts).map((path) => [path, script(path)])),
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.goto(server.url('/exchange-bench.html'));
    await page.waitForFunction(() => 'exchangeBench' in globalThis);
    const figures = await page.evaluate(
      ([n, k]) => (globalThis as unknown as { exchangeBench(n: number, k: number): Promise<BrowserExchangeFigures> }).exchangeBench(n, k),
      [ARTICLES, CLAIMS_PER_ARTICLE] as const,
    );
    log(`Chromium: filled ${ARTICLES} articles through saveArticles in ${Math.round(figures.fillMs)} ms`);
    log(`Chromium: export ${Math.round(figures.exportMs)} ms (${(figures.exportBytes / 1e6).toFixed(1)} MB backup)`);
    log(`Chromium: import ${Math.round(figures.importMs)} ms = read + check + plan ${Math.round(figures.checkMs)} ms + write ${Math.round(figures.writeMs)} ms`);
    for (const [step, ms] of Object.entries(figures.steps)) log(`Chromium, on its own: ${step} ${Math.round(ms)} ms`);
    log(`Chromium: restored ${figures.restored.articles} articles, ${figures.restored.claims} claims, ${figures.restored.annotations} notes`);
    return { export_ms_10k: Math.round(figures.exportMs), import_ms_10k: Math.round(figures.importMs) };
  } finally {
    await browser.close();
    await server.close();
  }
}
