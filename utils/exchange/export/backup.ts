/**
 * The full backup: every article with its claims and notes (with their statuses), and the settings,
 * in one versioned JSON document (see ../formats.ts). One saved article a line, as the library keeps
 * it (utils/store/lines.ts): exporting the library writes its stored bytes as they are, and the file
 * stays readable and diffable. Written as parts of about a quarter of a megabyte, so a library of
 * 10,000 articles never needs one 100 MB string or buffer.
 */
import { inIdOrder } from '../../store/keys';
import { savedLineText, type LineSource } from '../../store/lines';
import type { ArticleRecord } from '../../store/types';
import { BACKUP_FORMAT, BACKUP_VERSION, type ExchangeSettings } from '../formats';
import { PART_CHARS } from './chunks';
import { throttledProgress, type Progress } from './progress';

/** The backup's parts from its saved articles' lines (strings or UTF-8 bytes), in article id order. */
export function backupParts(lines: ReadonlyArray<Uint8Array | string>, settings: ExchangeSettings, exportedAt: Date, progress?: Progress): Uint8Array[] {
  const report = throttledProgress(progress, lines.length);
  const parts = new PartWriter();
  parts.write(`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},\n"saved":[`);
  lines.forEach((line, i) => {
    parts.write(i === 0 ? '\n' : ',\n');
    parts.write(line);
    report(i + 1);
  });
  parts.write(`\n],\n"settings":${JSON.stringify(settings)}}\n`);
  return parts.finish();
}

/**
 * The lines of saved articles held in memory, as the library would store them: articles in id order,
 * each with its claims and notes in id order (so a backup written from memory is the very file the
 * library writes for the same articles).
 */
export function savedLinesInOrder(saved: ReadonlyArray<LineSource & { article: ArticleRecord }>): string[] {
  return [...saved]
    .sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0))
    .map((s) => savedLineText({ article: s.article, claims: inIdOrder([...s.claims]), annotations: inIdOrder([...s.annotations]) }));
}

const encoder = new TextEncoder();
const PART_BYTES = PART_CHARS * 2;

/** Joins text and bytes into UTF-8 parts of about PART_BYTES: a Blob pays per part, and this copies each byte once. */
class PartWriter {
  private readonly parts: Uint8Array[] = [];
  private buffer = new Uint8Array(PART_BYTES);
  private used = 0;

  write(chunk: Uint8Array | string): void {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    if (this.used + bytes.length > this.buffer.length) {
      this.flush();
      // A line longer than a part (an article with a very long text) goes out as its own part.
      if (bytes.length > this.buffer.length) {
        this.parts.push(bytes);
        return;
      }
    }
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  finish(): Uint8Array[] {
    this.flush();
    return this.parts;
  }

  private flush(): void {
    if (this.used === 0) return;
    this.parts.push(this.buffer.slice(0, this.used));
    this.used = 0;
  }
}
