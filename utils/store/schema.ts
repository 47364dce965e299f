/**
 * The library's IndexedDB schema: every version, in order, with the step that upgrades a database
 * from the version before it. This is the only place the schema changes. To change it, append a
 * version here (never edit a shipped one) and add a test in schema.test.ts that opens a database of
 * the previous version, with data in it, using this code.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { unitFamily } from '../comparison/units';
import { tokenize } from '../search/tokens';
import {
  articleContents,
  articleSummary,
  catalogRecord,
  regionCodes,
  shelfOf,
  shelfRecord,
  stripKeys,
  withArticleKeys,
  type ArticleContents,
  type StoredArticle,
  type StoredCatalog,
  type StoredShelf,
} from './keys';
import type { AnnotationRecord, ArticleRecord, ArticleSummary, ClaimRecord } from './types';

export const DEFAULT_LIBRARY_NAME = 'figure-finder-library';

/** The current shape, as idb's typed schema. */
export interface LibrarySchema extends DBSchema {
  /** Articles with their claims and notes, many articles to a record (see keys.ts shelfOf). */
  shelves: {
    key: number;
    value: StoredShelf;
    indexes: { noteIds: string };
  };
  /** Each shelf's articles without their text, for the lookups that must not read the shelves (see version 8). */
  catalog: {
    key: number;
    value: StoredCatalog;
    indexes: { canonicalUrls: string; updatedAts: number };
  };
  meta: { key: string; value: { key: string; value: unknown } };
}

// Migrations see the database as it was at their version, so they work on the untyped handle.
type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface Migration {
  version: number;
  description: string;
  upgrade(db: AnyDB, tx: UpgradeTx): void | Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, claims and notes keyed by id; claims and notes by article; articles by canonical URL',
    upgrade(db) {
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('canonicalUrl', 'canonicalUrl');
      db.createObjectStore('claims', { keyPath: 'id' }).createIndex('articleId', 'articleId');
      db.createObjectStore('annotations', { keyPath: 'id' }).createIndex('articleId', 'articleId');
    },
  },
  {
    version: 2,
    description:
      'search and comparison indexes: region hierarchy, kind, unit family, date, site, tag, status, subject words; ' +
      'derived keys (ix) backfilled on every stored article and claim; a meta store for settings',
    async upgrade(db, tx) {
      const articles = tx.objectStore('articles');
      articles.createIndex('site', 'site');
      articles.createIndex('date', 'date');
      articles.createIndex('updatedAt', 'updatedAt');
      articles.createIndex('regionCodes', 'ix.regionCodes', { multiEntry: true });
      articles.createIndex('kinds', 'ix.kinds', { multiEntry: true });
      articles.createIndex('families', 'ix.families', { multiEntry: true });
      articles.createIndex('tags', 'ix.tags', { multiEntry: true });
      articles.createIndex('statuses', 'ix.statuses', { multiEntry: true });
      const claims = tx.objectStore('claims');
      claims.createIndex('kind', 'kind');
      claims.createIndex('family', 'ix.family');
      claims.createIndex('regionCodes', 'ix.regionCodes', { multiEntry: true });
      claims.createIndex('date', 'ix.date');
      claims.createIndex('words', 'ix.words', { multiEntry: true });
      const annotations = tx.objectStore('annotations');
      annotations.createIndex('claimId', 'claimId');
      annotations.createIndex('tags', 'tags', { multiEntry: true });
      annotations.createIndex('status', 'status');
      db.createObjectStore('meta', { keyPath: 'key' });

      const stored = (await articles.getAll()) as ArticleRecord[];
      for (const article of stored) {
        const [articleClaims, articleNotes] = (await Promise.all([
          claims.index('articleId').getAll(article.id),
          annotations.index('articleId').getAll(article.id),
        ])) as [ClaimRecord[], AnnotationRecord[]];
        await Promise.all([
          articles.put(withArticleKeys(article, articleClaims, articleNotes)),
          ...articleClaims.map((claim) => claims.put(claimWithV2Keys(claim, article))),
        ]);
      }
    },
  },
  {
    version: 3,
    description:
      'drop the claim indexes no query reads (kind, family, regionCodes, date, words): search and comparison build ' +
      'their own in-memory indexes from the whole library, and each multiEntry index entry made every claim write slower',
    upgrade(_db, tx) {
      const claims = tx.objectStore('claims');
      for (const name of ['kind', 'family', 'regionCodes', 'date', 'words']) claims.deleteIndex(name);
      // Claims stored by version 2 keep their derived keys (`ix`) until they are next written: the store strips
      // them on every read, and rewriting 200,000 claims here would hold the upgrade (and every tab) for seconds.
    },
  },
  {
    version: 4,
    description:
      'articles with their claims and notes move onto shelves: records keyed by a number derived from the article id ' +
      '(keys.ts shelfOf), each holding many articles, notes findable by id through the noteIds index; the articles ' +
      'store keeps a copy of each article for its indexes; the claims and annotations stores go. IndexedDB pays per record and per byte, several times more for small ' +
      'records: a library of 10,000 articles held 220,000 of them, and reading or writing them all took tens of seconds',
    async upgrade(db, tx) {
      const shelves = db.createObjectStore('shelves', { keyPath: 'shelf' });
      shelves.createIndex('noteIds', 'ix.noteIds', { multiEntry: true });
      const [articles, claims, notes] = (await Promise.all([
        tx.objectStore('articles').getAll(),
        tx.objectStore('claims').getAll(),
        tx.objectStore('annotations').getAll(),
      ])) as [StoredArticle[], ClaimRecord[], AnnotationRecord[]];
      // Every claim and note moves, also one whose article is gone (none should be): nothing is dropped here.
      const byArticle = new Map<string, { article?: StoredArticle; claims: ClaimRecord[]; annotations: AnnotationRecord[] }>();
      const holder = (articleId: string) => {
        let held = byArticle.get(articleId);
        if (!held) byArticle.set(articleId, (held = { claims: [], annotations: [] }));
        return held;
      };
      for (const article of articles) holder(article.id).article = article;
      // getAll returns records in key order, so each article keeps its claims and notes in id order, as before.
      for (const claim of claims) holder(claim.articleId).claims.push(stripKeys(claim)); // version 2's claim keys go now
      for (const note of notes) holder(note.articleId).annotations.push(note);
      const byShelf = new Map<number, Map<string, ArticleContents>>();
      for (const [articleId, held] of byArticle) {
        const shelf = shelfOf(articleId);
        if (!byShelf.has(shelf)) byShelf.set(shelf, new Map());
        byShelf.get(shelf)!.set(articleId, articleContents(held.article, held.claims, held.annotations));
      }
      const store = tx.objectStore('shelves');
      // Written in today's layout (version 7's lines), which every later version reads.
      const noteIds = (contents: Map<string, ArticleContents>) => [...contents.values()].flatMap((held) => held.annotations.map((note) => note.id));
      await Promise.all([...byShelf].map(([shelf, contents]) => store.put(shelfRecord(shelf, contents, noteIds(contents)))));
      db.deleteObjectStore('claims');
      db.deleteObjectStore('annotations');
    },
  },
  {
    version: 5,
    description:
      'drop the article indexes no query reads (site, date, regionCodes, kinds, families, tags, statuses) and stop ' +
      'storing their derived keys: the dashboard filters its in-memory copy of the library (utils/search), and those ' +
      'indexes, five of them multiEntry, took about a third of the work of writing a library (measured in Chromium: ' +
      '3 of every 10 seconds of CPU while 10,000 articles were written). The articles store keeps canonicalUrl (a ' +
      "page's saved articles) and updatedAt (the dashboard's first screen)",
    upgrade(_db, tx) {
      const articles = tx.objectStore('articles');
      for (const name of ['site', 'date', 'regionCodes', 'kinds', 'families', 'tags', 'statuses']) articles.deleteIndex(name);
      // Records stored before keep their derived keys (`ix`) until they are next written: every read strips
      // them, and rewriting 10,000 articles here would hold the upgrade (and every tab) for seconds.
    },
  },
  {
    version: 6,
    description:
      "claims and notes on shelves leave out the quotes their article's text gives back (keys.ts shelfRecord, " +
      'utils/anchoring/compact.ts), about half of what they weigh: measured in Chromium, writing a library of 10,000 ' +
      'articles took 4.2–4.9 s instead of 6.4–8.3 s and reading it 1.6–1.8 s instead of 2.4–2.5 s. No store or index ' +
      'changes and nothing is rewritten: shelves stored before keep their quotes and are read either way. The version ' +
      'changes so that an older Figure Finder refuses this library instead of reading anchors without quotes',
    upgrade() {
      // Nothing to move: see the description.
    },
  },
  {
    version: 7,
    description:
      'each article on a shelf is kept as one line of JSON in UTF-8 (keys.ts shelfRecord, lines.ts), the very line ' +
      'the full backup writes: IndexedDB copies bytes where it cloned 200,000 records field by field, an export ' +
      'writes the lines as they are stored, and a save parses only the article it changes. No store or index ' +
      'changes and nothing is rewritten: a shelf written before is read as records and becomes lines when next ' +
      'written. The version changes so that an older Figure Finder refuses this library instead of misreading it',
    upgrade() {
      // Nothing to move: see the description.
    },
  },
  {
    version: 8,
    description:
      "the articles store, a copy of each article's record for two lookups, gives way to a catalog of one record " +
      "per shelf holding its articles' records without their text (keys.ts StoredCatalog), written with the shelf: " +
      'IndexedDB pays per record, and putting 10,000 article records took 1.2–1.8 s of an import of 10,000 articles, ' +
      'measured in Chromium. And a line leaves out of its claims and notes what its article gives back (lines.ts): ' +
      "their article's id, a sentence the text holds (its place instead), an anchor on the claim's own span. Shelves " +
      'written before are read as they are and written the new way when next written. The version changes so that an ' +
      'older Figure Finder refuses this library instead of misreading it',
    async upgrade(db, tx) {
      const catalog = db.createObjectStore('catalog', { keyPath: 'shelf' });
      catalog.createIndex('canonicalUrls', 'canonicalUrls', { multiEntry: true });
      catalog.createIndex('updatedAts', 'updatedAts', { multiEntry: true });
      // The articles store and the shelves were always written in one transaction: it lists exactly the shelves' articles.
      const byShelf = new Map<number, ArticleSummary[]>();
      for (const article of (await tx.objectStore('articles').getAll()) as ArticleRecord[]) {
        const shelf = shelfOf(article.id);
        const summaries = byShelf.get(shelf);
        if (summaries) summaries.push(articleSummary(article));
        else byShelf.set(shelf, [articleSummary(article)]);
      }
      await Promise.all([...byShelf].map(([shelf, summaries]) => catalog.put(catalogRecord(shelf, summaries))));
      db.deleteObjectStore('articles');
    },
  },
];

/**
 * Version 2 stored each claim with derived keys for its own indexes; version 3 dropped those indexes.
 * Kept here, as it was, so upgrading a version 1 library through version 2 still does what version 2 did.
 */
function claimWithV2Keys(claim: ClaimRecord, article: ArticleRecord): ClaimRecord & { ix: object } {
  const ix: { regionCodes: string[]; family: string; words: string[]; date?: string } = {
    regionCodes: regionCodes(article.regions),
    family: unitFamily(claim.unit),
    words: tokenize(claim.subject),
  };
  if (article.date) ix.date = article.date;
  return { ...claim, ix };
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Runs every migration newer than `oldVersion`, one after another, inside the upgrade transaction. */
export async function migrate(db: AnyDB, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (const migration of MIGRATIONS) {
    if (migration.version > oldVersion) await migration.upgrade(db, tx);
  }
}
