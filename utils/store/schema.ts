/**
 * The library's IndexedDB schema: every version, in order, with the step that upgrades a database
 * from the version before it. This is the only place the schema changes. To change it, append a
 * version here (never edit a shipped one) and add a test in schema.test.ts that opens a database of
 * the previous version, with data in it, using this code.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { withArticleKeys, withClaimKeys, type StoredArticle, type StoredClaim } from './keys';
import type { AnnotationRecord, ArticleRecord, ClaimRecord } from './types';

export const DEFAULT_LIBRARY_NAME = 'figure-finder-library';

/** The current shape, as idb's typed schema. */
export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: {
      canonicalUrl: string;
      site: string;
      date: string;
      updatedAt: number;
      regionCodes: string;
      kinds: string;
      families: string;
      tags: string;
      statuses: string;
    };
  };
  claims: {
    key: string;
    value: StoredClaim;
    indexes: { articleId: string; kind: string; family: string; regionCodes: string; date: string; words: string };
  };
  annotations: {
    key: string;
    value: AnnotationRecord;
    indexes: { articleId: string; claimId: string; tags: string; status: string };
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
          ...articleClaims.map((claim) => claims.put(withClaimKeys(claim, article))),
        ]);
      }
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Runs every migration newer than `oldVersion`, one after another, inside the upgrade transaction. */
export async function migrate(db: AnyDB, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (const migration of MIGRATIONS) {
    if (migration.version > oldVersion) await migration.upgrade(db, tx);
  }
}
