/**
 * The full backup: every article, claim and note with its status, and the settings, in one versioned
 * JSON document (see ../formats.ts). Written as a stream of chunks, one per record and separator, so a
 * library of 10,000 articles never needs one 150 MB string: the chunks go straight into a Blob or a file.
 * One record per line keeps the file readable and diffable. Claims and notes go without the quotes
 * their article's text gives back (see BACKUP_VERSION).
 */
import { withCompactAnchor } from '../../anchoring';
import type { CompactSavedArticle } from '../../store/types';
import { BACKUP_FORMAT, BACKUP_VERSION, type ExchangeSettings } from '../formats';
import { throttledProgress, type Progress } from './progress';

export function* backupChunks(
  saved: readonly CompactSavedArticle[],
  settings: ExchangeSettings,
  exportedAt: Date,
  progress?: Progress,
): Generator<string> {
  const report = throttledProgress(progress, saved.length * 3);
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},\n`;
  const sections = [
    ['articles', (s: CompactSavedArticle) => [s.article]],
    ['claims', (s: CompactSavedArticle) => s.claims.map((c) => withCompactAnchor(s.article.text, c))],
    ['annotations', (s: CompactSavedArticle) => s.annotations.map((n) => withCompactAnchor(s.article.text, n))],
  ] as const;
  let done = 0;
  for (const [name, records] of sections) {
    yield `"${name}":[`;
    let separator = '\n';
    for (const s of saved) {
      // Each record and its separator go out as they are: the consumer (coalesce) joins them into
      // parts once, where joining them here first would copy the whole text twice.
      for (const record of records(s)) {
        yield separator;
        yield JSON.stringify(record);
        separator = ',\n';
      }
      report(++done);
    }
    yield '\n],\n';
  }
  yield `"settings":${JSON.stringify(settings)}}\n`;
}

