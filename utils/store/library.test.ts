import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  deleteAnnotation,
  deleteArticle,
  editArticle,
  editClaim,
  findArticleByUrl,
  findArticlesByUrl,
  getMeta,
  getSavedArticle,
  announceAs,
  librarySender,
  listRecentArticles,
  onLibraryChange,
  openLibrary,
  putAnnotation,
  putClaim,
  readLibrary,
  readSavedLines,
  restoreArticle,
  saveArticle,
  saveArticles,
  setMeta,
  type LibraryDB,
} from './library';
import { StorageFullError, StoreWriteError } from './errors';
import { lineOnShelf } from '../../tests/unit/support/shelves';
import { SHELF_COUNT, shelfOf } from './keys';
import { readSavedLine, savedLineText } from './lines';
import type { SavedArticle } from './types';
import { buildSearchIndex, searchLibrary, type ArticleFilter } from '../search/library-search';
import { ANJI, LINAN, SUINING, makeArticle, makeClaim, makeNote } from '../../tests/unit/support/records';

let counter = 0;
const open: LibraryDB[] = [];
async function freshLibrary(name = `library-test-${++counter}-${Math.random()}`): Promise<LibraryDB> {
  const db = await openLibrary(name);
  open.push(db);
  return db;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function seedArticle(id = 'a1'): SavedArticle {
  return {
    article: makeArticle(id),
    claims: [makeClaim(id, `${id}-c1`), makeClaim(id, `${id}-c2`, { text: '42.3万元', value: 423000, unit: 'CNY', kind: 'money', subject: '亩均税收' })],
    annotations: [],
  };
}

const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const ids = (records: Array<{ id: string }>) => records.map((r) => r.id);
/** What the dashboard lists for a filter: its in-memory search over the library as stored, latest first. */
const listed = async (db: LibraryDB, filter: ArticleFilter = {}) => searchLibrary(buildSearchIndex(await readLibrary(db)), '', filter).map((hit) => hit.article.id);

describe('saving and reading articles', () => {
  it('saves an article with its claims and notes and reads it back by id and by URL', async () => {
    const db = await freshLibrary();
    const saved = { ...seedArticle(), annotations: [makeNote('a1', 'n1', { claimId: 'a1-c1' })] };
    await saveArticle(db, saved);
    const read = await getSavedArticle(db, 'a1');
    expect(read?.article).toEqual(saved.article);
    expect(byId(read!.claims)).toEqual(saved.claims);
    expect(read?.annotations).toEqual(saved.annotations);
    expect((await findArticleByUrl(db, saved.article.canonicalUrl))?.article.id).toBe('a1');
    expect(await findArticleByUrl(db, 'https://elsewhere.example/')).toBeNull();
    expect(await getSavedArticle(db, 'missing')).toBeNull();
  });

  it('finds every article of a newspaper page by its URL, latest first', async () => {
    const db = await freshLibrary();
    const url = 'https://epaper.example.cn/page1.html';
    await saveArticle(db, { article: makeArticle('p1', { canonicalUrl: url, updatedAt: 1 }), claims: [], annotations: [] });
    await saveArticle(db, { article: makeArticle('p2', { canonicalUrl: url, updatedAt: 2 }), claims: [], annotations: [] });
    expect((await findArticlesByUrl(db, url)).map((s) => s.article.id)).toEqual(['p2', 'p1']);
  });

  it('keeps the reader’s notes, verdicts and corrections when the page is saved again', async () => {
    const db = await freshLibrary();
    await saveArticle(db, seedArticle());
    await putAnnotation(db, makeNote('a1', 'n1', { claimId: 'a1-c2', note: '与统计公报不符', status: 'disputed', updatedAt: 5 }));
    await putClaim(db, { ...makeClaim('a1', 'a1-c1'), dismissed: true, updatedAt: 6 });
    await editArticle(db, 'a1', { title: '读者改过的标题' }, 7);
    await putClaim(db, makeClaim('a1', 'r1', { origin: 'reader', text: '300亩', value: 300, updatedAt: 8 }));
    await editClaim(db, 'a1', 'a1-c2', { value: 430000 }, 9);

    // A fresh analysis of the page: new timestamps, claims found again without reader state, one figure gone.
    const again = seedArticle();
    again.article = { ...again.article, title: '页面上的标题', updatedAt: 100 };
    again.claims = again.claims.map((c) => ({ ...c, updatedAt: 100 }));
    again.claims.push(makeClaim('a1', 'a1-c3', { text: '25万平方米', updatedAt: 100 }));
    const before = again.claims.slice();
    again.claims = before.filter((c) => c.id !== 'a1-c1'); // the engine no longer finds c1 (dismissed, kept)
    await saveArticle(db, again);

    const read = (await getSavedArticle(db, 'a1'))!;
    expect(read.article.title).toBe('读者改过的标题');
    expect(read.article.updatedAt).toBe(100);
    expect(read.annotations.map((a) => a.note)).toEqual(['与统计公报不符']);
    const claims = new Map(read.claims.map((c) => [c.id, c]));
    expect([...claims.keys()].sort()).toEqual(['a1-c1', 'a1-c2', 'a1-c3', 'r1']);
    expect(claims.get('a1-c1')?.dismissed).toBe(true);
    expect(claims.get('a1-c2')?.value).toBe(430000);
    expect(claims.get('a1-c2')?.edited).toEqual(['value']);
    expect(claims.get('r1')?.origin).toBe('reader');
  });

  it('drops engine claims the new analysis no longer finds when the reader never touched them', async () => {
    const db = await freshLibrary();
    await saveArticle(db, seedArticle());
    const again = seedArticle();
    again.claims = again.claims.filter((c) => c.id === 'a1-c2');
    await saveArticle(db, again);
    expect((await getSavedArticle(db, 'a1'))!.claims.map((c) => c.id)).toEqual(['a1-c2']);
  });

  it('refuses a claim or note of another article and writes nothing', async () => {
    const db = await freshLibrary();
    const saved = seedArticle();
    saved.claims.push(makeClaim('other', 'x1'));
    await expect(saveArticle(db, saved)).rejects.toBeInstanceOf(StoreWriteError);
    expect(await getSavedArticle(db, 'a1')).toBeNull();
    await expect(putAnnotation(db, makeNote('nowhere', 'n9'))).rejects.toThrow(/not saved/);
  });

  it('deletes an article with everything in it and puts it back on undo', async () => {
    const db = await freshLibrary();
    const saved = { ...seedArticle(), annotations: [makeNote('a1', 'n1', { tags: ['土地'] })] };
    await saveArticle(db, saved);
    await saveArticle(db, seedArticle('a2'));
    const deleted = await deleteArticle(db, 'a1');
    expect(deleted?.article.id).toBe('a1');
    expect(await getSavedArticle(db, 'a1')).toBeNull();
    const rest = await readLibrary(db);
    expect(rest.articles.map((a) => a.id)).toEqual(['a2']);
    expect(rest.claims.every((c) => c.articleId === 'a2')).toBe(true);
    expect(rest.annotations).toEqual([]);
    await restoreArticle(db, deleted!);
    const back = (await getSavedArticle(db, 'a1'))!;
    expect(back.article).toEqual(saved.article);
    expect(byId(back.claims)).toEqual(saved.claims);
    expect(back.annotations).toEqual(saved.annotations);
    expect(await deleteArticle(db, 'never-saved')).toBeNull();
  });

  it('deletes a note and returns it for undo', async () => {
    const db = await freshLibrary();
    await saveArticle(db, seedArticle());
    const note = makeNote('a1', 'n1', { tags: ['复核'] });
    await putAnnotation(db, note);
    expect(await listed(db, { tag: '复核' })).toEqual(['a1']);
    expect(await deleteAnnotation(db, 'n1')).toEqual(note);
    expect(await listed(db, { tag: '复核' })).toEqual([]);
    expect(await deleteAnnotation(db, 'n1')).toBeNull();
  });

  it('moves a note put under another article out of its old one, and corrects a claim named with its article', async () => {
    const db = await freshLibrary();
    await saveArticle(db, seedArticle('a1'));
    await saveArticle(db, seedArticle('a2'));
    await putAnnotation(db, makeNote('a1', 'n1', { tags: ['旧'] }));
    await putAnnotation(db, makeNote('a2', 'n1', { tags: ['新'] }));
    expect((await getSavedArticle(db, 'a1'))!.annotations).toEqual([]);
    expect((await getSavedArticle(db, 'a2'))!.annotations.map((n) => n.tags)).toEqual([['新']]);
    expect(await listed(db, { tag: '旧' })).toEqual([]);
    expect((await editClaim(db, 'a2', 'a2-c1', { subject: '新增建设用地' }, 5)).edited).toEqual(['subject']);
    expect((await getSavedArticle(db, 'a2'))!.claims.find((c) => c.id === 'a2-c1')?.subject).toBe('新增建设用地');
    await expect(editClaim(db, 'a1', 'a2-c1', { value: 1 })).rejects.toThrow(/not saved/);
  });

  it('keeps articles that share a shelf apart: saving, noting or deleting one leaves the other as it was', async () => {
    const db = await freshLibrary();
    const first = 'shelf-0';
    let second = 1;
    while (shelfOf(`shelf-${second}`) !== shelfOf(first)) second++;
    const a = { ...seedArticle(first), annotations: [makeNote(first, 'na', { tags: ['甲'] })] };
    const b = seedArticle(`shelf-${second}`);
    await saveArticles(db, [a, b]);
    await putAnnotation(db, makeNote(b.article.id, 'nb'));
    await deleteAnnotation(db, 'na');
    expect((await getSavedArticle(db, first))!.annotations).toEqual([]);
    expect((await getSavedArticle(db, b.article.id))!.annotations.map((n) => n.id)).toEqual(['nb']);
    await deleteArticle(db, first);
    const left = (await getSavedArticle(db, b.article.id))!;
    expect(byId(left.claims)).toEqual(b.claims);
    expect(await readLibrary(db)).toEqual({ articles: [b.article], claims: left.claims, annotations: left.annotations });
  });

  it('writes back the articles a save did not touch as the very bytes they were stored as', async () => {
    const db = await freshLibrary();
    const first = 'shelf-0';
    let second = 1;
    while (shelfOf(`shelf-${second}`) !== shelfOf(first)) second++;
    const b = seedArticle(`shelf-${second}`);
    await saveArticles(db, [seedArticle(first), b]);
    const lineOf = async (id: string) => lineOnShelf((await db.get('shelves', shelfOf(first)))!, id)!;
    const storedB = await lineOf(b.article.id);
    expect(readSavedLine(storedB).article).toEqual(b.article);
    await putAnnotation(db, makeNote(first, 'na'));
    expect(await lineOf(b.article.id)).toEqual(storedB);
    expect((await db.get('shelves', shelfOf(first)))!.ix.noteIds).toEqual(['na']);
    await putAnnotation(db, makeNote(b.article.id, 'nb'));
    expect([...(await db.get('shelves', shelfOf(first)))!.ix.noteIds].sort()).toEqual(['na', 'nb']);
    await deleteArticle(db, first);
    expect((await db.get('shelves', shelfOf(first)))!.ix.noteIds).toEqual(['nb']);
  });

  it('keeps a note findable by id when it moves to another article on the same shelf', async () => {
    const db = await freshLibrary();
    const first = 'shelf-0';
    let second = 1;
    while (shelfOf(`shelf-${second}`) !== shelfOf(first)) second++;
    const other = `shelf-${second}`;
    await saveArticles(db, [seedArticle(first), seedArticle(other)]);
    await putAnnotation(db, makeNote(first, 'n1'));
    // The note leaves `first` for `other`: both change in one transaction, on one shelf.
    await putAnnotation(db, makeNote(other, 'n1', { tags: ['moved'] }));
    expect((await db.get('shelves', shelfOf(first)))!.ix.noteIds).toEqual(['n1']);
    expect((await deleteAnnotation(db, 'n1'))?.tags).toEqual(['moved']);
    expect((await getSavedArticle(db, other))!.annotations).toEqual([]);
  });

  it('keeps a note findable by id while another article of its shelf still holds one of that id', async () => {
    const db = await freshLibrary();
    const first = 'shelf-0';
    let second = 1;
    while (shelfOf(`shelf-${second}`) !== shelfOf(first)) second++;
    const other = `shelf-${second}`;
    // An import can leave one note id in two articles (it merges a note by id into the article the file names).
    await saveArticles(db, [
      { ...seedArticle(first), annotations: [makeNote(first, 'n1')] },
      { ...seedArticle(other), annotations: [makeNote(other, 'n1', { tags: ['kept'] })] },
    ]);
    await deleteArticle(db, first);
    expect((await db.get('shelves', shelfOf(first)))!.ix.noteIds).toEqual(['n1']);
    expect((await deleteAnnotation(db, 'n1'))?.tags).toEqual(['kept']);
  });

  it('gives every saved article as its line, in id order, or only those asked for', async () => {
    const db = await freshLibrary();
    const saved = ['b2', 'a10', 'a9'].map((id) => ({ ...seedArticle(id), annotations: [makeNote(id, `n-${id}`)] }));
    await saveArticles(db, saved);
    const lines = await readSavedLines(db);
    expect(lines.map((line) => readSavedLine(line).article!.id)).toEqual(['a10', 'a9', 'b2']);
    expect(lines.map((line) => new TextDecoder().decode(line))).toEqual(
      [saved[1], saved[2], saved[0]].map((s) => savedLineText({ article: s.article, claims: byId(s.claims), annotations: s.annotations })),
    );
    expect((await readSavedLines(db, ['b2', 'gone'])).map((line) => readSavedLine(line).article!.id)).toEqual(['b2']);
  });

  it('keeps an article holding a number JSON cannot keep as records, exactly, and a backup names it instead of changing it', async () => {
    const db = await freshLibrary();
    const first = 'shelf-0';
    let second = 1;
    while (shelfOf(`shelf-${second}`) !== shelfOf(first)) second++;
    const odd = seedArticle(first);
    odd.claims[0] = { ...odd.claims[0], siValue: Number.NaN };
    odd.annotations = [makeNote(first, 'n1', { correctedValue: Infinity })];
    const neighbour = seedArticle(`shelf-${second}`);
    await saveArticles(db, [odd, neighbour]);
    // Saving its neighbour rewrites the shelf, and the odd article stays as it was.
    await putAnnotation(db, makeNote(neighbour.article.id, 'n2'));
    const stored = (await getSavedArticle(db, first))!;
    expect(stored.claims.find((c) => c.id === odd.claims[0].id)!.siValue).toBeNaN();
    expect(stored.annotations[0].correctedValue).toBe(Infinity);
    expect((await getSavedArticle(db, neighbour.article.id))!.annotations.map((n) => n.id)).toEqual(['n2']);
    expect((await readLibrary(db)).articles.map((a) => a.id).sort()).toEqual([first, neighbour.article.id].sort());
    await expect(readSavedLines(db)).rejects.toThrow(new RegExp(`Record ${odd.claims[0].id} holds a number that is not finite \\(NaN\\)`));
    expect(await readSavedLines(db, [neighbour.article.id])).toHaveLength(1);
  });

  it('keeps settings in the meta store', async () => {
    const db = await freshLibrary();
    expect(await getMeta(db, 'displayUnit')).toBeUndefined();
    await setMeta(db, 'displayUnit', { area: 'mu' });
    expect(await getMeta(db, 'displayUnit')).toEqual({ area: 'mu' });
  });
});

describe('shelves', () => {
  it('spread article ids evenly', () => {
    const counts = new Array<number>(SHELF_COUNT).fill(0);
    for (let i = 0; i < 100 * SHELF_COUNT; i++) counts[shelfOf(`a-${i.toString(16)}`)]++;
    expect(Math.min(...counts)).toBeGreaterThan(50);
    expect(Math.max(...counts)).toBeLessThan(150);
  });
});

describe('saving many articles at once', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => seedArticle(`m${i}`));

  it('stores every article whole across batches, as saving them one by one would', async () => {
    const one = await freshLibrary();
    const bulk = await freshLibrary();
    const list = many(5);
    for (const saved of list) await saveArticle(one, saved);
    const progress: number[] = [];
    expect(await saveArticles(bulk, list, { batchSize: 2, onProgress: (done) => progress.push(done) })).toEqual({ written: 5 });
    expect(progress).toEqual([2, 4, 5]);
    const sorted = async (db: LibraryDB) => {
      const all = await readLibrary(db);
      return { articles: byId(all.articles), claims: byId(all.claims), annotations: byId(all.annotations) };
    };
    expect(await sorted(bulk)).toEqual(await sorted(one));
  });

  it('merges with what is stored: the reader’s newer edits and notes stay', async () => {
    const db = await freshLibrary();
    await saveArticle(db, seedArticle('m1'));
    await editArticle(db, 'm1', { title: '读者改过的标题' }, 50);
    await putAnnotation(db, makeNote('m1', 'n1', { claimId: 'm1-c1', status: 'disputed' }));
    const again = seedArticle('m1');
    again.article = { ...again.article, title: '页面上的标题', updatedAt: 10 };
    // The same article twice in one batch meets its first copy, as two saves in turn would.
    const later = { ...again, claims: again.claims.filter((c) => c.id === 'm1-c1') };
    expect(await saveArticles(db, [again, seedArticle('m2'), later])).toEqual({ written: 3 });
    const read = (await getSavedArticle(db, 'm1'))!;
    expect(read.article.title).toBe('读者改过的标题');
    expect(read.annotations.map((n) => n.id)).toEqual(['n1']);
    expect(read.claims.map((c) => c.id)).toEqual(['m1-c1']);
    expect(await getSavedArticle(db, 'm2')).not.toBeNull();
  });

  it('on a full disk keeps the batches before it, says how many articles they held, and half-writes nothing', async () => {
    const db = await freshLibrary();
    const list = many(5);
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    // A batch of two articles on two shelves is four puts (two articles, two shelves): the third put of batch two fails.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 4 + 3) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const result = await saveArticles(db, list, { batchSize: 2 });
    vi.restoreAllMocks();
    expect(result.written).toBe(2);
    expect(result.error).toBeInstanceOf(StorageFullError);
    // Batches follow the shelves, not the list: which two articles were written depends on their ids.
    const stored = await readLibrary(db);
    const ids = stored.articles.map((a) => a.id);
    expect(ids).toHaveLength(2);
    expect(stored.claims.map((c) => c.id).sort()).toEqual(ids.flatMap((id) => [`${id}-c1`, `${id}-c2`]).sort());
  });

  it('refuses a record of another article before writing anything', async () => {
    const db = await freshLibrary();
    const list = many(3);
    list[2].claims.push(makeClaim('other', 'x1'));
    await expect(saveArticles(db, list)).rejects.toBeInstanceOf(StoreWriteError);
    expect((await readLibrary(db)).articles).toEqual([]);
  });
});

describe('listing with the dashboard’s filters, from what is stored', () => {
  async function library() {
    const db = await freshLibrary();
    await saveArticle(db, { ...seedArticle('linan'), article: makeArticle('linan', { regions: [LINAN], date: '2024-03-01', updatedAt: 3 }) });
    await saveArticle(db, {
      article: makeArticle('anji', { regions: [ANJI], date: '2023-11-15', site: 'anji.gov.cn', updatedAt: 2, tags: ['竹产业'] }),
      claims: [makeClaim('anji', 'anji-c1', { kind: 'count', unit: 'item', value: 12, subject: '项目数' })],
      annotations: [makeNote('anji', 'anji-n1', { claimId: 'anji-c1', status: 'verified' })],
    });
    await saveArticle(db, {
      article: makeArticle('suining', { regions: [SUINING], date: undefined, language: 'en', updatedAt: 1 }),
      claims: [makeClaim('suining', 's-c1', { unit: 'ha', value: 11640 })],
      annotations: [],
    });
    return db;
  }
  it('lists everything, latest first, without a filter', async () => {
    expect(await listed(await library())).toEqual(['linan', 'anji', 'suining']);
  });

  it('reads only the most recent articles for a first screen', async () => {
    expect(ids(await listRecentArticles(await library(), 2))).toEqual(['linan', 'anji']);
  });

  it('lists the most recent of many articles over many shelves, ties and all, reading only the catalog records they are on', async () => {
    const db = await freshLibrary();
    // 300 articles on about 230 shelves, with updatedAt repeating every 37 (ties across shelves and on one shelf).
    const saved = Array.from({ length: 300 }, (_, i) => ({ article: makeArticle(`r${i}`, { updatedAt: 1000 + ((i * 7) % 37) * 10 + (i % 3) }), claims: [], annotations: [] }));
    await saveArticles(db, saved);
    const byRecency = saved.map((s) => s.article).sort((a, b) => b.updatedAt - a.updatedAt);
    for (const limit of [1, 5, 40]) {
      const recent = await listRecentArticles(db, limit);
      expect(recent.map((a) => a.updatedAt)).toEqual(byRecency.slice(0, limit).map((a) => a.updatedAt));
      expect(recent.every((a) => !('text' in a))).toBe(true);
    }
    expect(await listRecentArticles(db, 500)).toHaveLength(300);
    await deleteArticle(db, byRecency[0].id);
    expect((await listRecentArticles(db, 1))[0].updatedAt).toBe(byRecency[1].updatedAt);
    db.close();
  });

  it('filters by region with its hierarchy', async () => {
    const db = await library();
    expect(await listed(db, { regionCode: '330000' })).toEqual(['linan', 'anji']);
    expect(await listed(db, { regionCode: '330100' })).toEqual(['linan']);
    expect(await listed(db, { regionCode: '330523' })).toEqual(['anji']);
    expect(await listed(db, { regionCode: '510000' })).toEqual(['suining']);
  });

  it('filters by kind, unit family, site, tag, status and date range, and combines them', async () => {
    const db = await library();
    expect(await listed(db, { kind: 'count' })).toEqual(['anji']);
    expect(await listed(db, { family: 'm2' })).toEqual(['linan', 'suining']);
    expect(await listed(db, { site: 'anji.gov.cn' })).toEqual(['anji']);
    expect(await listed(db, { tag: '竹产业' })).toEqual(['anji']);
    expect(await listed(db, { status: 'verified' })).toEqual(['anji']);
    expect(await listed(db, { status: 'unverified' })).toEqual(['linan', 'suining']);
    expect(await listed(db, { dateFrom: '2024-01-01' })).toEqual(['linan']);
    expect(await listed(db, { dateTo: '2023-12-31' })).toEqual(['anji']);
    expect(await listed(db, { dateFrom: '2023-01-01', dateTo: '2024-12-31' })).toEqual(['linan', 'anji']);
    expect(await listed(db, { regionCode: '330000', family: 'm2' })).toEqual(['linan']);
    expect(await listed(db, { regionCode: '330000', kind: 'percent' })).toEqual([]);
  });

  it('follows the reader’s region and date correction', async () => {
    const db = await library();
    await editArticle(db, 'suining', { regions: [ANJI], date: '2022-01-01' });
    expect(await listed(db, { regionCode: '330500' })).toEqual(['suining', 'anji']);
    expect(await listed(db, { regionCode: '510000' })).toEqual([]);
    expect(await listed(db, { dateFrom: '2022-01-01', dateTo: '2022-01-01' })).toEqual(['suining']);
  });
});

describe('two tabs at once', () => {
  it('loses nothing when two connections save the same article concurrently', async () => {
    const name = `library-concurrent-${Math.random()}`;
    const tabA = await freshLibrary(name);
    const tabB = await freshLibrary(name);
    await saveArticle(tabA, seedArticle());
    const fromA = { ...seedArticle(), annotations: [makeNote('a1', 'nA', { note: 'from tab A' })] };
    const fromB = { ...seedArticle(), annotations: [makeNote('a1', 'nB', { note: 'from tab B' })] };
    const notes = Array.from({ length: 20 }, (_, i) => makeNote('a1', `n${i}`, { note: `note ${i}` }));
    await Promise.all([
      saveArticle(tabA, fromA),
      saveArticle(tabB, fromB),
      ...notes.map((note, i) => putAnnotation(i % 2 ? tabA : tabB, note)),
    ]);
    const read = (await getSavedArticle(tabA, 'a1'))!;
    expect(read.annotations.map((a) => a.id).sort()).toEqual(['nA', 'nB', ...notes.map((n) => n.id)].sort());
  });
});

describe('telling other pages', () => {
  it('announces each committed write of a library on the change channel', async () => {
    const db = await freshLibrary();
    const heard: unknown[] = [];
    const listener = new BroadcastChannel('figure-finder-library-changes');
    listener.onmessage = (event) => heard.push(event.data);
    await saveArticle(db, seedArticle());
    await putAnnotation(db, makeNote('a1', 'n1'));
    await expect.poll(() => heard.length).toBe(2);
    expect(heard[0]).toEqual({ library: db.name, sender: librarySender() });
    listener.close();
  });

  it('tells a page of other contexts\' writes, not of those made under its own name', async () => {
    const db = await freshLibrary();
    const heard: string[] = [];
    const stop = onLibraryChange(db.name, () => heard.push('change'));
    // Another tab's end of the channel; a worker writing for this page (announceAs) posts this page's sender.
    const elsewhere = new BroadcastChannel('figure-finder-library-changes');
    elsewhere.postMessage({ library: db.name, sender: librarySender() });
    elsewhere.postMessage({ library: 'another-library', sender: 'another-tab' });
    elsewhere.postMessage({ library: db.name, sender: 'another-tab' });
    await expect.poll(() => heard.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual(['change']);
    stop();
    elsewhere.close();
  });

  it('announces writes as the page a worker writes for', async () => {
    const db = await freshLibrary();
    const own = librarySender();
    const heard: unknown[] = [];
    const listener = new BroadcastChannel('figure-finder-library-changes');
    listener.onmessage = (event) => heard.push(event.data);
    announceAs('the-dashboard-tab');
    try {
      await saveArticle(db, seedArticle());
    } finally {
      announceAs(own);
    }
    await expect.poll(() => heard).toEqual([{ library: db.name, sender: 'the-dashboard-tab' }]);
    listener.close();
  });
});

describe('a write that fails midway', () => {
  it('reports a full disk as StorageFullError and leaves the stored article as it was', async () => {
    const db = await freshLibrary();
    await saveArticle(db, seedArticle());
    const before = await readLibrary(db);

    // The browser signals quota by failing a write inside the transaction; make the second put of
    // the next save (the article) fail that way, after its contents were already written in the transaction.
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const bigger = seedArticle();
    bigger.article = { ...bigger.article, title: 'changed', updatedAt: 200 };
    bigger.claims.push(...Array.from({ length: 5 }, (_, i) => makeClaim('a1', `extra${i}`)));
    bigger.annotations.push(makeNote('a1', 'n1'));
    const error = await saveArticle(db, bigger).catch((e: unknown) => e);
    vi.restoreAllMocks();

    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as StorageFullError).userMessage['zh-CN']).toMatch(/未保存/);
    expect(await readLibrary(db)).toEqual(before);
  });

  it('aborts the whole save when a record late in it is invalid', async () => {
    const db = await freshLibrary();
    const saved = seedArticle();
    saved.annotations.push(makeNote('a1', 'n1'), { ...makeNote('a1', 'n2'), id: undefined as unknown as string });
    await expect(saveArticle(db, saved)).rejects.toBeInstanceOf(StoreWriteError);
    expect(await readLibrary(db)).toEqual({ articles: [], claims: [], annotations: [] });
  });
});
