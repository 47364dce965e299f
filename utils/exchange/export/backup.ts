/**
 * The full backup: every article, claim and note with its status, and the settings, in one versioned
 * JSON document (see ../formats.ts). Written as a stream of chunks, one per article and array, so a
 * library of 10,000 articles never needs one 150 MB string: the chunks go straight into a Blob or a file.
 * One record per line keeps the file readable and diffable.
 */
import type { SavedArticle } from '../../store/types';
import { BACKUP_FORMAT, BACKUP_VERSION, type ExchangeSettings } from '../formats';
import { throttledProgress, type Progress } from './progress';

export function* backupChunks(
  saved: readonly SavedArticle[],
  settings: ExchangeSettings,
  exportedAt: Date,
  progress?: Progress,
): Generator<string> {
  const report = throttledProgress(progress, saved.length * 3);
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},\n`;
  const sections = [
    ['articles', (s: SavedArticle) => [s.article]],
    ['claims', (s: SavedArticle) => s.claims],
    ['annotations', (s: SavedArticle) => s.annotations],
  ] as const;
  let done = 0;
  for (const [name, records] of sections) {
    yield `"${name}":[`;
    let first = true;
    for (const s of saved) {
      const lines: string[] = [];
      for (const record of records(s)) {
        lines.push((first ? '\n' : ',\n') + JSON.stringify(record));
        first = false;
      }
      if (lines.length > 0) yield lines.join('');
      report(++done);
    }
    yield '\n],\n';
  }
  yield `"settings":${JSON.stringify(settings)}}\n`;
}
