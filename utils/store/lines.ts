/**
 * An article with its claims and notes as one line of UTF-8 JSON:
 * `{"article":{…},"claims":[…],"annotations":[…]}`, claims and notes in id order, without what the
 * article gives back (schema version 8, backup version 4):
 * - a claim's or note's `articleId` (the line's article);
 * - a claim's `sentence` when the article's text holds it exactly: `"sentenceAt":[start,end]` says
 *   where (a sentence is half of what a claim weighs: 156 of 342 bytes over the corpus's claims);
 * - a claim's anchor when it is the claim's own span, and any anchor's quote the text gives back
 *   (utils/anchoring/compact.ts).
 * A line of version 7 or a backup of version 3 holds them all, and reads the same.
 *
 * The library keeps each article on its shelf as such a line (schema version 7) and the full backup
 * (from version 3) is those very lines. Measured in Chromium on a library of 10,000 articles and 200,000
 * claims, cloning the shelves as records out of IndexedDB took 1.4 s and serialising them again for
 * the backup 1.0 s more; as lines, reading them is a copy of bytes, an export writes them as they
 * are, and a save parses only the article it changes.
 */
import { compactAnchor, withCompactAnchor, type CompactAnchor } from '../anchoring';
import { StoreWriteError } from './errors';
import type { ShelvedContents } from './keys';
import type { AnnotationRecord, ArticleRecord, ClaimRecord, WithCompactAnchor } from './types';

/** A claim as a line holds it: see above for what may be left out. */
export type LineClaim = Omit<WithCompactAnchor<ClaimRecord>, 'articleId' | 'sentence' | 'anchor'> & {
  articleId?: string;
  sentence?: string;
  sentenceAt?: [start: number, end: number];
  anchor?: CompactAnchor;
};

/** A note as a line holds it. */
export type LineNote = Omit<WithCompactAnchor<AnnotationRecord>, 'articleId'> & { articleId?: string };

/** What a line holds, as parsed. */
export interface LineContents {
  article?: ArticleRecord;
  claims: LineClaim[];
  annotations: LineNote[];
}

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
  if (article) checkNumbers(article.id, [article.relevance, article.savedAt, article.updatedAt]);
  for (const c of contents.claims) checkNumbers(c.id, [c.start, c.end, c.value, c.siValue, c.updatedAt, c.range?.low, c.range?.high, c.anchor.position.start, c.anchor.position.end]);
  for (const n of contents.annotations) checkNumbers(n.id, [n.createdAt, n.updatedAt, n.correctedValue, n.anchor.position.start, n.anchor.position.end]);
  // Claims and notes without their article (a version 4 upgrade keeps any it finds) are kept whole.
  const claims = article ? contents.claims.map((c) => lineClaim(article, c)) : contents.claims;
  const annotations = article ? contents.annotations.map((n) => lineNote(article, n)) : contents.annotations;
  // Written by hand so the article always comes first (see lineHasArticle) and an absent one is left out.
  const head = article ? `{"article":${JSON.stringify(article)},` : '{';
  return `${head}"claims":${JSON.stringify(claims)},"annotations":${JSON.stringify(annotations)}}`;
}

function lineClaim(article: ArticleRecord, claim: ClaimRecord | WithCompactAnchor<ClaimRecord>): LineClaim {
  const { articleId, sentence, anchor, ...rest } = claim;
  const line: LineClaim = rest;
  if (articleId !== article.id) line.articleId = articleId;
  const at = sentence ? sentenceSpan(article.text, sentence, claim.start) : undefined;
  if (at === undefined) line.sentence = sentence;
  else line.sentenceAt = at;
  const compact = compactAnchor(article.text, anchor);
  const { position } = compact;
  if (compact.quote || position.type !== 'TextPositionSelector' || position.start !== claim.start || position.end !== claim.end) line.anchor = compact;
  return line;
}

/** Where `text` holds `sentence`: the place nearest before `start` (the claim's), else the first. */
function sentenceSpan(text: string, sentence: string, start: number): [number, number] | undefined {
  let at = text.lastIndexOf(sentence, start);
  if (at < 0) at = text.indexOf(sentence);
  return at < 0 ? undefined : [at, at + sentence.length];
}

function lineNote(article: ArticleRecord, note: AnnotationRecord | WithCompactAnchor<AnnotationRecord>): LineNote {
  const line: LineNote = withCompactAnchor(article.text, note);
  if (line.articleId !== article.id) return line;
  const { articleId: _articleId, ...rest } = line;
  return rest;
}

/**
 * The claims and notes a line holds with what it left out put back (their anchors may still lack the
 * quote: see keys.ts expanded), in place. `articleId` is the line's article's, named by its shelf.
 */
export function fromLine(held: LineContents, articleId: string): ShelvedContents {
  const text = held.article?.text ?? '';
  for (const claim of held.claims) {
    claim.articleId ??= articleId;
    if (claim.sentence === undefined) claim.sentence = claim.sentenceAt ? text.slice(...claim.sentenceAt) : '';
    // Cleared, not deleted: deleting a property turns 200,000 claims into slow dictionary objects (reading
    // a library took half as long again, and everything after it was slower). JSON and merges skip it.
    claim.sentenceAt = undefined;
    claim.anchor ??= { position: { type: 'TextPositionSelector', start: claim.start, end: claim.end } };
  }
  for (const note of held.annotations) note.articleId ??= articleId;
  return held as ShelvedContents;
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

/** The contents a line holds, as stored (see fromLine). */
export function readSavedLine(line: Uint8Array): LineContents {
  return JSON.parse(decoder.decode(line)) as LineContents;
}

const ARTICLE_FIRST = encoder.encode('{"article":');

/** Whether a line holds its article (every line but those of claims and notes whose article was lost), without parsing it. */
export function lineHasArticle(line: Uint8Array): boolean {
  if (line.length < ARTICLE_FIRST.length) return false;
  for (let i = 0; i < ARTICLE_FIRST.length; i++) if (line[i] !== ARTICLE_FIRST[i]) return false;
  return true;
}
