import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { getSavedArticle, listArticles, openLibrary, saveArticle } from './library';
import { MIGRATIONS, SCHEMA_VERSION } from './schema';
import { LINAN, makeArticle, makeClaim, makeNote } from '../../tests/unit/support/records';

let counter = 0;
const freshName = () => `schema-test-${++counter}-${Math.random()}`;

/** Opens `name` at `version` with raw IndexedDB and runs `upgrade` in its versionchange transaction. */
function rawOpen(name: string, version: number, upgrade: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result, request.transaction!);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Version 1 exactly as it shipped, written with raw IndexedDB (not with MIGRATIONS), plus records
 * written the way version 1 wrote them: plain records with no derived index keys.
 */
async function createV1Library(name: string) {
  const article = makeArticle('a1', { regions: [LINAN], tags: ['土地'] });
  const claims = [
    makeClaim('a1', 'c1'),
    makeClaim('a1', 'c2', { text: '42.3万元', value: 423000, unit: 'CNY', kind: 'money', siValue: 423000, siUnit: 'CNY', subject: '亩均税收' }),
  ];
  const notes = [makeNote('a1', 'n1', { claimId: 'c1', tags: ['待核实'], status: 'disputed' })];
  const db = await rawOpen(name, 1, (raw) => {
    raw.createObjectStore('articles', { keyPath: 'id' }).createIndex('canonicalUrl', 'canonicalUrl');
    raw.createObjectStore('claims', { keyPath: 'id' }).createIndex('articleId', 'articleId');
    raw.createObjectStore('annotations', { keyPath: 'id' }).createIndex('articleId', 'articleId');
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['articles', 'claims', 'annotations'], 'readwrite');
    tx.objectStore('articles').put(article);
    for (const claim of claims) tx.objectStore('claims').put(claim);
    for (const note of notes) tx.objectStore('annotations').put(note);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return { article, claims, notes };
}

describe('library schema', () => {
  it('lists its versions in order, one step each, ending at the current version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    for (const m of MIGRATIONS) expect(m.description.length).toBeGreaterThan(10);
  });

  it('creates every store and index on a new database', async () => {
    const db = await openLibrary(freshName());
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['annotations', 'articles', 'claims', 'meta']);
    const tx = db.transaction(['articles', 'claims', 'annotations'], 'readonly');
    expect([...tx.objectStore('articles').indexNames].sort()).toEqual(
      ['canonicalUrl', 'date', 'families', 'kinds', 'regionCodes', 'site', 'statuses', 'tags', 'updatedAt'].sort(),
    );
    expect([...tx.objectStore('claims').indexNames]).toEqual(['articleId']);
    expect([...tx.objectStore('annotations').indexNames].sort()).toEqual(['articleId', 'claimId', 'status', 'tags'].sort());
    db.close();
  });

  it('upgrades a version 1 library with data in it, keeping every record and indexing it', async () => {
    const name = freshName();
    const v1 = await createV1Library(name);
    const db = await openLibrary(name);
    expect(db.version).toBe(SCHEMA_VERSION);

    const saved = await getSavedArticle(db, 'a1');
    expect(saved?.article).toEqual(v1.article);
    expect(saved?.claims.sort((a, b) => a.id.localeCompare(b.id))).toEqual(v1.claims);
    expect(saved?.annotations).toEqual(v1.notes);

    // The backfilled keys answer the new indexes.
    expect((await listArticles(db, { regionCode: '330000' })).map((a) => a.id)).toEqual(['a1']);
    expect((await listArticles(db, { regionCode: '330100' })).map((a) => a.id)).toEqual(['a1']);
    expect(await listArticles(db, { regionCode: '510000' })).toEqual([]);
    expect((await listArticles(db, { tag: '待核实' })).map((a) => a.id)).toEqual(['a1']);
    expect((await listArticles(db, { tag: '土地' })).map((a) => a.id)).toEqual(['a1']);
    expect((await listArticles(db, { status: 'disputed' })).map((a) => a.id)).toEqual(['a1']);
    expect((await listArticles(db, { kind: 'money', family: 'CNY' })).map((a) => a.id)).toEqual(['a1']);
    expect(await db.getAllKeysFromIndex('claims', 'articleId', 'a1')).toEqual(['c1', 'c2']);
    db.close();
  });

  it('upgrades a version 2 library with data in it, dropping the unused claim indexes and keeping every record', async () => {
    const name = freshName();
    // Version 2 made by this code's own first two steps (version 1 is tested against its raw shape above).
    const v1 = await createV1Library(name);
    const version2 = MIGRATIONS.find((m) => m.version === 2)!;
    const v2 = await openDB(name, 2, { upgrade: (database, _oldVersion, _newVersion, tx) => void version2.upgrade(database, tx as never) });
    const storedClaim = (await v2.get('claims', 'c2')) as { ix?: { words: string[] } };
    expect(storedClaim.ix?.words).toContain('税收');
    expect([...v2.transaction('claims').store.indexNames]).toContain('words');
    v2.close();

    const db = await openLibrary(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.transaction('claims').store.indexNames]).toEqual(['articleId']);
    const saved = await getSavedArticle(db, 'a1');
    expect(saved?.article).toEqual(v1.article);
    // Version 2's derived keys on the claims are never shown.
    expect(saved?.claims.sort((a, b) => a.id.localeCompare(b.id))).toEqual(v1.claims);
    expect(saved?.annotations).toEqual(v1.notes);
    expect((await listArticles(db, { regionCode: '330000', kind: 'money' })).map((a) => a.id)).toEqual(['a1']);

    // Saving the article again stores its claims without the old keys.
    await saveArticle(db, saved!);
    expect(await db.get('claims', 'c2')).toEqual(v1.claims[1]);
    db.close();
  });

  it('upgrades an empty version 1 library', async () => {
    const name = freshName();
    (await rawOpen(name, 1, (raw) => {
      raw.createObjectStore('articles', { keyPath: 'id' }).createIndex('canonicalUrl', 'canonicalUrl');
      raw.createObjectStore('claims', { keyPath: 'id' }).createIndex('articleId', 'articleId');
      raw.createObjectStore('annotations', { keyPath: 'id' }).createIndex('articleId', 'articleId');
    })).close();
    const db = await openLibrary(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect(await listArticles(db)).toEqual([]);
    db.close();
  });
});
