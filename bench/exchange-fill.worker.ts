/**
 * The exchange benchmark's helper worker (see ./exchange-browser.ts): fills a library with a generated
 * one, counts a library, or times the steps of an export and an import's check one at a time. A worker
 * of its own, so the page and the measured workers never hold the generated library in their heaps.
 */
import { generateLibrary } from '../tests/fixtures/exchange/sample-library';
import { openLibrary, readLibrary, readSavedLines, saveArticles, type LibraryDB } from '../utils/store';
import { exportBackupLines } from '../utils/exchange/export';
import { readImportBytes } from '../utils/exchange/import/read';
import { planMerge } from '../utils/exchange/merge';
import { articleContents } from '../utils/store/keys';
import { savedLine } from '../utils/store/lines';

type Request =
  | { type: 'fill'; library: string; articles: number; claimsPerArticle: number }
  | { type: 'count'; library: string }
  | { type: 'steps'; library: string; file: Blob };

async function stepTimes(db: LibraryDB, file: Blob): Promise<Record<string, number>> {
  const steps: Record<string, number> = {};
  const time = async <T>(name: string, step: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const result = await step();
    steps[name] = performance.now() - t;
    return result;
  };
  const lines = await time('export: readSavedLines', () => readSavedLines(db));
  const output = await time('export: backup parts', () => exportBackupLines(lines, { settings: {}, now: new Date() }));
  await time('export: Blob', () => new Blob(output.parts as BlobPart[]));
  const bytes = await time('import: file bytes', async () => new Uint8Array(await file.arrayBuffer()));
  const read = await time('import: decode + parse + validate', () => readImportBytes(bytes));
  if (!read.ok) return steps;
  const plan = await time('import: plan', () => planMerge(read.bundle, { articles: [], claims: [], annotations: [] }));
  // What writing adds before IndexedDB: each merged article as the line its shelf keeps.
  await time('import: lines to write', () => plan.writes.map((saved) => savedLine(articleContents(saved.article, saved.claims, saved.annotations))));
  return steps;
}

async function handle(request: Request): Promise<object> {
  const db = await openLibrary(request.library);
  try {
    switch (request.type) {
      case 'fill': {
        const library = generateLibrary(request.articles, request.claimsPerArticle);
        const t = performance.now();
        const filled = await saveArticles(db, library);
        if (filled.error) throw filled.error;
        return { type: 'filled', ms: performance.now() - t };
      }
      case 'count': {
        const { articles, claims, annotations } = await readLibrary(db);
        return { type: 'counted', counts: { articles: articles.length, claims: claims.length, annotations: annotations.length } };
      }
      case 'steps':
        return { type: 'steps', steps: await stepTimes(db, request.file) };
    }
  } finally {
    db.close();
  }
}

self.onmessage = (event: MessageEvent<Request>) => {
  handle(event.data).then(
    (reply) => self.postMessage(reply),
    (error: unknown) => self.postMessage({ type: 'failed', message: String(error) }),
  );
};
