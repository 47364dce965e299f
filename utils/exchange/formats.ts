/**
 * What export and import speak: the backup document, the export formats the dashboard offers, and the
 * size limits every imported file is held to. One place, so the panel, the worker, the CLI and the
 * validation agree on names and numbers.
 */
import type { LineContents } from '../store/lines';
import type { ArticleRecord } from '../store/types';

export const BACKUP_FORMAT = 'figure-finder-backup';
/**
 * The version written. Version 4 holds each saved article on one line, with its claims and notes:
 * `"saved":[{"article":{…},"claims":[…],"annotations":[…]},…]`, the very lines the library keeps
 * (utils/store/lines.ts), in article id order, leaving out of claims and notes what their article gives
 * back (its id, a sentence its text holds, an anchor on the claim's own span). Version 3 had the same
 * lines with all of that written out. Version 2 listed articles, claims and notes in three
 * arrays and may leave a claim's or note's anchor without the quote its article's text gives back
 * (`"anchor":{"position":{…}}`, see utils/anchoring/compact.ts), as version 3 does; version 1 kept
 * every anchor whole. Both are still read.
 */
export const BACKUP_VERSION = 4;
export const OLDEST_BACKUP_VERSION = 1;
/** The last version that listed articles, claims and notes apart. */
export const LAST_FLAT_BACKUP_VERSION = 2;

/** Settings travel in the backup as an opaque JSON object: the options page owns their meaning. */
export type ExchangeSettings = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A backup as version 4 writes it. */
export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  saved: Array<LineContents & { article: ArticleRecord }>;
  settings: ExchangeSettings;
}

export type ExportFormat = 'backup' | 'web-annotation' | 'csv' | 'markdown' | 'claim-review';

/** File extension and media type per export format, as the download and the CLI name files. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  backup: { extension: 'json', mediaType: 'application/json' },
  'web-annotation': { extension: 'jsonld', mediaType: 'application/ld+json' },
  csv: { extension: 'csv', mediaType: 'text/csv;charset=utf-8' },
  markdown: { extension: 'zip', mediaType: 'application/zip' },
  'claim-review': { extension: 'jsonld', mediaType: 'application/ld+json' },
};

/**
 * Limits on an imported file. Generous for a real library (10,000 articles with 200,000 claims is a
 * backup of roughly 150 MB), tight enough that a hostile file cannot make the page allocate without
 * bound. Lengths count UTF-16 code units, as JavaScript strings do.
 */
export const IMPORT_LIMITS = {
  fileBytes: 512 * 1024 * 1024,
  articles: 100_000,
  claims: 2_000_000,
  annotations: 1_000_000,
  /** An article's full text. */
  articleText: 2_000_000,
  /** Sentences, notes, quotes, subjects, titles. */
  longText: 100_000,
  /** Ids, units, codes, names, tags. */
  shortText: 2_000,
  url: 8_192,
  regionsPerArticle: 500,
  tagsPerNote: 200,
  /** Settings are small; anything bigger is not ours. */
  settingsBytes: 1024 * 1024,
} as const;
