/**
 * The library's public API over IndexedDB (via idb). Every write is one readwrite transaction that
 * reads what is stored and writes the result, so two tabs saving at once are serialised by the
 * browser and neither loses the other's work; a failed write (full disk, quota, bad record) aborts
 * its transaction, so nothing of it is stored, and surfaces as StorageFullError or StoreWriteError.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { StoreWriteError, writeError } from './errors';
import { stripKeys, withArticleKeys } from './keys';
import { mergeSaved } from './merge';
import { DEFAULT_LIBRARY_NAME, migrate, SCHEMA_VERSION, type LibrarySchema } from './schema';
import type {
  AnnotationRecord,
  ArticleEditableField,
  ArticleRecord,
  ClaimEditableField,
  ClaimRecord,
  FactCheckStatus,
  SavedArticle,
} from './types';
import type { ClaimKind } from '../quantities/types';

export type LibraryDB = IDBPDatabase<LibrarySchema>;
type Names = StoreNames<LibrarySchema>;
type AnyTx = IDBPTransaction<LibrarySchema, Names[], 'readonly' | 'readwrite'>;
type WriteTx = IDBPTransaction<LibrarySchema, Names[], 'readwrite'>;

/** Opens (creating or upgrading as needed) the library database and asks the browser to keep it. */
export async function openLibrary(name: string = DEFAULT_LIBRARY_NAME): Promise<LibraryDB> {
  let upgradeFailure: unknown;
  let db: LibraryDB;
  try {
    db = await openDB<LibrarySchema>(name, SCHEMA_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        const untypedDb = database as unknown as IDBPDatabase<unknown>;
        const untypedTx = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
        migrate(untypedDb, oldVersion, untypedTx).catch((error: unknown) => {
          upgradeFailure = error;
          try {
            tx.abort();
          } catch {
            // The transaction already ended with the error that brought us here.
          }
        });
      },
      // Another tab opened a newer schema: step aside so its upgrade can run.
      blocking() {
        db.close();
      },
    });
  } catch (error) {
    throw writeError(upgradeFailure ?? error);
  }
  void requestPersistentStorage();
  return db;
}

/**
 * Asks the browser not to evict the library under storage pressure (the manifest also asks for
 * unlimitedStorage). Only pages can ask; in a service worker this quietly returns false.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (typeof storage?.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/**
 * Other pages and the background worker learn of changes through a BroadcastChannel named after the
 * library: after each committed write this posts `{ library: name }`. A channel does not hear its
 * own posts, so a page reloads only for other contexts' writes (its own it already knows).
 */
const CHANGE_CHANNEL = 'figure-finder-library-changes';
let changeChannel: BroadcastChannel | null | undefined;
function channel(): BroadcastChannel | null {
  if (changeChannel === undefined) changeChannel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGE_CHANNEL) : null;
  return changeChannel;
}

/** Calls `listener` when another page or worker changed the library `name`; returns the unsubscribe. */
export function onLibraryChange(name: string, listener: () => void): () => void {
  const ch = channel();
  if (!ch) return () => undefined;
  const handler = (event: MessageEvent) => {
    if ((event.data as { library?: string })?.library === name) listener();
  };
  ch.addEventListener('message', handler);
  return () => ch.removeEventListener('message', handler);
}

/** Runs `body` in one readwrite transaction; on any failure the transaction is aborted and the error typed. */
async function write<R>(
  db: LibraryDB,
  names: Names[],
  body: (tx: WriteTx) => Promise<R>,
  options?: IDBTransactionOptions,
): Promise<R> {
  let tx: WriteTx;
  try {
    tx = db.transaction(names, 'readwrite', options);
  } catch (error) {
    throw writeError(error);
  }
  const done = tx.done;
  done.catch(() => undefined); // handled below; keeps an aborted transaction from an unhandled rejection
  try {
    const result = await body(tx);
    await done;
    channel()?.postMessage({ library: db.name });
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser (e.g. quota); its error is in tx.error.
    }
    throw writeError(transactionError(tx) ?? error);
  }
}

/**
 * Collects the requests of one write. If issuing a request throws (an invalid record), the
 * transaction is aborted and the requests already issued reject; marking each as handled keeps
 * those expected rejections from surfacing as unhandled.
 */
function requests() {
  const pending: Array<Promise<unknown>> = [];
  return {
    add(request: Promise<unknown>) {
      request.catch(() => undefined);
      pending.push(request);
    },
    settled: () => Promise.all(pending),
  };
}

function transactionError(tx: AnyTx): DOMException | null {
  try {
    return tx.error;
  } catch {
    return null;
  }
}

async function readSaved(tx: AnyTx, id: string): Promise<SavedArticle | null> {
  const [article, claims, annotations] = await Promise.all([
    tx.objectStore('articles').get(id),
    tx.objectStore('claims').index('articleId').getAll(id),
    tx.objectStore('annotations').index('articleId').getAll(id),
  ]);
  if (!article) return null;
  return { article: stripKeys(article), claims: claims.map(stripKeys), annotations };
}

/** Re-derives an article's index keys after its claims or notes changed (inside the writing transaction). */
async function refreshArticleKeys(tx: WriteTx, articleId: string): Promise<void> {
  const saved = await readSaved(tx, articleId);
  if (saved) await tx.objectStore('articles').put(withArticleKeys(saved.article, saved.claims, saved.annotations));
}

function checkBelongs(saved: SavedArticle): void {
  const id = saved.article.id;
  const stray = [...saved.claims, ...saved.annotations].find((record) => record.articleId !== id);
  if (stray) throw new StoreWriteError(`Record ${stray.id} belongs to article ${stray.articleId}, not ${id}; nothing was saved.`);
}

/** Issues the writes that store `saved` merged with `stored` (see ./merge.ts); returns the merged article. */
function putMerged(tx: WriteTx, batch: ReturnType<typeof requests>, stored: SavedArticle | null, saved: SavedArticle): SavedArticle {
  const { saved: merged, removedClaimIds } = mergeSaved(stored ?? undefined, saved);
  const claims = tx.objectStore('claims');
  const annotations = tx.objectStore('annotations');
  for (const id of removedClaimIds) batch.add(claims.delete(id));
  for (const claim of merged.claims) batch.add(claims.put(claim));
  for (const note of merged.annotations) batch.add(annotations.put(note));
  batch.add(tx.objectStore('articles').put(withArticleKeys(merged.article, merged.claims, merged.annotations)));
  return merged;
}

/**
 * Saves an article with its claims and notes, merged with what is stored (see ./merge.ts), in one
 * transaction. Returns what is stored afterwards.
 */
export async function saveArticle(db: LibraryDB, saved: SavedArticle): Promise<SavedArticle> {
  checkBelongs(saved);
  return write(db, ['articles', 'claims', 'annotations'], async (tx) => {
    const batch = requests();
    const merged = putMerged(tx, batch, await readSaved(tx, saved.article.id), saved);
    await batch.settled();
    return merged;
  });
}

/**
 * Articles per transaction in saveArticles: large enough that committing (a disk flush each) stops
 * dominating, small enough that one transaction's pending requests and clones stay modest.
 */
export const SAVE_BATCH_SIZE = 250;

export interface BulkSaveResult {
  /** Articles stored completely, in the order given: every article before the failing batch. */
  written: number;
  /** Why the rest was not written (StorageFullError or StoreWriteError); absent when all were. */
  error?: Error;
}

/**
 * Saves many articles, each merged with what is stored exactly as saveArticle does, `batchSize`
 * articles per transaction. A batch is all-or-nothing, so no article is ever half-written; when one
 * fails (a full disk) the batches before it stay and the result says how many articles they held.
 * Transactions use relaxed durability: a committed batch may be lost to a power cut in the next
 * moments, never half-applied, and an import run again redoes it. Records that name another article
 * are refused before anything is written.
 */
export async function saveArticles(
  db: LibraryDB,
  list: readonly SavedArticle[],
  options: { batchSize?: number; onProgress?: (written: number, total: number) => void } = {},
): Promise<BulkSaveResult> {
  for (const saved of list) checkBelongs(saved);
  const size = Math.max(1, options.batchSize ?? SAVE_BATCH_SIZE);
  let written = 0;
  for (let start = 0; start < list.length; start += size) {
    const slice = list.slice(start, start + size);
    try {
      await write(
        db,
        ['articles', 'claims', 'annotations'],
        async (tx) => {
          // Every read of the batch is issued at once. Claims and notes are looked up only for articles
          // already stored: an import into a fresh library skips two requests per article.
          const articles = await Promise.all(slice.map((saved) => tx.objectStore('articles').getKey(saved.article.id)));
          const stored = await Promise.all(slice.map((saved, i) => (articles[i] === undefined ? null : readSaved(tx, saved.article.id))));
          // An article given twice in one batch merges with its first copy, as two saves in turn would.
          const mergedHere = new Map<string, SavedArticle>();
          const batch = requests();
          slice.forEach((saved, i) => {
            const id = saved.article.id;
            mergedHere.set(id, putMerged(tx, batch, mergedHere.get(id) ?? stored[i], saved));
          });
          await batch.settled();
        },
        { durability: 'relaxed' },
      );
    } catch (error) {
      return { written, error: error as Error };
    }
    written += slice.length;
    options.onProgress?.(written, list.length);
  }
  return { written };
}

/** Puts back an article removed by deleteArticle (merging, so nothing saved meanwhile is lost). */
export function restoreArticle(db: LibraryDB, deleted: SavedArticle): Promise<SavedArticle> {
  return saveArticle(db, deleted);
}

/** Deletes an article with its claims and notes; returns what was deleted, for undo. */
export async function deleteArticle(db: LibraryDB, id: string): Promise<SavedArticle | null> {
  return write(db, ['articles', 'claims', 'annotations'], async (tx) => {
    const saved = await readSaved(tx, id);
    if (!saved) return null;
    const batch = requests();
    batch.add(tx.objectStore('articles').delete(id));
    for (const claim of saved.claims) batch.add(tx.objectStore('claims').delete(claim.id));
    for (const note of saved.annotations) batch.add(tx.objectStore('annotations').delete(note.id));
    await batch.settled();
    return saved;
  });
}

export async function getSavedArticle(db: LibraryDB, id: string): Promise<SavedArticle | null> {
  return readSaved(db.transaction(['articles', 'claims', 'annotations'], 'readonly'), id);
}

/** Every saved article of a page (a newspaper page holds several), most recently updated first. */
export async function findArticlesByUrl(db: LibraryDB, canonicalUrl: string): Promise<SavedArticle[]> {
  const tx = db.transaction(['articles', 'claims', 'annotations'], 'readonly');
  const ids = await tx.objectStore('articles').index('canonicalUrl').getAllKeys(canonicalUrl);
  const found = await Promise.all(ids.map((id) => readSaved(tx, id)));
  return found.filter((s): s is SavedArticle => s !== null).sort((a, b) => b.article.updatedAt - a.article.updatedAt);
}

/** The most recently updated saved article of a page, or null. */
export async function findArticleByUrl(db: LibraryDB, canonicalUrl: string): Promise<SavedArticle | null> {
  return (await findArticlesByUrl(db, canonicalUrl))[0] ?? null;
}

/** Adds or replaces a note; its article must be saved. */
export async function putAnnotation(db: LibraryDB, annotation: AnnotationRecord): Promise<AnnotationRecord> {
  return write(db, ['articles', 'claims', 'annotations'], async (tx) => {
    if (!(await tx.objectStore('articles').getKey(annotation.articleId))) {
      throw new StoreWriteError(`Note ${annotation.id}: article ${annotation.articleId} is not saved.`);
    }
    await tx.objectStore('annotations').put(annotation);
    await refreshArticleKeys(tx, annotation.articleId);
    return annotation;
  });
}

/** Deletes a note; returns it (for undo with putAnnotation), or null if there was none. */
export async function deleteAnnotation(db: LibraryDB, id: string): Promise<AnnotationRecord | null> {
  return write(db, ['articles', 'claims', 'annotations'], async (tx) => {
    const note = await tx.objectStore('annotations').get(id);
    if (!note) return null;
    await tx.objectStore('annotations').delete(id);
    await refreshArticleKeys(tx, note.articleId);
    return note;
  });
}

/** Adds or replaces a claim (a reader-added figure, a dismissal, a correction); its article must be saved. */
export async function putClaim(db: LibraryDB, claim: ClaimRecord): Promise<ClaimRecord> {
  return write(db, ['articles', 'claims', 'annotations'], async (tx) => {
    if (!(await tx.objectStore('articles').getKey(claim.articleId))) {
      throw new StoreWriteError(`Claim ${claim.id}: article ${claim.articleId} is not saved.`);
    }
    await tx.objectStore('claims').put(stripKeys(claim));
    await refreshArticleKeys(tx, claim.articleId);
    return claim;
  });
}

export type ArticlePatch = Partial<Pick<ArticleRecord, ArticleEditableField>>;
export type ClaimPatch = Partial<Pick<ClaimRecord, ClaimEditableField>>;

/** The reader corrects article fields; they are marked edited so a later save of the page keeps them. */
export async function editArticle(db: LibraryDB, id: string, patch: ArticlePatch, now = Date.now()): Promise<ArticleRecord> {
  return write(db, ['articles', 'claims', 'annotations'], async (tx) => {
    const saved = await readSaved(tx, id);
    if (!saved) throw new StoreWriteError(`Article ${id} is not saved.`);
    const fields = Object.keys(patch) as ArticleEditableField[];
    const article: ArticleRecord = {
      ...saved.article,
      ...patch,
      edited: [...new Set([...(saved.article.edited ?? []), ...fields])],
      updatedAt: now,
    };
    for (const field of fields) if (patch[field] === undefined) delete article[field];
    await tx.objectStore('articles').put(withArticleKeys(article, saved.claims, saved.annotations));
    return article;
  });
}

/** The reader corrects a claim's fields; marked edited so a new analysis keeps them. */
export async function editClaim(db: LibraryDB, id: string, patch: ClaimPatch, now = Date.now()): Promise<ClaimRecord> {
  return write(db, ['articles', 'claims', 'annotations'], async (tx) => {
    const stored = await tx.objectStore('claims').get(id);
    if (!stored) throw new StoreWriteError(`Claim ${id} is not saved.`);
    const fields = Object.keys(patch) as ClaimEditableField[];
    const claim: ClaimRecord = {
      ...stripKeys(stored),
      ...patch,
      edited: [...new Set([...(stored.edited ?? []), ...fields])],
      updatedAt: now,
    };
    await tx.objectStore('claims').put(claim);
    await refreshArticleKeys(tx, claim.articleId);
    return claim;
  });
}

export interface ArticleFilter {
  /** A GB/T 2260 code; includes every region inside it. */
  regionCode?: string;
  kind?: ClaimKind;
  /** A unit family (see utils/comparison/units). */
  family?: string;
  site?: string;
  tag?: string;
  status?: FactCheckStatus;
  /** Inclusive ISO dates (yyyy-mm-dd); articles without a date are left out when either is set. */
  dateFrom?: string;
  dateTo?: string;
}

/** Saved articles matching every given filter, most recently updated first. */
export async function listArticles(db: LibraryDB, filter: ArticleFilter = {}): Promise<ArticleRecord[]> {
  const tx = db.transaction('articles', 'readonly');
  const store = tx.objectStore('articles');
  const lookups: Array<Promise<string[]>> = [];
  if (filter.regionCode) lookups.push(store.index('regionCodes').getAllKeys(filter.regionCode));
  if (filter.kind) lookups.push(store.index('kinds').getAllKeys(filter.kind));
  if (filter.family) lookups.push(store.index('families').getAllKeys(filter.family));
  if (filter.site) lookups.push(store.index('site').getAllKeys(filter.site));
  if (filter.tag) lookups.push(store.index('tags').getAllKeys(filter.tag));
  if (filter.status) lookups.push(store.index('statuses').getAllKeys(filter.status));
  if (filter.dateFrom || filter.dateTo) {
    const range =
      filter.dateFrom && filter.dateTo
        ? IDBKeyRange.bound(filter.dateFrom, filter.dateTo)
        : filter.dateFrom
          ? IDBKeyRange.lowerBound(filter.dateFrom)
          : IDBKeyRange.upperBound(filter.dateTo!);
    lookups.push(store.index('date').getAllKeys(range));
  }
  let records;
  if (lookups.length === 0) {
    records = await store.getAll();
  } else {
    const [first, ...rest] = await Promise.all(lookups);
    const sets = rest.map((ids) => new Set(ids));
    const ids = first.filter((id) => sets.every((set) => set.has(id)));
    records = (await Promise.all(ids.map((id) => store.get(id)))).filter((a) => a !== undefined);
  }
  return records.map(stripKeys).sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * The `limit` most recently updated articles and how many there are in all: enough to paint the
 * first screen of a long library without reading all of it.
 */
export async function listRecentArticles(db: LibraryDB, limit: number): Promise<{ articles: ArticleRecord[]; total: number }> {
  const tx = db.transaction('articles', 'readonly');
  const store = tx.objectStore('articles');
  const articles: ArticleRecord[] = [];
  const total = await store.count();
  let cursor = await store.index('updatedAt').openCursor(null, 'prev');
  while (cursor && articles.length < limit) {
    articles.push(stripKeys(cursor.value));
    cursor = await cursor.continue();
  }
  return { articles, total };
}

/** Everything in the library, for the dashboard's in-memory search and comparison. */
export interface LibrarySnapshot {
  articles: ArticleRecord[];
  claims: ClaimRecord[];
  annotations: AnnotationRecord[];
}

export async function readLibrary(db: LibraryDB): Promise<LibrarySnapshot> {
  const tx = db.transaction(['articles', 'claims', 'annotations'], 'readonly');
  const [articles, claims, annotations] = await Promise.all([
    tx.objectStore('articles').getAll(),
    tx.objectStore('claims').getAll(),
    tx.objectStore('annotations').getAll(),
  ]);
  return { articles: articles.map(stripKeys), claims: claims.map(stripKeys), annotations };
}

/** Settings and bookkeeping that belong with the library (not browser.storage). */
export async function getMeta<T>(db: LibraryDB, key: string): Promise<T | undefined> {
  return (await db.get('meta', key))?.value as T | undefined;
}

export async function setMeta(db: LibraryDB, key: string, value: unknown): Promise<void> {
  await write(db, ['meta'], async (tx) => {
    await tx.objectStore('meta').put({ key, value });
  });
}
