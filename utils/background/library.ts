/**
 * The background's one connection to the library database, opened on first use. The store closes
 * its connection when another context opens a newer schema, so a call that finds it closed opens a
 * fresh one and tries once more.
 */
import {
  deleteAnnotation,
  findArticlesByUrl,
  openLibrary,
  putAnnotation,
  putClaim,
  saveArticle,
  type LibraryDB,
} from '../store';
import type { BackgroundServices } from './handlers';

let connection: Promise<LibraryDB> | null = null;

async function withLibrary<T>(work: (db: LibraryDB) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    // A failed open is not remembered: the next call tries again.
    connection ??= openLibrary().catch((error: unknown) => {
      connection = null;
      throw error;
    });
    const db = await connection;
    try {
      return await work(db);
    } catch (error) {
      if (attempt > 0 || !isClosedConnection(error)) throw error;
      connection = null;
    }
  }
}

/** A transaction on a closed connection fails with InvalidStateError (the store may wrap it). */
function isClosedConnection(error: unknown): boolean {
  const named = (value: unknown) => (value as { name?: string } | null)?.name === 'InvalidStateError';
  return named(error) || named((error as { cause?: unknown } | null)?.cause);
}

export const libraryServices: BackgroundServices['library'] = {
  saveArticle: (saved) => withLibrary((db) => saveArticle(db, saved)),
  findSavedArticles: (_url, canonicalUrl) => withLibrary((db) => findArticlesByUrl(db, canonicalUrl)),
  putAnnotation: (annotation) => withLibrary((db) => putAnnotation(db, annotation)),
  deleteAnnotation: (id) => withLibrary((db) => deleteAnnotation(db, id)),
  putClaim: (claim) => withLibrary((db) => putClaim(db, claim)),
};
