/**
 * The index keys the library derives from its records. IndexedDB can only index values stored in a
 * record, so each stored article carries an `ix` object of derived keys beside the record itself;
 * the store adds it on write and strips it on read, so callers only ever see the record types of
 * ./types.ts. Claims are stored as they are (schema version 3 dropped their derived indexes); a
 * claim written by version 2 may still carry its old `ix`, stripped on read like an article's.
 */
import type { Region } from '../articles/types';
import { unitFamily } from '../comparison/units';
import type { AnnotationRecord, ArticleRecord, ClaimRecord, FactCheckStatus } from './types';

export interface ArticleKeys {
  /** Codes of every region and of the divisions above it, so 浙江省 (330000) finds 临安区 (330112). */
  regionCodes: string[];
  kinds: string[];
  families: string[];
  /** The article's own tags and its notes' tags. */
  tags: string[];
  /** Fact-check statuses of its notes; `unverified` too while a figure has no verdict. */
  statuses: FactCheckStatus[];
}

export type StoredArticle = ArticleRecord & { ix: ArticleKeys };
export type StoredClaim = ClaimRecord;

/**
 * GB/T 2260 codes carry their hierarchy: 330112 lies in city 330100 and province 330000. A region
 * is indexed under all three, so filtering by a province or a city includes everything inside it.
 */
export function regionCodes(regions: Region[]): string[] {
  const codes = new Set<string>();
  for (const region of regions) {
    const code = region.code;
    if (/^\d{6}$/.test(code)) {
      codes.add(`${code.slice(0, 2)}0000`);
      codes.add(`${code.slice(0, 4)}00`);
    }
    codes.add(code);
  }
  return [...codes];
}

export function articleKeys(article: ArticleRecord, claims: ClaimRecord[], annotations: AnnotationRecord[]): ArticleKeys {
  const live = claims.filter((c) => !c.dismissed);
  const judged = new Set(annotations.filter((a) => a.claimId !== undefined).map((a) => a.claimId));
  const statuses = new Set<FactCheckStatus>(annotations.map((a) => a.status));
  if (live.some((c) => !judged.has(c.id))) statuses.add('unverified');
  return {
    regionCodes: regionCodes(article.regions),
    kinds: unique(live.map((c) => c.kind)),
    families: unique(live.map((c) => unitFamily(c.unit))),
    tags: unique([...(article.tags ?? []), ...annotations.flatMap((a) => a.tags)]),
    statuses: [...statuses],
  };
}

export function withArticleKeys(article: ArticleRecord, claims: ClaimRecord[], annotations: AnnotationRecord[]): StoredArticle {
  return { ...stripKeys(article), ix: articleKeys(article, claims, annotations) };
}

/** The record without its derived keys. */
export function stripKeys<T extends object>(stored: T): T {
  if (!('ix' in stored)) return stored;
  const { ix: _ix, ...record } = stored as T & { ix: unknown };
  return record as T;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
