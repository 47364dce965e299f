/**
 * An article with its claims and notes as one line of UTF-8 JSON:
 * `{"article":{…},"claims":[…],"annotations":[…]}`, claims and notes in id order, their anchors
 * without the quotes the article's text gives back (utils/anchoring/compact.ts).
 *
 * The library keeps each article on its shelf as such a line (schema version 7) and the full backup
 * (version 3) is those very lines. Measured in Chromium on a library of 10,000 articles and 200,000
 * claims, cloning the shelves as records out of IndexedDB took 1.4 s and serialising them again for
 * the backup 1.0 s more; as lines, reading them is a copy of bytes, an export writes them as they
 * are, and a save parses only the article it changes.
 */
import { withCompactAnchor } from '../anchoring';
import { StoreWriteError } from './errors';
import type { ShelvedContents } from './keys';
import type { AnnotationRecord, ArticleRecord, ClaimRecord, WithCompactAnchor } from './types';

/** What a line is written from: claims and notes with whole anchors or compact ones. */
export interface LineSource {
  article?: ArticleRecord;
  claims: ReadonlyArray<ClaimRecord | WithCompactAnchor<ClaimRecord>>;
  annotations: ReadonlyArray<AnnotationRecord | WithCompactAnchor<AnnotationRecord>>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The line of an article's contents (claims and notes with whole or compact anchors). Throws
 * NotFiniteError for a number JSON cannot hold (NaN and Infinity would come back as null): the
 * library keeps such an article as records instead (keys.ts shelfRecord), and a backup refuses it.
 */
export function savedLine(contents: LineSource): Uint8Array {
  return encoder.encode(savedLineText(contents));
}

/** The same line as text, for writing a backup from records held in memory. */
export function savedLineText(contents: LineSource): string {
  const { article } = contents;
  const text = article?.text;
  const claims = text === undefined ? contents.claims : contents.claims.map((c) => withCompactAnchor(text, c));
  const annotations = text === undefined ? contents.annotations : contents.annotations.map((n) => withCompactAnchor(text, n));
  if (article) checkNumbers(article.id, [article.relevance, article.savedAt, article.updatedAt]);
  for (const c of claims) checkNumbers(c.id, [c.start, c.end, c.value, c.siValue, c.updatedAt, c.range?.low, c.range?.high, c.anchor.position.start, c.anchor.position.end]);
  for (const n of annotations) checkNumbers(n.id, [n.createdAt, n.updatedAt, n.correctedValue, n.anchor.position.start, n.anchor.position.end]);
  // Written by hand so the article always comes first (see lineHasArticle) and an absent one is left out.
  const head = article ? `{"article":${JSON.stringify(article)},` : '{';
  return `${head}"claims":${JSON.stringify(claims)},"annotations":${JSON.stringify(annotations)}}`;
}

/** A record holds NaN or Infinity, which a line (JSON) cannot hold. Versions before 7 could store one. */
export class NotFiniteError extends StoreWriteError {
  constructor(readonly recordId: string, value: number) {
    super(`Record ${recordId} holds a number that is not finite (${value}), which a JSON line or backup cannot hold; correct it in the library first.`);
  }
}

function checkNumbers(id: string, numbers: ReadonlyArray<number | undefined>): void {
  for (const n of numbers) {
    if (n !== undefined && !Number.isFinite(n)) throw new NotFiniteError(id, n);
  }
}

/** The contents a line holds, anchors as stored (the caller rebuilds quotes where it needs them). */
export function readSavedLine(line: Uint8Array): ShelvedContents {
  return JSON.parse(decoder.decode(line)) as ShelvedContents;
}

const ARTICLE_FIRST = encoder.encode('{"article":');

/** Whether a line holds its article (every line but those of claims and notes whose article was lost), without parsing it. */
export function lineHasArticle(line: Uint8Array): boolean {
  if (line.length < ARTICLE_FIRST.length) return false;
  for (let i = 0; i < ARTICLE_FIRST.length; i++) if (line[i] !== ARTICLE_FIRST[i]) return false;
  return true;
}
