/**
 * Export and import of a generated library of 10,000 articles and 200,000 claims (20,000 notes).
 * `export_ms_10k`: reading the library and writing the full backup. `import_ms_10k`: reading,
 * checking and planning that backup against an empty library and writing it through the store.
 * The store is fake-indexeddb in Node; IndexedDB in Chromium is faster for bulk writes.
 */
import 'fake-indexeddb/auto';
import { generateLibrary } from '../tests/fixtures/exchange/sample-library';
import { openLibrary, readLibrary, saveArticle } from '../utils/store';
import { applyImport, exportFromLibrary, prepareImport } from '../utils/exchange/library-io';
import { exportLibrary } from '../utils/exchange/export';

export default async function bench(log: (line: string) => void): Promise<Record<string, number>> {
  const library = generateLibrary(10_000, 20);
  const source = await openLibrary('bench-exchange-source');
  let t = performance.now();
  for (const saved of library) await saveArticle(source, saved);
  log(`filled the library through saveArticle in ${Math.round(performance.now() - t)} ms`);

  t = performance.now();
  const output = await exportFromLibrary(source, { format: 'backup', settings: {} });
  const exportMs = performance.now() - t;
  const text = output.parts.join('');
  log(`export: ${output.articles} articles, ${(text.length / 1e6).toFixed(1)} M chars in ${Math.round(exportMs)} ms`);

  for (const format of ['csv', 'web-annotation', 'markdown', 'claim-review'] as const) {
    t = performance.now();
    exportLibrary({ format, saved: library, settings: {}, now: new Date() });
    log(`  ${format} from memory: ${Math.round(performance.now() - t)} ms`);
  }

  const target = await openLibrary('bench-exchange-target');
  t = performance.now();
  const prepared = await prepareImport(target, text);
  const prepareMs = performance.now() - t;
  if (!prepared.ok) throw new Error(`the benchmark backup was refused: ${JSON.stringify(prepared.refusal)}`);
  const outcome = await applyImport(target, prepared.plan);
  const importMs = performance.now() - t;
  log(`import: read + check + plan ${Math.round(prepareMs)} ms, write ${outcome.written} articles ${Math.round(importMs - prepareMs)} ms, total ${Math.round(importMs)} ms`);
  const restored = await readLibrary(target);
  log(`restored ${restored.articles.length} articles, ${restored.claims.length} claims, ${restored.annotations.length} notes`);
  source.close();
  target.close();
  return { export_ms_10k: Math.round(exportMs), import_ms_10k: Math.round(importMs) };
}
