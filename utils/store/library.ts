/**
 * The library's public API over IndexedDB (via idb). Each article is stored on its shelf with its claims
 * and notes (./keys.ts), from which articles are read whole, and its record without its text in the
 * shelf's catalog record, written in the same transaction, which answers a page's saved articles and
 * the dashboard's first screen. Every write is one readwrite transaction that
 * reads what is stored and writes the result, so two tabs saving at once are serialised by the
 * browser and neither loses the other's work; a failed write (full disk, quota, bad record) aborts
 * its transaction, so nothing of it is stored, and surfaces as StorageFullError or StoreWriteError.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { StoreWriteError, writeError } from './errors';
import {
  articleContents,
  articleSummary,
  catalogRecord,
  catalogSummaries,
  expanded,
  shelfOf,
  shelfRecord,
  shelvedEntries,
  stripKeys,
  type ArticleContents,
  type ShelvedContents,
} from './keys';
import { lineHasArticle, savedLine } from './lines';
import { mergeSaved } from './merge';
import { DEFAULT_LIBRARY_NAME, migrate, SCHEMA_VERSION, type LibrarySchema } from './schema';
import type {
  AnnotationRecord,
  ArticleEditableField,
  ArticleRecord,
  ArticleSummary,
  ClaimEditableField,
  ClaimRecord,
  SavedArticle,
} from './types';

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
 * library: after each committed write this posts `{ library: name, sender }`, `sender` naming the
 * context that wrote. A page reloads for other contexts' writes only (its own it already knows). A
 * channel does not hear its own posts, but a worker writing for a page (the dashboard's import) posts
 * on a channel of its own: it announces its writes under the page's sender (`announceAs`), so the page
 * does not take them for another tab's.
 */
const CHANGE_CHANNEL = 'figure-finder-library-changes';
interface ChangeNotice {
  library: string;
  sender: string;
}
let changeChannel: BroadcastChannel | null | undefined;
function channel(): BroadcastChannel | null {
  if (changeChannel === undefined) changeChannel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGE_CHANNEL) : null;
  return changeChannel;
}

// Names a context among the pages and workers of one browser; not a secret (crypto.randomUUID is missing outside secure contexts).
let sender = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The sender this context's change notices carry. */
export function librarySender(): string {
  return sender;
}

/** From now on this context announces its writes as `page`'s: for a worker that writes on that page's behalf. */
export function announceAs(page: string): void {
  sender = page;
}

/** Calls `listener` when another page or worker changed the library `name`; returns the unsubscribe. */
export function onLibraryChange(name: string, listener: () => void): () => void {
  const ch = channel();
  if (!ch) return () => undefined;
  const handler = (event: MessageEvent) => {
    const notice = event.data as Partial<ChangeNotice> | null;
    if (notice?.library === name && notice.sender !== sender) listener();
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
    channel()?.postMessage({ library: db.name, sender } satisfies ChangeNotice);
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

const ALL: Names[] = ['shelves', 'catalog'];

/**
 * A shelf as one transaction holds it: its articles as stored (lines, or records from before
 * version 7), those read or changed so far, and the ids of its notes.
 */
interface LoadedShelf {
  stored: Map<string, Uint8Array | ShelvedContents>;
  /** Articles read or changed in this transaction; `undefined` for one absent or removed. */
  opened: Map<string, ArticleContents | undefined>;
  /** Lines given for articles changed in this transaction (see `set`). */
  given: Map<string, Uint8Array>;
  /** The ids of the shelf's notes as stored (its `ix.noteIds`). */
  noteIds: ReadonlySet<string>;
  /** Its articles' summaries as its catalog record holds them; read only by transactions that write. */
  summaries: ArticleSummary[];
  /** Articles changed in this transaction. */
  changed: Set<string>;
  /** The ids of the notes the changed articles were read with. */
  dropped: Set<string>;
}

/** An article of a loaded shelf, parsed on first use (a shelf holds about twenty: most are never read). */
function openOnShelf(shelf: LoadedShelf, articleId: string): ArticleContents | undefined {
  if (shelf.opened.has(articleId)) return shelf.opened.get(articleId);
  const stored = shelf.stored.get(articleId);
  const contents = stored === undefined ? undefined : expanded(articleId, stored);
  shelf.opened.set(articleId, contents);
  return contents;
}

/**
 * The shelves one transaction reads and changes (see keys.ts): each is read at most once, changed in
 * memory, and written back once by `flush`, so any number of articles on one shelf cost one write.
 * Articles the transaction did not change are written back as the bytes they were read as.
 */
class Shelves {
  private readonly read = new Map<number, Promise<LoadedShelf>>();
  private readonly loaded = new Map<number, LoadedShelf>();
  private readonly changed = new Set<number>();

  constructor(private readonly tx: AnyTx) {}

  /** Reads shelf `shelf` (once per transaction), and its catalog record when the transaction writes. */
  loadShelf(shelf: number): Promise<LoadedShelf> {
    let pending = this.read.get(shelf);
    if (!pending) {
      const catalog = this.tx.mode === 'readwrite' ? this.tx.objectStore('catalog').get(shelf) : undefined;
      pending = Promise.all([this.tx.objectStore('shelves').get(shelf), catalog]).then(([stored, listed]) => {
        const held: LoadedShelf = {
          stored: new Map(stored ? shelvedEntries(stored) : []),
          opened: new Map(),
          given: new Map(),
          noteIds: new Set(stored?.ix.noteIds),
          summaries: catalogSummaries(listed),
          changed: new Set(),
          dropped: new Set(),
        };
        this.loaded.set(shelf, held);
        return held;
      });
      this.read.set(shelf, pending);
    }
    return pending;
  }

  /** Reads the shelf of `articleId`; `set` needs it read first. */
  load(articleId: string): Promise<LoadedShelf> {
    return this.loadShelf(shelfOf(articleId));
  }

  async contents(articleId: string): Promise<ArticleContents | undefined> {
    return openOnShelf(await this.load(articleId), articleId);
  }

  /**
   * Replaces (or with `undefined` removes) an article's contents on its loaded shelf. `line`, when
   * given, is those contents as a line already (an import's, see utils/exchange/merge.ts), stored as it
   * is when it opens with its article as the store writes it: a line of other JSON (keys in another
   * order, a space first) would read as claims without their article (lineHasArticle), and an export
   * would leave the article out.
   */
  set(articleId: string, contents: ArticleContents | undefined, line?: Uint8Array): void {
    const shelf = shelfOf(articleId);
    const held = this.loaded.get(shelf);
    if (!held) throw new Error(`shelf ${shelf} was changed before it was read`);
    if (!held.changed.has(articleId)) for (const note of openOnShelf(held, articleId)?.annotations ?? []) held.dropped.add(note.id);
    held.changed.add(articleId);
    held.opened.set(articleId, contents);
    if (line && contents?.article && lineHasArticle(line)) held.given.set(articleId, line);
    else held.given.delete(articleId);
    this.changed.add(shelf);
  }

  /** Issues the writes of every changed shelf and its catalog record; an emptied one is deleted. */
  flush(tx: WriteTx, batch: ReturnType<typeof requests>): void {
    for (const shelf of this.changed) {
      const loaded = this.loaded.get(shelf)!;
      const { stored, opened, given, changed } = loaded;
      const held = new Map<string, Uint8Array | ShelvedContents | ArticleContents>(stored);
      const summaries = new Map(loaded.summaries.map((summary) => [summary.id, summary]));
      for (const articleId of changed) {
        const contents = opened.get(articleId);
        if (contents) held.set(articleId, given.get(articleId) ?? contents);
        else held.delete(articleId);
        if (contents?.article) summaries.set(articleId, articleSummary(contents.article));
        else summaries.delete(articleId);
      }
      batch.add(held.size === 0 ? tx.objectStore('shelves').delete(shelf) : tx.objectStore('shelves').put(shelfRecord(shelf, held, shelfNoteIds(loaded))));
      batch.add(summaries.size === 0 ? tx.objectStore('catalog').delete(shelf) : tx.objectStore('catalog').put(catalogRecord(shelf, [...summaries.values()])));
    }
    this.changed.clear();
  }
}

/**
 * The ids of a loaded shelf's notes after its changes: those stored, less those its changed articles
 * were read with, plus those they hold now (so a note moving between two articles of the shelf stays).
 * An id let go may still be held by an article the transaction did not open (an import can leave one
 * note id in two articles): then every article of the shelf is read for its notes.
 */
function shelfNoteIds(shelf: LoadedShelf): Set<string> {
  const noteIds = new Set([...shelf.noteIds].filter((id) => !shelf.dropped.has(id)));
  for (const articleId of shelf.changed) for (const note of shelf.opened.get(articleId)?.annotations ?? []) noteIds.add(note.id);
  if ([...shelf.dropped].some((id) => !noteIds.has(id))) {
    for (const articleId of shelf.stored.keys()) for (const note of openOnShelf(shelf, articleId)?.annotations ?? []) noteIds.add(note.id);
  }
  return noteIds;
}

/** An article with its claims and notes, read from its shelf alone. */
async function readSaved(shelves: Shelves, id: string): Promise<SavedArticle | null> {
  const contents = await shelves.contents(id);
  return contents?.article ? { article: contents.article, claims: contents.claims, annotations: contents.annotations } : null;
}

/** Stores an article with its claims and notes on its shelf (which must be loaded). */
function putSaved(shelves: Shelves, saved: SavedArticle, line?: Uint8Array): void {
  shelves.set(saved.article.id, articleContents(saved.article, saved.claims, saved.annotations), line);
}

/** Writes articles whose claims or notes changed (their shelves loaded), and waits for the writes. */
async function putChanged(tx: WriteTx, shelves: Shelves, ...changed: SavedArticle[]): Promise<void> {
  const batch = requests();
  for (const saved of changed) putSaved(shelves, saved);
  shelves.flush(tx, batch);
  await batch.settled();
}

function checkBelongs(saved: SavedArticle): void {
  const id = saved.article.id;
  for (const record of [...saved.claims, ...saved.annotations]) {
    // A record's id was its key before version 4 (IndexedDB refused one without); it must still be one.
    if (typeof record.id !== 'string' || record.id === '') throw new StoreWriteError(`A record of article ${id} has no id; nothing was saved.`);
    if (record.articleId !== id) throw new StoreWriteError(`Record ${record.id} belongs to article ${record.articleId}, not ${id}; nothing was saved.`);
  }
}

/**
 * Stores `saved` merged with `stored` (see ./merge.ts) on its loaded shelf; returns the merged article.
 * `line` is `saved` as a line: stored as it is when nothing is stored to merge with.
 */
function putMerged(shelves: Shelves, stored: SavedArticle | null, saved: SavedArticle, line?: Uint8Array): SavedArticle {
  const merged = mergeSaved(stored ?? undefined, saved);
  putSaved(shelves, merged, stored ? undefined : line);
  return merged;
}

/**
 * Saves an article with its claims and notes, merged with what is stored (see ./merge.ts), in one
 * transaction. Returns what is stored afterwards.
 */
export async function saveArticle(db: LibraryDB, saved: SavedArticle): Promise<SavedArticle> {
  checkBelongs(saved);
  return write(db, ALL, async (tx) => {
    const shelves = new Shelves(tx);
    const batch = requests();
    const merged = putMerged(shelves, await readSaved(shelves, saved.article.id), saved);
    shelves.flush(tx, batch);
    await batch.settled();
    return merged;
  });
}

/**
 * Articles per transaction in saveArticles, at least: large enough that committing (a disk flush
 * each) stops dominating, small enough that one transaction's pending requests and clones stay modest.
 */
export const SAVE_BATCH_SIZE = 250;

export interface BulkSaveResult {
  /** Articles stored completely: every article of the batches before the failing one. */
  written: number;
  /** Why the rest was not written (StorageFullError or StoreWriteError); absent when all were. */
  error?: Error;
}

/**
 * Saves many articles, each merged with what is stored exactly as saveArticle does. Articles are
 * written shelf by shelf, whole shelves to a transaction and at least `batchSize` articles when there
 * are that many, so each shelf is written once. A batch is all-or-nothing, so no article is ever
 * half-written; when one fails (a full disk) the batches before it stay and the result says how many
 * articles they held. Transactions use relaxed durability: a committed batch may be lost to a power
 * cut in the next moments, never half-applied, and an import run again redoes it. Records that name
 * another article are refused before anything is written.
 */
export async function saveArticles(
  db: LibraryDB,
  list: readonly SavedArticle[],
  options: {
    batchSize?: number;
    onProgress?: (written: number, total: number) => void;
    /** By article id, an article of `list` already as its line (./lines.ts), e.g. read from a backup: stored as it is. */
    lines?: ReadonlyMap<string, Uint8Array>;
  } = {},
): Promise<BulkSaveResult> {
  for (const saved of list) checkBelongs(saved);
  const size = Math.max(1, options.batchSize ?? SAVE_BATCH_SIZE);
  // By shelf, each keeping the given order, so an article given twice meets its first copy as two saves in turn would.
  const byShelf = new Map<number, SavedArticle[]>();
  for (const saved of list) {
    const shelf = shelfOf(saved.article.id);
    const onShelf = byShelf.get(shelf);
    if (onShelf) onShelf.push(saved);
    else byShelf.set(shelf, [saved]);
  }
  const batches: SavedArticle[][] = [];
  let current: SavedArticle[] = [];
  for (const onShelf of [...byShelf.keys()].sort((a, b) => a - b).map((shelf) => byShelf.get(shelf)!)) {
    current.push(...onShelf);
    if (current.length >= size) {
      batches.push(current);
      current = [];
    }
  }
  if (current.length > 0) batches.push(current);

  let written = 0;
  for (const slice of batches) {
    try {
      await write(
        db,
        ALL,
        async (tx) => {
          // Every read of the batch is issued at once: each shelf once, and each article's record.
          const shelves = new Shelves(tx);
          const stored = await Promise.all(slice.map((saved) => readSaved(shelves, saved.article.id)));
          const mergedHere = new Map<string, SavedArticle>();
          const batch = requests();
          slice.forEach((saved, i) => {
            const id = saved.article.id;
            mergedHere.set(id, putMerged(shelves, mergedHere.get(id) ?? stored[i], saved, options.lines?.get(id)));
          });
          shelves.flush(tx, batch);
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
  return write(db, ALL, async (tx) => {
    const shelves = new Shelves(tx);
    const saved = await readSaved(shelves, id);
    if (!saved) return null;
    const batch = requests();
    shelves.set(id, undefined);
    shelves.flush(tx, batch);
    await batch.settled();
    return saved;
  });
}

export async function getSavedArticle(db: LibraryDB, id: string): Promise<SavedArticle | null> {
  return readSaved(new Shelves(db.transaction(['shelves'] as Names[], 'readonly')), id);
}

/** Every saved article of a page (a newspaper page holds several), most recently updated first. */
export async function findArticlesByUrl(db: LibraryDB, canonicalUrl: string): Promise<SavedArticle[]> {
  const tx = db.transaction(ALL, 'readonly');
  const shelves = new Shelves(tx);
  const listed = await tx.objectStore('catalog').index('canonicalUrls').getAll(canonicalUrl);
  const ids = listed.flatMap((record) => catalogSummaries(record).filter((summary) => summary.canonicalUrl === canonicalUrl).map((summary) => summary.id));
  const found = await Promise.all(ids.map((id) => readSaved(shelves, id)));
  return found.filter((s): s is SavedArticle => s !== null).sort((a, b) => b.article.updatedAt - a.article.updatedAt);
}

/** The most recently updated saved article of a page, or null. */
export async function findArticleByUrl(db: LibraryDB, canonicalUrl: string): Promise<SavedArticle | null> {
  return (await findArticlesByUrl(db, canonicalUrl))[0] ?? null;
}

/** The saved article holding the note `id`, read in `tx` (its shelf loaded), or null. */
async function articleOfNote(tx: AnyTx, shelves: Shelves, id: string): Promise<SavedArticle | null> {
  const shelf = await tx.objectStore('shelves').index('noteIds').getKey(id);
  if (shelf === undefined) return null;
  const held = await shelves.loadShelf(shelf);
  for (const articleId of held.stored.keys()) {
    if (openOnShelf(held, articleId)?.annotations.some((note) => note.id === id)) return readSaved(shelves, articleId);
  }
  return null;
}

/** Adds or replaces a note; its article must be saved. */
export async function putAnnotation(db: LibraryDB, annotation: AnnotationRecord): Promise<AnnotationRecord> {
  checkBelongs({ article: { id: annotation.articleId } as ArticleRecord, claims: [], annotations: [annotation] });
  return write(db, ALL, async (tx) => {
    const shelves = new Shelves(tx);
    const [saved, previous] = await Promise.all([readSaved(shelves, annotation.articleId), articleOfNote(tx, shelves, annotation.id)]);
    if (!saved) throw new StoreWriteError(`Note ${annotation.id}: article ${annotation.articleId} is not saved.`);
    const changed = [{ ...saved, annotations: [...saved.annotations.filter((note) => note.id !== annotation.id), annotation] }];
    // A note moved to another article leaves its old one, as replacing the record by id did before version 4.
    if (previous && previous.article.id !== saved.article.id) {
      changed.push({ ...previous, annotations: previous.annotations.filter((note) => note.id !== annotation.id) });
    }
    await putChanged(tx, shelves, ...changed);
    return annotation;
  });
}

/** Deletes a note; returns it (for undo with putAnnotation), or null if there was none. */
export async function deleteAnnotation(db: LibraryDB, id: string): Promise<AnnotationRecord | null> {
  return write(db, ALL, async (tx) => {
    const shelves = new Shelves(tx);
    const saved = await articleOfNote(tx, shelves, id);
    const note = saved?.annotations.find((n) => n.id === id);
    if (!saved || !note) return null;
    await putChanged(tx, shelves, { ...saved, annotations: saved.annotations.filter((n) => n !== note) });
    return note;
  });
}

/** Adds or replaces a claim (a reader-added figure, a dismissal, a correction); its article must be saved. */
export async function putClaim(db: LibraryDB, claim: ClaimRecord): Promise<ClaimRecord> {
  checkBelongs({ article: { id: claim.articleId } as ArticleRecord, claims: [claim], annotations: [] });
  return write(db, ALL, async (tx) => {
    const shelves = new Shelves(tx);
    const saved = await readSaved(shelves, claim.articleId);
    if (!saved) throw new StoreWriteError(`Claim ${claim.id}: article ${claim.articleId} is not saved.`);
    const record = stripKeys(claim);
    await putChanged(tx, shelves, { ...saved, claims: [...saved.claims.filter((c) => c.id !== claim.id), record] });
    return record;
  });
}

export type ArticlePatch = Partial<Pick<ArticleRecord, ArticleEditableField>>;
export type ClaimPatch = Partial<Pick<ClaimRecord, ClaimEditableField>>;

/** The reader corrects article fields; they are marked edited so a later save of the page keeps them. */
export async function editArticle(db: LibraryDB, id: string, patch: ArticlePatch, now = Date.now()): Promise<ArticleRecord> {
  return write(db, ALL, async (tx) => {
    const shelves = new Shelves(tx);
    const saved = await readSaved(shelves, id);
    if (!saved) throw new StoreWriteError(`Article ${id} is not saved.`);
    const fields = Object.keys(patch) as ArticleEditableField[];
    const article: ArticleRecord = {
      ...saved.article,
      ...patch,
      edited: [...new Set([...(saved.article.edited ?? []), ...fields])],
      updatedAt: now,
    };
    for (const field of fields) if (patch[field] === undefined) delete article[field];
    await putChanged(tx, shelves, { ...saved, article });
    return article;
  });
}

/**
 * The reader corrects a claim's fields; marked edited so a new analysis keeps them. A claim is found
 * through its article (claims are stored per article), so the caller names both.
 */
export async function editClaim(db: LibraryDB, articleId: string, id: string, patch: ClaimPatch, now = Date.now()): Promise<ClaimRecord> {
  return write(db, ALL, async (tx) => {
    const shelves = new Shelves(tx);
    const saved = await readSaved(shelves, articleId);
    const stored = saved?.claims.find((c) => c.id === id);
    if (!saved || !stored) throw new StoreWriteError(`Claim ${id} of article ${articleId} is not saved.`);
    const fields = Object.keys(patch) as ClaimEditableField[];
    const claim: ClaimRecord = {
      ...stored,
      ...patch,
      edited: [...new Set([...(stored.edited ?? []), ...fields])],
      updatedAt: now,
    };
    await putChanged(tx, shelves, { ...saved, claims: saved.claims.map((c) => (c === stored ? claim : c)) });
    return claim;
  });
}

/**
 * The `limit` most recently updated articles (without their text): enough to paint the first screen
 * of a long library without reading the shelves, or all the catalog. (Not how many there are: counting
 * them took Chromium as long as reading them all.)
 * Walking the `updatedAts` index down, every article more recent than where the walk stops lies on a
 * catalog record it met, and `limit` records met hold at least `limit` articles that recent.
 */
export async function listRecentArticles(db: LibraryDB, limit: number): Promise<ArticleSummary[]> {
  const tx = db.transaction('catalog', 'readonly');
  const shelves = new Set<number>();
  let cursor = await tx.store.index('updatedAts').openKeyCursor(null, 'prev');
  while (cursor && shelves.size < limit) {
    shelves.add(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  const records = await Promise.all([...shelves].map((shelf) => tx.store.get(shelf)));
  const summaries = records.flatMap(catalogSummaries);
  return summaries.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, limit);
}

/** Everything in the library, for the dashboard's in-memory search and comparison. */
export interface LibrarySnapshot {
  articles: ArticleRecord[];
  claims: ClaimRecord[];
  annotations: AnnotationRecord[];
}

export async function readLibrary(db: LibraryDB): Promise<LibrarySnapshot> {
  const snapshot: LibrarySnapshot = { articles: [], claims: [], annotations: [] };
  for (const [article, held] of await readEverything(db)) {
    if (article) snapshot.articles.push(article);
    for (const claim of held.claims) snapshot.claims.push(claim);
    for (const note of held.annotations) snapshot.annotations.push(note);
  }
  return snapshot;
}

/** Every saved article with its claims and notes, in id order: the library as export and import use it. */
export async function readSavedArticles(db: LibraryDB): Promise<SavedArticle[]> {
  const saved: SavedArticle[] = [];
  for (const [article, held] of await readEverything(db)) {
    if (article) saved.push({ article, claims: held.claims, annotations: held.annotations });
  }
  return saved;
}

/**
 * Every saved article as its line (./lines.ts), in id order; only the articles `articleIds` names
 * when given. The full backup is these lines: an export copies them as they are stored.
 */
export async function readSavedLines(db: LibraryDB, articleIds?: readonly string[]): Promise<Uint8Array[]> {
  const wanted = articleIds ? new Set(articleIds) : undefined;
  const pairs: Array<[string, Uint8Array]> = [];
  for (const shelf of await db.getAll('shelves')) {
    for (const [articleId, stored] of shelvedEntries(shelf)) {
      if (wanted && !wanted.has(articleId)) continue;
      if (stored instanceof Uint8Array) {
        if (lineHasArticle(stored)) pairs.push([articleId, stored]);
      } else if (stored.article) pairs.push([articleId, savedLine(stored)]);
    }
  }
  return sortedByArticleId(pairs).map(([, line]) => line);
}

/**
 * The whole library in one request: every shelf (each holds its articles' records), as pairs of article and contents in article id order. Contents without
 * their article (none should exist; a version 4 upgrade keeps any it finds) have no article.
 */
async function readEverything(db: LibraryDB): Promise<Array<[ArticleRecord | undefined, ArticleContents]>> {
  const pairs: Array<[string, ArticleContents]> = [];
  for (const shelf of await db.getAll('shelves')) for (const [articleId, stored] of shelvedEntries(shelf)) pairs.push([articleId, expanded(articleId, stored)]);
  return sortedByArticleId(pairs).map(([, held]) => [held.article, held]);
}

/** Pairs sorted by their id, as a store keyed by article id would list them (by UTF-16 code unit, as `<` compares). */
function sortedByArticleId<T>(pairs: Array<[string, T]>): Array<[string, T]> {
  return pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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
