/**
 * Export entry point: any format from a list of saved articles, as parts for `new Blob(parts)` (in
 * the dashboard's worker) or for a file stream (the CLI). Pure: the caller reads the store.
 */
import type { SavedArticle } from '../../store/types';
import { EXPORT_FILES, type ExchangeSettings, type ExportFormat } from '../formats';
import { zipChunks } from '../zip';
import { backupChunks } from './backup';
import { coalesce } from './chunks';
import { claimReviewDocument } from './claim-review';
import { claimsCsvChunks } from './csv';
import { markdownFiles } from './markdown';
import type { Progress } from './progress';
import { webAnnotationChunks } from './web-annotation';

export type { Progress } from './progress';

export interface ExportRequest {
  format: ExportFormat;
  saved: readonly SavedArticle[];
  settings: ExchangeSettings;
  now: Date;
  progress?: Progress;
}

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

export function exportLibrary({ format, saved, settings, now, progress }: ExportRequest): ExportOutput {
  const parts: Array<string | Uint8Array> = (() => {
    switch (format) {
      case 'backup':
        return [...coalesce(backupChunks(saved, settings, now, progress))];
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
  return { fileName: exportFileName(format, now), mediaType: EXPORT_FILES[format].mediaType, parts };
}
