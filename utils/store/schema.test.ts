import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import {
  deleteAnnotation,
  deleteArticle,
  findArticlesByUrl,
  getMeta,
  getSavedArticle,
  listRecentArticles,
  openLibrary,
  readLibrary,
  saveArticle,
  type LibraryDB,
} from './library';
import { lineOnShelf, recordsOnShelf } from '../../tests/unit/support/shelves';
import { articleSummary, catalogSummaries, shelfOf, shelfRecord, withArticleKeys } from './keys';
import { readSavedLine } from './lines';
import { describeAnchor } from '../anchoring';
import { MIGRATIONS, SCHEMA_VERSION } from './schema';
import type { SavedArticle } from './types';
import { LINAN, SUINING, makeArticle, makeClaim, makeNote } from '../../tests/unit/support/records';
import { buildSearchIndex, searchLibrary, type ArticleFilter } from '../search/library-search';

/** What the dashboard lists for a filter: its in-memory search over the library as stored. */
const listed = async (db: LibraryDB, filter: ArticleFilter = {}) => searchLibrary(buildSearchIndex(await readLibrary(db)), '', filter).map((hit) => hit.article.id);

let counter = 0;
const freshName = () => `schema-test-${++counter}-${Math.random()}`;

/** A database at `version`, made by this code's migrations up to it, as that version left it. */
function openVersion(name: string, version: number) {
  return openDB(name, version, {
    async upgrade(database, _oldVersion, _newVersion, tx) {
      for (const m of MIGRATIONS.filter((m) => m.version <= version)) await m.upgrade(database, tx as never);
    },
  });
}

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
    expect([...db.objectStoreNames].sort()).toEqual(['catalog', 'meta', 'shelves']);
    const tx = db.transaction(['catalog', 'shelves'], 'readonly');
    expect([...tx.objectStore('catalog').indexNames].sort()).toEqual(['canonicalUrls', 'updatedAts']);
    expect([...tx.objectStore('shelves').indexNames]).toEqual(['noteIds']);
    db.close();
  });

  it('upgrades a version 1 library with data in it, keeping every record, found by the dashboard’s filters', async () => {
    const name = freshName();
    const v1 = await createV1Library(name);
    const db = await openLibrary(name);
    expect(db.version).toBe(SCHEMA_VERSION);

    const saved = await getSavedArticle(db, 'a1');
    expect(saved?.article).toEqual(v1.article);
    expect(saved?.claims.sort((a, b) => a.id.localeCompare(b.id))).toEqual(v1.claims);
    expect(saved?.annotations).toEqual(v1.notes);

    expect(await listed(db, { regionCode: '330000' })).toEqual(['a1']);
    expect(await listed(db, { regionCode: '330100' })).toEqual(['a1']);
    expect(await listed(db, { regionCode: '510000' })).toEqual([]);
    expect(await listed(db, { tag: '待核实' })).toEqual(['a1']);
    expect(await listed(db, { tag: '土地' })).toEqual(['a1']);
    expect(await listed(db, { status: 'disputed' })).toEqual(['a1']);
    expect(await listed(db, { kind: 'money', family: 'CNY' })).toEqual(['a1']);
    expect(await db.getKeyFromIndex('shelves', 'noteIds', 'n1')).toBe(shelfOf('a1'));
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
    const saved = await getSavedArticle(db, 'a1');
    expect(saved?.article).toEqual(v1.article);
    // Version 2's derived keys on the claims are gone: the move to version 4 stores claims as they are.
    expect(saved?.claims).toEqual(v1.claims);
    expect(recordsOnShelf((await db.get('shelves', shelfOf('a1')))!, 'a1').claims).toEqual(v1.claims);
    expect(saved?.annotations).toEqual(v1.notes);
    expect(await listed(db, { regionCode: '330000', kind: 'money' })).toEqual(['a1']);
    db.close();
  });

  it('upgrades a version 3 library with data in it, moving every claim and note into its article unchanged', async () => {
    const name = freshName();
    // Version 3 made by this code's first three steps, filled the way version 3 wrote: one record per
    // article (with its derived keys), claim and note; and a meta entry.
    const v3 = await openVersion(name, 3);
    const library: SavedArticle[] = [
      {
        article: makeArticle('a1', { regions: [LINAN], tags: ['土地'] }),
        claims: [
          makeClaim('a1', 'c2', { text: '42.3万元', value: 423000, unit: 'CNY', kind: 'money', subject: '亩均税收', edited: ['value'], updatedAt: 7 }),
          makeClaim('a1', 'c1', { dismissed: true }),
          makeClaim('a1', 'r1', { origin: 'reader', text: '300亩', value: 300 }),
        ],
        annotations: [
          makeNote('a1', 'n2', { tags: ['页面'], status: 'unverified' }),
          makeNote('a1', 'n1', { claimId: 'c2', status: 'wrong', correctedValue: 430000, evidenceUrl: 'https://stats.example.cn/1', color: '#ffcc00' }),
        ],
      },
      { article: makeArticle('a2', { regions: [SUINING], date: undefined, updatedAt: 9 }), claims: [makeClaim('a2', 'c3', { unit: 'ha', value: 11640 })], annotations: [] },
      { article: makeArticle('a3', { title: '没有数字的文章' }), claims: [], annotations: [] },
    ];
    const tx = v3.transaction(['articles', 'claims', 'annotations', 'meta'], 'readwrite');
    for (const s of library) {
      await tx.objectStore('articles').put(withArticleKeys(s.article, s.claims, s.annotations));
      for (const claim of s.claims) await tx.objectStore('claims').put(claim);
      for (const note of s.annotations) await tx.objectStore('annotations').put(note);
    }
    // A claim version 2 stored with its own derived keys, never rewritten since.
    const oldClaim = makeClaim('a2', 'c4', { subject: '耕地' });
    await tx.objectStore('claims').put({ ...oldClaim, ix: { family: 'm2', words: ['耕地'], regionCodes: ['510000'] } });
    library[1].claims.push(oldClaim);
    await tx.objectStore('meta').put({ key: 'displayUnit', value: { area: 'mu' } });
    await tx.done;
    v3.close();

    const db = await openLibrary(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['catalog', 'meta', 'shelves']);
    const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const s of library) {
      const read = await getSavedArticle(db, s.article.id);
      expect(read?.article).toEqual(s.article);
      // Claims and notes come back in id order, as version 3 read them.
      expect(read?.claims).toEqual(byId(s.claims));
      expect(read?.annotations).toEqual(byId(s.annotations));
    }
    const all = await readLibrary(db);
    expect(byId(all.articles)).toEqual(library.map((s) => s.article));
    expect(byId(all.claims)).toEqual(byId(library.flatMap((s) => s.claims)));
    expect(byId(all.annotations)).toEqual(byId(library.flatMap((s) => s.annotations)));
    expect(await getMeta(db, 'displayUnit')).toEqual({ area: 'mu' });
    expect(await listed(db, { tag: '页面' })).toEqual(['a1']);
    expect(await listed(db, { status: 'wrong' })).toEqual(['a1']);
    expect(await listed(db, { regionCode: '510000' })).toEqual(['a2']);
    // A note is still found by its id alone.
    expect(await deleteAnnotation(db, 'n2')).toEqual(library[0].annotations[0]);
    expect((await getSavedArticle(db, 'a1'))?.annotations.map((n) => n.id)).toEqual(['n1']);
    db.close();
  });

  it('upgrades a version 4 library, dropping the unused article indexes, and reads its records without their derived keys', async () => {
    const name = freshName();
    const v4 = await openVersion(name, 4);
    // Version 4 stored each article's record with derived keys (ix) in the articles store, and the record alone on its shelf.
    const old: SavedArticle = {
      article: makeArticle('a1', { regions: [LINAN], tags: ['土地'], updatedAt: 5 }),
      claims: [makeClaim('a1', 'c1')],
      annotations: [makeNote('a1', 'n1', { claimId: 'c1', status: 'verified' })],
    };
    const tx = v4.transaction(['articles', 'shelves'], 'readwrite');
    await tx.objectStore('articles').put(withArticleKeys(old.article, old.claims, old.annotations));
    await tx.objectStore('shelves').put({ shelf: shelfOf('a1'), contents: new Map([['a1', old]]), ix: { noteIds: ['n1'] } });
    await tx.done;
    expect([...v4.transaction('articles').store.indexNames]).toContain('regionCodes');
    v4.close();

    const db = await openLibrary(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect(await getSavedArticle(db, 'a1')).toEqual(old);
    // The first screen reads the catalog, made from the articles store whose record had derived keys: they never show.
    expect(await listRecentArticles(db, 10)).toEqual([articleSummary(old.article)]);
    expect((await listRecentArticles(db, 10))[0]).not.toHaveProperty('ix');
    expect(await listed(db, { regionCode: '330000', status: 'verified' })).toEqual(['a1']);
    db.close();
  });

  it('upgrades a version 5 library, reading its whole anchors, and writes anchors without the quotes the text gives back', async () => {
    const name = freshName();
    const v5 = await openVersion(name, 5);
    const article = makeArticle('a1');
    const at = article.text.indexOf('42.3万元');
    const derivable = makeClaim('a1', 'c2', { start: at, text: '42.3万元', anchor: describeAnchor(article.text, at, at + 6) });
    const old: SavedArticle = { article, claims: [makeClaim('a1', 'c1'), derivable], annotations: [makeNote('a1', 'n1', { claimId: 'c2', anchor: derivable.anchor })] };
    // Version 5 kept every anchor whole on its shelf.
    const tx = v5.transaction(['articles', 'shelves'], 'readwrite');
    await tx.objectStore('articles').put(old.article);
    await tx.objectStore('shelves').put({ shelf: shelfOf('a1'), contents: new Map([['a1', old]]), ix: { noteIds: ['n1'] } });
    await tx.done;
    v5.close();

    const db = await openLibrary(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect(await getSavedArticle(db, 'a1')).toEqual(old);
    await saveArticle(db, { ...old, article: { ...old.article, title: '新标题', updatedAt: 6 } });
    const stored = readSavedLine(lineOnShelf((await db.get('shelves', shelfOf('a1')))!, 'a1')!);
    // makeClaim's own anchor has a shorter suffix than the text gives: it stays whole. The other is the
    // claim's own span with the quote the text gives: the line leaves it out.
    expect(stored.claims.map((c) => c.anchor)).toEqual([old.claims[0].anchor, undefined]);
    expect(stored.annotations[0].anchor).toEqual({ position: derivable.anchor.position });
    const again = await getSavedArticle(db, 'a1');
    expect(again?.claims).toEqual(old.claims);
    expect(again?.annotations).toEqual(old.annotations);
    expect((await readLibrary(db)).claims).toEqual(old.claims);
    db.close();
  });

  it('upgrades a version 6 library, reading its shelves of records, and writes each article as a line when its shelf is next written', async () => {
    const name = freshName();
    const v6 = await openVersion(name, 6);
    const article = makeArticle('a1');
    const at = article.text.indexOf('42.3万元');
    const claim = makeClaim('a1', 'c2', { start: at, text: '42.3万元', anchor: describeAnchor(article.text, at, at + 6) });
    const note = makeNote('a1', 'n1', { claimId: 'c2', anchor: claim.anchor });
    const old: SavedArticle = { article, claims: [claim], annotations: [note] };
    // Version 6 kept records on its shelves, anchors without the quotes the text gives back.
    const compact = { article, claims: [{ ...claim, anchor: { position: claim.anchor.position } }], annotations: [{ ...note, anchor: { position: note.anchor.position } }] };
    // Another article on the same shelf, which the save below does not touch.
    const neighbourId = Array.from({ length: 5000 }, (_, i) => `b${i}`).find((id) => shelfOf(id) === shelfOf('a1'))!;
    const neighbour: SavedArticle = { article: makeArticle(neighbourId), claims: [makeClaim(neighbourId, 'c9')], annotations: [] };
    const tx = v6.transaction(['articles', 'shelves'], 'readwrite');
    await tx.objectStore('articles').put(article);
    await tx.objectStore('articles').put(neighbour.article);
    await tx.objectStore('shelves').put({ shelf: shelfOf('a1'), contents: new Map<string, unknown>([['a1', compact], [neighbourId, neighbour]]), ix: { noteIds: ['n1'] } });
    await tx.done;
    v6.close();

    const db = await openLibrary(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect(await getSavedArticle(db, 'a1')).toEqual(old);
    expect(await getSavedArticle(db, neighbourId)).toEqual(neighbour);
    await saveArticle(db, { ...old, article: { ...article, title: '新标题', updatedAt: article.updatedAt + 1 } });
    const shelf = (await db.get('shelves', shelfOf('a1')))!;
    expect(shelf.contents).toBeUndefined();
    expect(recordsOnShelf(shelf, neighbourId)).toEqual(neighbour);
    expect(recordsOnShelf(shelf, 'a1').annotations).toEqual(compact.annotations);
    expect(await getSavedArticle(db, neighbourId)).toEqual(neighbour);
    expect((await getSavedArticle(db, 'a1'))?.annotations).toEqual([note]);
    // The note is still found by its id alone.
    expect(await deleteAnnotation(db, 'n1')).toEqual(note);
    db.close();
  });

  it('upgrades a version 7 library, moving the articles store into a catalog of the shelves that lookups and writes then use', async () => {
    const name = freshName();
    const v7 = await openVersion(name, 7);
    const page = 'https://news.example.cn/page.html';
    const first: SavedArticle = { article: makeArticle('a1', { canonicalUrl: page, updatedAt: 5 }), claims: [makeClaim('a1', 'c1')], annotations: [] };
    const sameShelf = Array.from({ length: 5000 }, (_, i) => `b${i}`).find((id) => shelfOf(id) === shelfOf('a1'))!;
    const second: SavedArticle = { article: makeArticle(sameShelf, { canonicalUrl: page, updatedAt: 9 }), claims: [], annotations: [] };
    const otherShelf = Array.from({ length: 5000 }, (_, i) => `c${i}`).find((id) => shelfOf(id) !== shelfOf('a1'))!;
    const third: SavedArticle = { article: makeArticle(otherShelf, { updatedAt: 7 }), claims: [], annotations: [] };
    // As version 7 stored them: each article as a line on its shelf, and its record in the articles store.
    const tx = v7.transaction(['articles', 'shelves'], 'readwrite');
    const byShelf = new Map<number, Map<string, SavedArticle>>();
    for (const saved of [first, second, third]) {
      await tx.objectStore('articles').put(saved.article);
      const shelf = shelfOf(saved.article.id);
      byShelf.set(shelf, (byShelf.get(shelf) ?? new Map()).set(saved.article.id, saved));
    }
    for (const [shelf, held] of byShelf) await tx.objectStore('shelves').put(shelfRecord(shelf, held, []));
    await tx.done;
    v7.close();

    const db = await openLibrary(name);
    expect([...db.objectStoreNames]).not.toContain('articles');
    expect(await listRecentArticles(db, 2)).toEqual([articleSummary(second.article), articleSummary(third.article)]);
    expect((await findArticlesByUrl(db, page)).map((s) => s.article)).toEqual([second.article, first.article]);
    // A save rewrites the shelf's catalog record with its neighbour's summary kept; a delete takes the summary out.
    await saveArticle(db, { ...first, article: { ...first.article, title: '新标题', updatedAt: 10 } });
    expect(catalogSummaries(await db.get('catalog', shelfOf('a1'))).map((s) => [s.id, s.title])).toEqual([
      ['a1', '新标题'],
      [sameShelf, second.article.title],
    ].sort());
    await deleteArticle(db, sameShelf);
    expect((await findArticlesByUrl(db, page)).map((s) => s.article.id)).toEqual(['a1']);
    expect(await listRecentArticles(db, 10)).toHaveLength(2);
    db.close();
  });

  it('keeps claims and notes whose article is missing when upgrading from version 3', async () => {
    const name = freshName();
    const v3 = await openVersion(name, 3);
    const stray = makeClaim('gone', 'c9');
    const strayNote = makeNote('gone', 'n9');
    await v3.put('claims', stray);
    await v3.put('annotations', strayNote);
    v3.close();
    const db = await openLibrary(name);
    expect(await readLibrary(db)).toEqual({ articles: [], claims: [stray], annotations: [strayNote] });
    db.close();
  });

  it('upgrades a version 3 library holding a number JSON cannot keep, keeping that article as records', async () => {
    const name = freshName();
    const v3 = await openVersion(name, 3);
    const article = makeArticle('a1');
    const odd = makeClaim('a1', 'c1', { siValue: Number.NaN });
    await v3.put('articles', article);
    await v3.put('claims', odd);
    v3.close();
    const db = await openLibrary(name);
    expect((await getSavedArticle(db, 'a1'))?.claims[0].siValue).toBeNaN();
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
    expect(await readLibrary(db)).toEqual({ articles: [], claims: [], annotations: [] });
    db.close();
  });
});
