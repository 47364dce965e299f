/**
 * Export entry point: any format from a list of saved articles, as parts for `new Blob(parts)` (in
 * the dashboard's worker) or for a file stream (the CLI). Pure: the caller reads the store.
 */
import type { CompactSavedArticle, SavedArticle } from '../../store/types';
import { EXPORT_FILES, type ExchangeSettings, type ExportFormat } from '../formats';
import { zipChunks } from '../zip';
import { backupParts, savedLinesInOrder } from './backup';
import { coalesce } from './chunks';
import { claimReviewDocument } from './claim-review';
import { claimsCsvChunks } from './csv';
import { markdownFiles } from './markdown';
import type { Progress } from './progress';
import { webAnnotationChunks } from './web-annotation';

export type { Progress } from './progress';

interface ExportOptions {
  settings: ExchangeSettings;
  now: Date;
  progress?: Progress;
}

/** The backup takes articles with whole or compact anchors (it leaves out what it can); other formats need whole anchors. */
export type ExportRequest = ExportOptions &
  ({ format: 'backup'; saved: ReadonlyArray<SavedArticle | CompactSavedArticle> } | { format: Exclude<ExportFormat, 'backup'>; saved: readonly SavedArticle[] });

export interface ExportOutput {
  fileName: string;
  mediaType: string;
  parts: Array<string | Uint8Array>;
}

export function exportFileName(format: ExportFormat, now: Date): string {
  const stem = {
    backup: 'backup',
    'web-annotation': 'notes',
    csv: 'claims',
    markdown: 'markdown',
    'claim-review': 'claim-reviews',
  }[format];
  return `figure-finder-${stem}-${now.toISOString().slice(0, 10)}.${EXPORT_FILES[format].extension}`;
}

export function exportLibrary(request: ExportRequest): ExportOutput {
  const { format, settings, now, progress } = request;
  if (request.format === 'backup') return exportBackupLines(savedLinesInOrder(request.saved), { settings, now, progress });
  const saved = request.saved;
  const parts: Array<string | Uint8Array> = (() => {
    switch (request.format) {
      case 'web-annotation':
        return [...coalesce(webAnnotationChunks(saved, now, progress))];
      case 'csv':
        return [...coalesce(claimsCsvChunks(saved, progress))];
      case 'markdown':
        return zipChunks(markdownFiles(saved), now);
      case 'claim-review':
        return [claimReviewDocument(saved)];
    }
  })();
  if (format === 'markdown' || format === 'claim-review') progress?.(saved.length, saved.length);
  return output(format, now, parts);
}

/** The backup from saved articles' lines as the library keeps them (utils/store readSavedLines), in article id order. */
export function exportBackupLines(lines: ReadonlyArray<Uint8Array | string>, { settings, now, progress }: ExportOptions): ExportOutput {
  return output('backup', now, backupParts(lines, settings, now, progress));
}

function output(format: ExportFormat, now: Date, parts: Array<string | Uint8Array>): ExportOutput {
  return { fileName: exportFileName(format, now), mediaType: EXPORT_FILES[format].mediaType, parts };
}
