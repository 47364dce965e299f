/**
 * Export from and import into the library through its public API (utils/store). Used by the
 * dashboard's worker, its same-thread fallback, the CLI and the tests alike.
 *
 * An import writes through the store's `saveArticles`: a few hundred articles (with their claims and
 * notes) per transaction, each merged with what is stored as a single save would be. A batch is
 * all-or-nothing, so no article is ever half-written; if the disk fills midway, the batches written
 * so far stay (they are complete, and nothing stored was replaced by anything older), the rest is
 * reported as not written, and running the same import again completes it because an import is
 * idempotent.
 */
import { readLibrary, readSavedArticles, readSavedLines, saveArticles, type LibraryDB } from '../store';
import type { CompactSavedArticle, SavedArticle } from '../store/types';
import { exportBackupLines, exportLibrary, type ExportOutput, type Progress } from './export';
import type { ExchangeSettings, ExportFormat } from './formats';
import { readImport, readImportBytes, refuseOversizedFile } from './import/read';
import { planMerge, type MergePlan } from './merge';
import type { ImportRefusal } from './problems';

/**
 * Saved articles in export order, oldest saved first, with claims in text order and notes in the
 * order they were made; `articleIds` limits them to a filter or selection. Sorts in place.
 */
export function inExportOrder<T extends CompactSavedArticle>(saved: T[], articleIds?: readonly string[]): T[] {
  const wanted = articleIds ? new Set(articleIds) : undefined;
  const chosen = wanted ? saved.filter((s) => wanted.has(s.article.id)) : saved;
  chosen.sort((a, b) => a.article.savedAt - b.article.savedAt || a.article.id.localeCompare(b.article.id));
  for (const s of chosen) {
    s.claims.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
    s.annotations.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }
  return chosen;
}

export interface LibraryExportRequest {
  format: ExportFormat;
  /** Only these articles (the dashboard's filter or selection); all when absent. */
  articleIds?: readonly string[];
  settings: ExchangeSettings;
  now?: Date;
  progress?: Progress;
}

export async function exportFromLibrary(db: LibraryDB, request: LibraryExportRequest): Promise<ExportOutput & { articles: number }> {
  const common = { settings: request.settings, now: request.now ?? new Date(), progress: request.progress };
  // The backup is the saved articles' lines as the library stores them (utils/store/lines.ts).
  if (request.format === 'backup') {
    const lines = await readSavedLines(db, request.articleIds);
    return { ...exportBackupLines(lines, common), articles: lines.length };
  }
  const saved = inExportOrder(await readSavedArticles(db), request.articleIds);
  return { ...exportLibrary({ format: request.format, saved, ...common }), articles: saved.length };
}

export type PreparedImport = { ok: true; plan: MergePlan } | { ok: false; refusal: ImportRefusal };

/** Reads and checks a file and plans its merge with the library. Writes nothing. */
export async function prepareImport(db: LibraryDB, file: string | Blob): Promise<PreparedImport> {
  const oversized = typeof file === 'string' ? null : refuseOversizedFile(file.size);
  if (oversized && !oversized.ok) return oversized;
  const read = typeof file === 'string' ? readImport(file) : readImportBytes(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return read;
  return { ok: true, plan: planMerge(read.bundle, await readLibrary(db)) };
}

export interface ImportOutcome {
  /** Articles written completely. */
  written: number;
  /** Articles not written because a write failed; the error says why. */
  notWritten: number;
  error?: unknown;
}

export async function applyImport(db: LibraryDB, plan: MergePlan, progress?: Progress): Promise<ImportOutcome> {
  const total = plan.writes.length;
  const result = await saveArticles(db, plan.writes, { onProgress: progress, lines: plan.lines });
  if (result.error) return { written: result.written, notWritten: total - result.written, error: result.error };
  return { written: result.written, notWritten: 0 };
}
