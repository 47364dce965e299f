/**
 * The index keys the library derives from its records. IndexedDB can only index values stored in a
 * record, so each stored article carries an `ix` object of derived keys beside the record itself;
 * the store adds it on write and strips it on read, so callers only ever see the record types of
 * ./types.ts. Articles with their claims and notes are also stored on shelves (schema version 4):
 * records that each hold many articles (each as one line of JSON from version 7, see ./lines.ts),
 * whose derived keys are the ids of their notes.
 */
import { expandAnchor, type Anchor, type CompactAnchor } from '../anchoring';
import type { Region } from '../articles/types';
import { unitFamily } from '../comparison/units';
import { fromLine, NotFiniteError, readSavedLine, savedLine, type LineSource } from './lines';
import type { AnnotationRecord, ArticleRecord, ArticleSummary, ClaimRecord, FactCheckStatus, WithCompactAnchor } from './types';

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

/**
 * One article on its shelf: its record (the catalog holds it too, without its text: see StoredCatalog)
 * and its claims and notes, each kept in id order. The record is
 * absent only for claims and notes whose article was already gone when version 4 moved them here.
 */
export interface ArticleContents {
  article?: ArticleRecord;
  claims: ClaimRecord[];
  annotations: AnnotationRecord[];
}

/** An article's contents as stored from schema version 6: see `savedLine` and `expanded`. */
export interface ShelvedContents {
  article?: ArticleRecord;
  claims: WithCompactAnchor<ClaimRecord>[];
  annotations: WithCompactAnchor<AnnotationRecord>[];
}

/**
 * Every article whose id falls on this shelf (see shelfOf) with its claims and notes, by article id.
 * Notes are found by id alone through `ix.noteIds`.
 */
export interface StoredShelf {
  shelf: number;
  /**
   * From version 7: each article's contents as one line of JSON (./lines.ts), all of them in one
   * buffer, one after another: `lineEnds[i]` is where the line of `articleIds[i]` ends. One buffer a
   * shelf, not one a line: ten thousand buffers at once kept the garbage collector busy for seconds.
   */
  articleIds?: string[];
  lineEnds?: number[];
  lines?: Uint8Array;
  /**
   * Versions 4 to 6 kept records (anchors compact from version 6): still read. From version 7 only an
   * article holding NaN or Infinity (which versions before it could store) is kept so, beside the lines.
   */
  contents?: Map<string, ShelvedContents>;
  ix: { noteIds: string[] };
}

/**
 * How many shelves the library's claims and notes are spread over. IndexedDB (Chromium's above all)
 * reads and writes a large record several times faster per byte than many small ones, and a save
 * rewrites one whole shelf: 512 shelves make a shelf of a 10,000-article library about 200 kB.
 * Part of the stored format: changing it (or shelfOf) needs a schema version that moves everything.
 */
export const SHELF_COUNT = 512;

/** The shelf of an article: FNV-1a of its id's UTF-16 code units, modulo SHELF_COUNT. Never change it. */
export function shelfOf(articleId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < articleId.length; i++) {
    hash ^= articleId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHELF_COUNT;
}

export function articleContents(article: ArticleRecord | undefined, claims: ClaimRecord[], annotations: AnnotationRecord[]): ArticleContents {
  const contents: ArticleContents = { claims: inIdOrder(claims), annotations: inIdOrder(annotations) };
  if (article) contents.article = stripKeys(article);
  return contents;
}

/**
 * A shelf's record: each article as its line, those read and not changed as the bytes they were.
 * `noteIds` are the ids of every note on the shelf.
 */
export function shelfRecord(shelf: number, held: ReadonlyMap<string, Uint8Array | LineSource>, noteIds: Iterable<string>): StoredShelf {
  const articleIds: string[] = [];
  const lineList: Uint8Array[] = [];
  const lineEnds: number[] = [];
  let size = 0;
  // An article holding a number JSON cannot hold (stored by a version before 7) stays a record, exactly as it was.
  const records = new Map<string, ShelvedContents>();
  for (const [articleId, contents] of held) {
    let line: Uint8Array;
    try {
      line = contents instanceof Uint8Array ? contents : savedLine(contents);
    } catch (error) {
      if (!(error instanceof NotFiniteError) || contents instanceof Uint8Array) throw error;
      records.set(articleId, { ...contents, claims: [...contents.claims], annotations: [...contents.annotations] });
      continue;
    }
    articleIds.push(articleId);
    lineList.push(line);
    lineEnds.push((size += line.length));
  }
  const lines = new Uint8Array(size);
  lineList.forEach((line, i) => lines.set(line, i === 0 ? 0 : lineEnds[i - 1]));
  const record: StoredShelf = { shelf, articleIds, lineEnds, lines, ix: { noteIds: [...noteIds] } };
  if (records.size > 0) record.contents = records;
  return record;
}

/**
 * The catalog's record of a shelf (schema version 8): the records of the shelf's articles without their
 * text, for the two lookups that must not read the shelves: a page's saved articles (by canonical URL,
 * through the `canonicalUrls` index) and the dashboard's first screen (the most recently updated,
 * through the `updatedAts` index: Chromium took 0.7 s to read all 512 records of a 10,000-article
 * library, about 1.4 ms a record, and as long to count the entries of an index of its article ids,
 * so the first screen reads only the records its articles are on). Written in the same transaction as its shelf. The
 * summaries are one JSON text, not objects: IndexedDB copies a string at once where it would clone
 * ten thousand objects field by field.
 */
export interface StoredCatalog {
  shelf: number;
  summaries: string;
  canonicalUrls: string[];
  updatedAts: number[];
}

/** The record without its text (and without the derived keys records of versions 2 to 4 carried). */
export function articleSummary(article: ArticleRecord | ArticleSummary): ArticleSummary {
  const { text: _text, ...summary } = stripKeys(article as ArticleRecord);
  return summary;
}

export function catalogRecord(shelf: number, summaries: ArticleSummary[]): StoredCatalog {
  return {
    shelf,
    summaries: JSON.stringify(summaries),
    canonicalUrls: [...new Set(summaries.map((summary) => summary.canonicalUrl))],
    updatedAts: [...new Set(summaries.map((summary) => summary.updatedAt))],
  };
}

export function catalogSummaries(stored: StoredCatalog | undefined): ArticleSummary[] {
  return stored ? (JSON.parse(stored.summaries) as ArticleSummary[]) : [];
}

/**
 * A shelf's articles as stored: lines (version 7, views into its buffer) and records (versions 4 to 6,
 * and from version 7 an article holding a number a line cannot hold).
 */
export function* shelvedEntries(stored: StoredShelf): Iterable<[string, Uint8Array | ShelvedContents]> {
  if (stored.lines && stored.articleIds && stored.lineEnds) {
    const { lines, lineEnds } = stored;
    for (let i = 0; i < stored.articleIds.length; i++) yield [stored.articleIds[i], lines.subarray(i === 0 ? 0 : lineEnds[i - 1], lineEnds[i])];
  }
  if (stored.contents) yield* stored.contents;
}

/**
 * An article's contents as they were saved, quotes rebuilt (in place when given records: they were
 * just read). An anchor that cannot be rebuilt (only a damaged record has one) keeps its position and
 * an empty quote, so its claim or note is listed as an orphan rather than lost.
 */
export function expanded(articleId: string, stored: Uint8Array | ShelvedContents): ArticleContents {
  const held = stored instanceof Uint8Array ? fromLine(readSavedLine(stored), articleId) : stored;
  const text = held.article?.text ?? '';
  for (const record of held.claims) record.anchor = expandAnchor(text, record.anchor) ?? unplaceable(record.anchor);
  for (const record of held.annotations) record.anchor = expandAnchor(text, record.anchor) ?? unplaceable(record.anchor);
  return held as ArticleContents;
}

function unplaceable(anchor: CompactAnchor): Anchor {
  return { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, position: anchor.position };
}

/**
 * Records sorted by id as IndexedDB orders string keys (by UTF-16 code unit, as `<` compares), the
 * order in which earlier versions, one record per claim or note, read them back. A copy when unsorted.
 */
export function inIdOrder<T extends { id: string }>(records: T[]): T[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i - 1].id > records[i].id) return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return records;
}

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
