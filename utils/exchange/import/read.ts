/**
 * Reads an import file: parses it safely, recognises which of the three formats it is (our backup,
 * W3C Web Annotations, Hypothesis's export), validates it and turns it into our records. Nothing
 * here touches the store: a refused file cannot have written anything, and a valid one goes on to
 * the merge plan (../merge.ts) and the reader's preview.
 */
import type { z } from 'zod';
import type { AnnotationRecord, ArticleRecord, ClaimRecord, FactCheckStatus, SavedArticle } from '../../store/types';
import { ANNOTATION_ID_PREFIX } from '../export/web-annotation';
import { stableHash } from '../hash';
import { expandAnchor, type Anchor, type CompactAnchor } from '../../anchoring';
import { BACKUP_FORMAT, BACKUP_VERSION, IMPORT_LIMITS, LAST_FLAT_BACKUP_VERSION, OLDEST_BACKUP_VERSION, type ExchangeSettings } from '../formats';
import { refusal, type ImportProblem, type ImportRefusal } from '../problems';
import { problemFromIssue } from './issues';
import { parseBackupLines } from './backup-lines';
import { parseJsonSafely } from './safe-json';
import { INVALID } from 'zod/v4/core';
import { parseSavedArticle } from './parsers.generated';
import {
  backupHeaderSchema,
  backupSchema,
  factCheckStatus,
  flatBackupSchema,
  hypothesisItemsSchema,
  w3cItemsSchema,
  type BackupFile,
  type FlatBackupFile,
  type HypothesisAnnotation,
  type W3CAnnotationInput,
} from './schemas';

export type ImportKind = 'backup' | 'web-annotation' | 'hypothesis';

/** A note that names its article only by address (W3C and Hypothesis files carry no articles). */
export interface LooseNote {
  annotation: Omit<AnnotationRecord, 'articleId'>;
  /** Our own W3C export names the article's id; other files do not. */
  articleId?: string;
  url: string;
  title: string;
}

export interface ImportBundle {
  kind: ImportKind;
  /** Whole articles with their claims and notes (backups). */
  saved: SavedArticle[];
  /**
   * By article id, the line of a backup from version 3 on that says exactly what its saved article does (nothing
   * in it was dropped, its claims and notes in id order): the library can store those bytes as they are.
   */
  lines?: Map<string, Uint8Array>;
  looseNotes: LooseNote[];
  settings?: ExchangeSettings;
  /** Annotations the file holds that cannot become notes here: they point at no text. */
  skipped: { pageNotes: number; replies: number };
}

export type ReadResult = { ok: true; bundle: ImportBundle } | { ok: false; refusal: ImportRefusal };

function refuse(problems: ImportProblem[]): ReadResult {
  return { ok: false, refusal: refusal(problems) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function zodRefusal(error: z.ZodError, root: unknown, prefix: PropertyKey[] = []): ReadResult {
  return refuse(error.issues.map((issue) => problemFromIssue(issue, root, prefix)));
}

/** Checked before a file is read at all, so a huge file is refused without loading it into memory. */
export function refuseOversizedFile(bytes: number): ReadResult | null {
  return bytes > IMPORT_LIMITS.fileBytes ? refuse([{ code: 'file-too-large', bytes, limit: IMPORT_LIMITS.fileBytes }]) : null;
}

export function readImport(text: string, bytes?: number): ReadResult {
  const parsed = parseJsonSafely(text, bytes);
  return parsed.ok ? readParsed(parsed.value) : refuse(parsed.problems);
}

/**
 * The saved articles of a backup read by its lines, each checked as it was read, and its line's bytes:
 * `exact[i]` when the line says exactly what its checked article does (checking dropped nothing).
 */
interface CheckedLines {
  savedLines: readonly Uint8Array[];
  exact: readonly boolean[];
}

/**
 * A file as its bytes (UTF-8): our own backup by its lines (./backup-lines.ts), several times faster to
 * decode than one string, each saved article checked as its line is read; anything else, or a line
 * the fast check does not accept, as its whole text, where every problem is worded.
 */
export function readImportBytes(bytes: Uint8Array): ReadResult {
  const oversized = refuseOversizedFile(bytes.length);
  if (oversized) return oversized;
  const exact: boolean[] = [];
  const backup = parseBackupLines(bytes, (parsed) => {
    if (exact.length >= IMPORT_LIMITS.articles) throw new RangeError('more saved articles than a backup holds');
    const checked = parseSavedArticle(parsed);
    if (checked === INVALID) throw new TypeError('a saved article to word the problems of');
    exact.push(droppedNothing(parsed, checked));
    return checked;
  });
  if (!backup) return readImport(new TextDecoder().decode(bytes), bytes.length);
  return readParsed(backup.document, exact.length > 0 ? { savedLines: backup.savedLines, exact } : undefined);
}

/** `lines`: the saved articles were checked as their lines were read (see readImportBytes). */
function readParsed(value: unknown, lines?: CheckedLines): ReadResult {
  if (isObject(value) && 'format' in value) {
    if (value.format !== BACKUP_FORMAT) return refuse([{ code: 'unknown-format' }]);
    const version = value.version;
    if (!(typeof version === 'number' && Number.isInteger(version) && version >= OLDEST_BACKUP_VERSION && version <= BACKUP_VERSION)) {
      return refuse([{ code: 'wrong-version', version: JSON.stringify(version ?? null), supported: BACKUP_VERSION }]);
    }
    if (version <= LAST_FLAT_BACKUP_VERSION) {
      const flat = flatBackupSchema.safeParse(value);
      return flat.success ? readFlatBackup(flat.data) : zodRefusal(flat.error, value);
    }
    if (lines) {
      const header = backupHeaderSchema.safeParse(value);
      const saved = (value as { saved: BackupFile['saved'] }).saved;
      return header.success ? readBackup({ ...header.data, saved }, lines) : zodRefusal(header.error, value);
    }
    const result = backupSchema.safeParse(value);
    return result.success ? readBackup(result.data) : zodRefusal(result.error, value);
  }
  const w3c = w3cItems(value);
  if (w3c) {
    const result = w3cItemsSchema.safeParse(w3c.items);
    return result.success ? readWebAnnotations(result.data) : zodRefusal(result.error, w3c.items, w3c.path);
  }
  const hypothesis = hypothesisItems(value);
  if (hypothesis) {
    const result = hypothesisItemsSchema.safeParse(hypothesis.items);
    return result.success ? readHypothesis(result.data) : zodRefusal(result.error, hypothesis.items, hypothesis.path);
  }
  return refuse([{ code: 'unknown-format' }]);
}

// ---- our backup ----

/** The record with its whole anchor (a backup from version 2 on may leave out the quote), or null with a problem. */
/** `placePath`: where the file gives the anchor's position (a claim of a line that leaves its anchor out gives its own span). */
function anchored<T extends { anchor: CompactAnchor }>(record: T, text: string, path: string, problems: ImportProblem[], placePath = `${path}.anchor.position`): (T & { anchor: Anchor }) | null {
  const anchor = expandAnchor(text, record.anchor);
  if (anchor) return Object.assign(record, { anchor });
  problems.push({ code: 'anchor-outside-text', path: placePath });
  return null;
}

function bundleOf(saved: SavedArticle[], settings: BackupFile['settings']): ReadResult {
  const bundle: ImportBundle = { kind: 'backup', saved, looseNotes: [], skipped: { pageNotes: 0, replies: 0 } };
  if (settings !== undefined) bundle.settings = settings as ExchangeSettings;
  return { ok: true, bundle };
}

/**
 * Whether `checked` (what validation made of `raw`) holds every key `raw` holds, at every depth. Then
 * validation dropped nothing (it changes no value it keeps), and the JSON `raw` was parsed from says
 * exactly what `checked` does.
 */
function droppedNothing(raw: unknown, checked: unknown): boolean {
  if (checked === null || typeof checked !== 'object') return true;
  if (Array.isArray(checked)) {
    for (let i = 0; i < checked.length; i++) if (!droppedNothing((raw as unknown[])[i], checked[i])) return false;
    return true;
  }
  // Keys counted, not listed: a backup's million objects would make two million arrays of keys. (Both are
  // plain objects, JSON's and validation's, whose keys are all their own.)
  let kept = 0;
  for (const key in checked) {
    kept++;
    if (!droppedNothing((raw as Record<string, unknown>)[key], (checked as Record<string, unknown>)[key])) return false;
  }
  let given = 0;
  for (const _key in raw as object) given++;
  return given === kept;
}

function isInIdOrder(records: ReadonlyArray<{ id: string }>): boolean {
  for (let i = 1; i < records.length; i++) if (!(records[i - 1].id < records[i].id)) return false;
  return true;
}

type LineClaimInput = BackupFile['saved'][number]['claims'][number];

/**
 * A claim of a line with what its article gives back put back (utils/store/lines.ts): its sentence
 * from `sentenceAt` (a `sentence` written out wins), and an anchor on its own span; then its whole
 * anchor (see `anchored`). Null with a problem when the line says too little or points outside the text.
 */
function lineClaimRecord(claim: LineClaimInput, article: ArticleRecord, path: string, problems: ImportProblem[]): ClaimRecord | null {
  // Completed in place: a copy of each of 200,000 claims would be garbage the moment it was made.
  const record = claim as LineClaimInput & Partial<ClaimRecord>;
  const { sentenceAt } = record;
  record.sentenceAt = undefined; // cleared, not deleted: see utils/store/lines.ts fromLine
  if (record.sentence === undefined && sentenceAt) {
    const [start, end] = sentenceAt;
    if (start <= end && end <= article.text.length) record.sentence = article.text.slice(start, end);
    else problems.push({ code: 'bad-value', path: `${path}.sentenceAt` });
  } else if (record.sentence === undefined) problems.push({ code: 'missing', path: `${path}.sentence` });
  if (record.sentence === undefined) return null;
  record.articleId = article.id;
  const ownSpan = claim.anchor === undefined;
  const anchor: CompactAnchor = claim.anchor ?? { position: { type: 'TextPositionSelector', start: record.start, end: record.end } };
  return anchored(Object.assign(record as Omit<ClaimRecord, 'anchor'>, { anchor }), article.text, path, problems, ownSpan ? `${path}.end` : undefined);
}

/** A backup from version 3 on: each saved article with its own claims and notes; `lines` when it was read by its lines. */
function readBackup(file: BackupFile, lines?: CheckedLines): ReadResult {
  const problems: ImportProblem[] = [];
  const saved: SavedArticle[] = [];
  const storable = new Map<string, Uint8Array>();
  const articleIds = new Set<string>();
  const claimIds = new Set<string>();
  const noteIds = new Set<string>();
  file.saved.forEach(({ article, claims, annotations }, i) => {
    if (articleIds.has(article.id)) {
      problems.push({ code: 'duplicate-id', path: `saved[${i}].article.id`, id: article.id });
      return;
    }
    articleIds.add(article.id);
    if (lines?.exact[i] && isInIdOrder(claims) && isInIdOrder(annotations)) storable.set(article.id, lines.savedLines[i]);
    const held: SavedArticle = { article, claims: [], annotations: [] };
    const ownClaims = new Set<string>();
    claims.forEach((claim, j) => {
      const path = `saved[${i}].claims[${j}]`;
      if (claim.articleId !== undefined && claim.articleId !== article.id) problems.push({ code: 'unknown-reference', path: `${path}.articleId`, id: claim.articleId });
      else if (claimIds.has(claim.id)) problems.push({ code: 'duplicate-id', path: `${path}.id`, id: claim.id });
      else {
        claimIds.add(claim.id);
        ownClaims.add(claim.id);
        const record = lineClaimRecord(claim, article, path, problems);
        if (record) held.claims.push(record);
      }
    });
    annotations.forEach((note, j) => {
      const path = `saved[${i}].annotations[${j}]`;
      if (note.articleId !== undefined && note.articleId !== article.id) problems.push({ code: 'unknown-reference', path: `${path}.articleId`, id: note.articleId });
      else if (note.claimId !== undefined && !ownClaims.has(note.claimId)) problems.push({ code: 'unknown-reference', path: `${path}.claimId`, id: note.claimId });
      else if (noteIds.has(note.id)) problems.push({ code: 'duplicate-id', path: `${path}.id`, id: note.id });
      else {
        noteIds.add(note.id);
        note.articleId = article.id;
        const record = anchored(note as typeof note & Pick<AnnotationRecord, 'articleId'>, article.text, path, problems);
        if (record) held.annotations.push(record);
      }
    });
    saved.push(held);
  });
  // Each article's arrays are bounded by the schema; the whole file is held to the same totals as a flat backup.
  if (claimIds.size > IMPORT_LIMITS.claims) problems.push({ code: 'too-many', path: 'saved', limit: IMPORT_LIMITS.claims });
  if (noteIds.size > IMPORT_LIMITS.annotations) problems.push({ code: 'too-many', path: 'saved', limit: IMPORT_LIMITS.annotations });
  if (problems.length > 0) return refuse(problems);
  const result = bundleOf(saved, file.settings);
  if (result.ok && storable.size > 0) result.bundle.lines = storable;
  return result;
}

/** A backup of version 1 or 2: articles, claims and notes listed apart, joined here by their ids. */
function readFlatBackup(file: FlatBackupFile): ReadResult {
  const problems: ImportProblem[] = [];
  const saved = new Map<string, SavedArticle>();
  file.articles.forEach((article, i) => {
    if (saved.has(article.id)) problems.push({ code: 'duplicate-id', path: `articles[${i}].id`, id: article.id });
    else saved.set(article.id, { article, claims: [], annotations: [] });
  });
  const claimArticle = new Map<string, string>();
  file.claims.forEach((claim, i) => {
    const owner = saved.get(claim.articleId);
    if (!owner) problems.push({ code: 'unknown-reference', path: `claims[${i}].articleId`, id: claim.articleId });
    else if (claimArticle.has(claim.id)) problems.push({ code: 'duplicate-id', path: `claims[${i}].id`, id: claim.id });
    else {
      claimArticle.set(claim.id, claim.articleId);
      const record = anchored(claim, owner.article.text, `claims[${i}]`, problems);
      if (record) owner.claims.push(record);
    }
  });
  const noteIds = new Set<string>();
  file.annotations.forEach((note, i) => {
    const owner = saved.get(note.articleId);
    if (!owner) problems.push({ code: 'unknown-reference', path: `annotations[${i}].articleId`, id: note.articleId });
    else if (note.claimId !== undefined && claimArticle.get(note.claimId) !== note.articleId) {
      problems.push({ code: 'unknown-reference', path: `annotations[${i}].claimId`, id: note.claimId });
    } else if (noteIds.has(note.id)) problems.push({ code: 'duplicate-id', path: `annotations[${i}].id`, id: note.id });
    else {
      noteIds.add(note.id);
      const record = anchored(note, owner.article.text, `annotations[${i}]`, problems);
      if (record) owner.annotations.push(record);
    }
  });
  return problems.length > 0 ? refuse(problems) : bundleOf([...saved.values()], file.settings);
}

// ---- shared by W3C and Hypothesis ----

type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number };

/**
 * Quote and position of a note from its selectors, or null when it has no quote (a note on a whole
 * page). Without a position selector the position is empty (0–0): it can never match the quote, so
 * re-anchoring falls back to finding the quote in the text.
 */
function anchorFrom(selectors: readonly Selector[]): AnnotationRecord['anchor'] | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact !== '');
  if (!quote) return null;
  const position = selectors.find((s) => s.type === 'TextPositionSelector' && typeof s.start === 'number' && typeof s.end === 'number');
  return {
    quote: { type: 'TextQuoteSelector', exact: quote.exact!, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    position: { type: 'TextPositionSelector', start: position?.start ?? 0, end: position?.end ?? 0 },
  };
}

function millis(iso: string | undefined, fallback: number): number {
  const ms = iso === undefined ? NaN : Date.parse(iso);
  return Number.isFinite(ms) && ms >= 0 ? ms : fallback;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

// ---- W3C Web Annotation ----

function w3cItems(value: unknown): { items: unknown; path: PropertyKey[] } | null {
  const isAnnotation = (v: unknown) => isObject(v) && (v.type === 'Annotation' || (Array.isArray(v.type) && v.type.includes('Annotation')));
  if (isObject(value)) {
    // A collection is read from its embedded first page; we do not fetch further pages from the web.
    if (value.type === 'AnnotationCollection') return { items: isObject(value.first) ? value.first.items : undefined, path: ['first', 'items'] };
    if (value.type === 'AnnotationPage') return { items: value.items, path: ['items'] };
    if (isAnnotation(value)) return { items: [value], path: [] };
  }
  if (Array.isArray(value) && value.length > 0 && value.every(isAnnotation)) return { items: value, path: [] };
  return null;
}

const STATUSES: ReadonlySet<string> = new Set(factCheckStatus.options);

function readWebAnnotations(items: W3CAnnotationInput[]): ReadResult {
  const looseNotes: LooseNote[] = [];
  let pageNotes = 0;
  for (const item of items) {
    const target = asArray(item.target).find((t): t is Exclude<typeof t, string> => typeof t !== 'string' && t.selector !== undefined);
    const anchor = target ? anchorFrom(asArray(target.selector) as Selector[]) : null;
    if (!target || !anchor) {
      pageNotes++;
      continue;
    }
    const notes: string[] = item.bodyValue ? [item.bodyValue] : [];
    const tags: string[] = [];
    let status: FactCheckStatus = 'unverified';
    let correctedValue: number | undefined;
    let evidenceUrl: string | undefined;
    for (const body of asArray(item.body)) {
      if (typeof body === 'string') notes.push(body);
      else if ('value' in body) {
        if (body.purpose === 'tagging') tags.push(body.value);
        else if (body.purpose === 'assessing' && STATUSES.has(body.value)) {
          status = body.value as FactCheckStatus;
          correctedValue = body['ff:correctedValue'];
        } else notes.push(body.value);
      } else if (evidenceUrl === undefined) evidenceUrl = body.id;
    }
    const ownId = item.id?.startsWith(ANNOTATION_ID_PREFIX) ? item.id.slice(ANNOTATION_ID_PREFIX.length) : undefined;
    const createdAt = millis(item.created, 0);
    const annotation: LooseNote['annotation'] = {
      id: ownId || `w3c:${item.id ?? stableHash(JSON.stringify(item))}`,
      anchor,
      note: notes.join('\n\n'),
      tags,
      status,
      createdAt,
      updatedAt: millis(item.modified, createdAt),
    };
    if (item['ff:claimId'] !== undefined) annotation.claimId = item['ff:claimId'];
    if (item['ff:color'] !== undefined) annotation.color = item['ff:color'];
    if (correctedValue !== undefined) annotation.correctedValue = correctedValue;
    if (evidenceUrl !== undefined) annotation.evidenceUrl = evidenceUrl;
    const loose: LooseNote = { annotation, url: target.source, title: item['ff:articleTitle'] ?? target.source };
    if (item['ff:articleId'] !== undefined) loose.articleId = item['ff:articleId'];
    looseNotes.push(loose);
  }
  return { ok: true, bundle: { kind: 'web-annotation', saved: [], looseNotes, skipped: { pageNotes, replies: 0 } } };
}

// ---- Hypothesis ----

function hypothesisItems(value: unknown): { items: unknown; path: PropertyKey[] } | null {
  const looksLike = (v: unknown) => isObject(v) && typeof v.uri === 'string' && 'id' in v;
  if (isObject(value)) {
    if (Array.isArray(value.annotations) && ('export_date' in value || 'client_version' in value || value.annotations.some(looksLike))) {
      return { items: value.annotations, path: ['annotations'] };
    }
    if (Array.isArray(value.rows) && 'total' in value) return { items: value.rows, path: ['rows'] };
  }
  if (Array.isArray(value) && value.length > 0 && value.some(looksLike)) return { items: value, path: [] };
  return null;
}

function readHypothesis(items: HypothesisAnnotation[]): ReadResult {
  const looseNotes: LooseNote[] = [];
  let pageNotes = 0;
  let replies = 0;
  for (const item of items) {
    if ((item.references?.length ?? 0) > 0) {
      replies++;
      continue;
    }
    const target = item.target?.find((t) => t.selector !== undefined);
    const anchor = target ? anchorFrom(target.selector as Selector[]) : null;
    if (!anchor) {
      pageNotes++;
      continue;
    }
    const createdAt = millis(item.created, 0);
    looseNotes.push({
      annotation: {
        id: `hypothesis:${item.id}`,
        anchor,
        note: item.text ?? '',
        tags: item.tags ?? [],
        status: 'unverified',
        createdAt,
        updatedAt: millis(item.updated, createdAt),
      },
      url: item.uri,
      title: item.document?.title?.[0] ?? item.uri,
    });
  }
  return { ok: true, bundle: { kind: 'hypothesis', saved: [], looseNotes, skipped: { pageNotes, replies } } };
}
