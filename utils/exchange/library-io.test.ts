import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { partsText } from '../../tests/fixtures/exchange/backups';
import { generateLibrary, sampleLibrary } from '../../tests/fixtures/exchange/sample-library';
import { deleteAnnotation, openLibrary, putAnnotation, readLibrary, readSavedArticles, saveArticle, type LibraryDB, type LibrarySnapshot } from '../store';
import { lineOnShelf } from '../../tests/unit/support/shelves';
import { shelfOf } from '../store/keys';
import type { SavedArticle } from '../store/types';
import { BACKUP_VERSION } from './formats';
import { makeArticle, makeClaim, makeNote } from '../../tests/unit/support/records';
import { exportLibrary } from './export';
import { applyImport, exportFromLibrary, prepareImport } from './library-io';
import { planChangesNothing, type MergePlan } from './merge';

const NOW = new Date(Date.UTC(2026, 10, 30));
const fixtures = join(__dirname, '../../tests/fixtures/exchange');
const open: LibraryDB[] = [];
let counter = 0;

async function freshLibrary(): Promise<LibraryDB> {
  const db = await openLibrary(`exchange-test-${++counter}-${Math.random()}`);
  open.push(db);
  return db;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function filledLibrary(library: SavedArticle[] = sampleLibrary()): Promise<LibraryDB> {
  const db = await freshLibrary();
  for (const saved of library) await saveArticle(db, { ...saved, annotations: [] });
  // Notes go in the way the reader adds them: one at a time.
  for (const saved of library) for (const note of saved.annotations) await putAnnotation(db, note);
  return db;
}

const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
function sorted(snapshot: LibrarySnapshot): LibrarySnapshot {
  return { articles: byId(snapshot.articles), claims: byId(snapshot.claims), annotations: byId(snapshot.annotations) };
}

async function exportText(db: LibraryDB, format: 'backup' | 'web-annotation', articleIds?: string[]): Promise<string> {
  const output = await exportFromLibrary(db, { format, settings: { language: 'en' }, now: NOW, articleIds });
  return partsText(output.parts);
}

async function plan(db: LibraryDB, text: string): Promise<MergePlan> {
  const prepared = await prepareImport(db, text);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.refusal));
  return prepared.plan;
}

async function importText(db: LibraryDB, text: string): Promise<MergePlan> {
  const p = await plan(db, text);
  const outcome = await applyImport(db, p);
  expect(outcome).toEqual({ written: p.writes.length, notWritten: 0 });
  return p;
}

describe('backup round trip through the library', () => {
  it('writes from the library as stored the very backup its whole records give', async () => {
    const library = [...sampleLibrary(), ...generateLibrary(3, 5)];
    const db = await filledLibrary(library);
    const fromRecords = exportLibrary({ format: 'backup', saved: await readSavedArticles(db), settings: { language: 'en' }, now: NOW });
    const text = await exportText(db, 'backup');
    expect(text).toBe(partsText(fromRecords.parts));
    // The generated articles' sentences, anchors and ids are their text's own: the backup leaves them out.
    expect(text.match(/"sentenceAt":\[/g)?.length).toBeGreaterThanOrEqual(15);
  });


  it('export, wipe, import: the library is identical; importing again changes nothing', async () => {
    const source = await filledLibrary();
    const before = sorted(await readLibrary(source));
    const text = await exportText(source, 'backup');

    const restored = await freshLibrary();
    const first = await importText(restored, text);
    expect(first.articles).toEqual({ added: 3, duplicates: 0, updated: 0, keptLocal: 0 });
    expect(first.claims).toEqual({ added: 5, duplicates: 0, updated: 0, keptLocal: 0 });
    expect(first.notes).toEqual({ added: 5, duplicates: 0, updated: 0, keptLocal: 0 });
    expect(first.settings).toEqual({ language: 'en' });
    expect(sorted(await readLibrary(restored))).toEqual(before);

    const second = await plan(restored, text);
    expect(planChangesNothing(second)).toBe(true);
    expect(second.articles).toEqual({ added: 0, duplicates: 3, updated: 0, keptLocal: 0 });
    expect(second.claims.duplicates).toBe(5);
    expect(second.notes.duplicates).toBe(5);
    expect((await applyImport(restored, second)).written).toBe(0);
    expect(sorted(await readLibrary(restored))).toEqual(before);
  });

  it('stores the lines of our backup as they are for articles new to the library, and anything it cannot vouch for afresh', async () => {
    const library = [...sampleLibrary(), ...generateLibrary(4, 3)];
    const source = await filledLibrary(library);
    const text = await exportText(source, 'backup');
    const fileLine = (id: string) => text.split('\n').find((line) => line.startsWith(`{"article":{"id":"${id}"`))!.replace(/,$/, '');
    const storedLine = async (db: LibraryDB, id: string) => new TextDecoder().decode(lineOnShelf((await db.get('shelves', shelfOf(id)))!, id));
    // A key validation drops, and claims out of id order: those lines are not stored as they are.
    const spoiled = text
      .replace('{"article":{"id":"gen-a1",', '{"article":{"id":"gen-a1","extra":"dropped",')
      .replace(fileLine('gen-a2'), fileLine('gen-a2').replace(/"claims":\[(\{.*?\}),(\{"id":"gen-a2-c1".*?\})(,\{"id":"gen-a2-c2")/, '"claims":[$2,$1$3'));
    expect(spoiled).not.toContain(fileLine('gen-a2'));

    const restored = await freshLibrary();
    const prepared = await prepareImport(restored, new Blob([spoiled]));
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.refusal));
    expect([...prepared.plan.lines.keys()].sort()).toEqual(['a1', 'a2', 'a3', 'gen-a0', 'gen-a3']);
    expect(await applyImport(restored, prepared.plan)).toEqual({ written: 7, notWritten: 0 });
    expect(await storedLine(restored, 'gen-a0')).toBe(fileLine('gen-a0'));
    expect(await storedLine(restored, 'gen-a1')).toBe(fileLine('gen-a1'));
    expect(await storedLine(restored, 'gen-a2')).toBe(fileLine('gen-a2'));
    expect(sorted(await readLibrary(restored))).toEqual(sorted(await readLibrary(source)));
    expect(await exportText(restored, 'backup')).toBe(text);

    // Into a library that holds an article already, its line is merged, not stored as it is.
    const holding = await filledLibrary([library[0]]);
    const again = await prepareImport(holding, new Blob([text]));
    expect(again.ok && again.plan.lines.has('a1')).toBe(false);
  });

  it('keeps in the next backup an article whose line in the imported file is laid out otherwise (keys in another order, a space first)', async () => {
    const source = await filledLibrary();
    const text = await exportText(source, 'backup');
    const before = sorted(await readLibrary(source));
    const reordered = text
      .split('\n')
      .map((line) => {
        const saved = /^(\{"article":.*\})(,?)$/.exec(line);
        if (!saved) return line;
        const { article, claims, annotations } = JSON.parse(saved[1]);
        // Still a line of JSON that says exactly what the article's line did.
        return article.id === 'a1' ? ` ${saved[1]}${saved[2]}` : `${JSON.stringify({ claims, annotations, article })}${saved[2]}`;
      })
      .join('\n');

    const restored = await freshLibrary();
    const prepared = await prepareImport(restored, new Blob([reordered]));
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.refusal));
    expect(await applyImport(restored, prepared.plan)).toEqual({ written: 3, notWritten: 0 });
    expect(sorted(await readLibrary(restored))).toEqual(before);
    // Every article is in the next backup, as importing the file's whole text would write it.
    const wholeText = await freshLibrary();
    await importText(wholeText, reordered);
    expect(await exportText(restored, 'backup')).toBe(await exportText(wholeText, 'backup'));
    expect(JSON.parse(await exportText(restored, 'backup')).saved.map((s: SavedArticle) => s.article.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('stores an article new to the library as the plan says, also when one of its notes or claims is stored under another article', async () => {
    const text = await exportText(await filledLibrary(), 'backup');
    // The library holds note n5 and claim c5 of a2 (new to it) under another article, edited later: the plan keeps them there.
    const holder = { article: makeArticle('z9'), claims: [makeClaim('z9', 'c5', { updatedAt: 2e12 })], annotations: [makeNote('z9', 'n5', { updatedAt: 2e12 })] };
    const afterImport = async (file: string | Blob) => {
      const db = await filledLibrary([holder]);
      const prepared = await prepareImport(db, file);
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.refusal));
      expect(prepared.plan.notes.keptLocal).toBe(1);
      expect(prepared.plan.claims.keptLocal).toBe(1);
      await applyImport(db, prepared.plan);
      return sorted(await readLibrary(db));
    };
    const byLines = await afterImport(new Blob([text]));
    expect(byLines).toEqual(await afterImport(text));
    expect(byLines.annotations.filter((n) => n.id === 'n5').map((n) => n.articleId)).toEqual(['z9']);
  });

  it('exports only the chosen articles', async () => {
    const db = await filledLibrary();
    const doc = JSON.parse(await exportText(db, 'backup', ['a2']));
    expect(doc.saved.map((s: SavedArticle) => s.article.id)).toEqual(['a2']);
    expect(doc.saved[0].claims.map((c: { id: string }) => c.id)).toEqual(['c5']);
    expect(doc.saved[0].annotations.map((n: { id: string }) => n.id)).toEqual(['n5']);
  });
});

describe('merging with local edits', () => {
  it('keeps a newer local edit, takes a newer imported one, adds what is new and deletes nothing', async () => {
    const source = await filledLibrary();
    const text = await exportText(source, 'backup');
    const doc = JSON.parse(text);
    const backupNotes: SavedArticle['annotations'] = doc.saved[0].annotations;
    const n1 = backupNotes.find((n) => n.id === 'n1')!;
    const n3 = backupNotes.find((n) => n.id === 'n3')!;

    const local = await filledLibrary();
    // The reader edited n1 here after the backup was made...
    // (A backup's notes leave out their article's id, which their line gives.)
    await putAnnotation(local, { ...n1, articleId: 'a1', note: 'local, newer', updatedAt: n1.updatedAt + 10_000 });
    // ...and has a note the backup does not know.
    const extra = { ...n3, articleId: 'a1', id: 'local-only', note: 'only here' };
    await putAnnotation(local, extra);
    // The backup holds a newer edit of n3 and a new note.
    n3.note = 'imported, newer';
    n3.updatedAt += 20_000;
    backupNotes.push({ ...n3, id: 'n-new', note: 'new from backup' });

    const p = await importText(local, JSON.stringify(doc));
    expect(p.notes).toEqual({ added: 1, duplicates: 3, updated: 1, keptLocal: 1 });
    expect(p.rows.map((r) => [r.articleId, r.change, r.notes])).toEqual([
      ['a1', 'updated', { added: 1, duplicates: 2, updated: 1, keptLocal: 1 }],
    ]);
    const notes = new Map((await readLibrary(local)).annotations.map((n) => [n.id, n.note]));
    expect(notes.get('n1')).toBe('local, newer');
    expect(notes.get('n3')).toBe('imported, newer');
    expect(notes.get('n-new')).toBe('new from backup');
    expect(notes.get('local-only')).toBe('only here');
  });

  it('keeps a stored claim that an older backup of the article does not have', async () => {
    const library = sampleLibrary();
    const db = await filledLibrary(library);
    const text = await exportText(db, 'backup');
    await saveArticle(db, { ...library[2], claims: [{ ...library[0].claims[0], id: 'c-later', articleId: 'a3' }], annotations: [] });
    await importText(db, text);
    expect((await readLibrary(db)).claims.map((c) => c.id)).toContain('c-later');
  });
});

describe('refused files write nothing', () => {
  const bad: Array<[string, (text: string) => string]> = [
    ['truncated JSON', (t) => t.slice(0, t.length - 200)],
    ['a wrong version', (t) => t.replace(`"version":${BACKUP_VERSION}`, '"version":7')],
    ['a huge string', (t) => t.replace('"title":"CON"', `"title":"${'长'.repeat(200_000)}"`)],
    ['a __proto__ key', (t) => t.replace('"id":"n2",', '"id":"n2","__proto__":{"isAdmin":true},')],
    ['a script URL', (t) => t.replace('"evidenceUrl":"https://gov.example.cn/notice?id=1&b=2"', '"evidenceUrl":"javascript:alert(1)"')],
  ];
  it.each(bad)('%s', async (_name, spoil) => {
    const db = await filledLibrary();
    const text = await exportText(db, 'backup');
    const target = await freshLibrary();
    await saveArticle(target, sampleLibrary()[2]);
    const before = sorted(await readLibrary(target));
    const spoiled = spoil(text);
    expect(spoiled).not.toBe(text);
    const prepared = await prepareImport(target, spoiled);
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.refusal.problems.length).toBeGreaterThan(0);
    expect(sorted(await readLibrary(target))).toEqual(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('W3C and Hypothesis notes', () => {
  it('our W3C export restores deleted notes onto their articles exactly', async () => {
    const db = await filledLibrary();
    const before = sorted(await readLibrary(db));
    const text = await exportText(db, 'web-annotation');
    for (const note of before.annotations) await deleteAnnotation(db, note.id);
    const p = await importText(db, text);
    expect(p.notes.added).toBe(5);
    expect(p.placeholders).toBe(0);
    expect(p.detachedNotes).toBe(0);
    expect(sorted(await readLibrary(db))).toEqual(before);
    expect(planChangesNothing(await plan(db, text))).toBe(true);
  });

  it('notes of articles the library lacks wait in placeholders that the articles’ backup then replaces', async () => {
    const source = await filledLibrary();
    const notes = await exportText(source, 'web-annotation');
    const backup = await exportText(source, 'backup');
    const db = await freshLibrary();
    const p = await importText(db, notes);
    expect(p.placeholders).toBe(2);
    expect(p.detachedNotes).toBe(4);
    const placeholders = (await readLibrary(db)).articles;
    expect(placeholders.map((a) => [a.id, a.source, a.text])).toEqual([['a1', 'import', ''], ['a2', 'import', '']]);
    const restore = await importText(db, backup);
    expect(restore.articles).toEqual({ added: 1, duplicates: 0, updated: 2, keptLocal: 0 });
    // The four notes on claims find their claims again; the note on free text was already complete.
    expect(restore.notes).toEqual({ added: 0, duplicates: 1, updated: 4, keptLocal: 0 });
    expect(sorted(await readLibrary(db))).toEqual(sorted(await readLibrary(source)));
  });

  it('a Hypothesis export joins saved pages by address and holds other pages in a placeholder', async () => {
    const db = await filledLibrary();
    const text = readFileSync(join(fixtures, 'hypothesis-export.json'), 'utf8');
    const p = await importText(db, text);
    expect(p.kind).toBe('hypothesis');
    expect(p.notes.added).toBe(2);
    expect(p.placeholders).toBe(1);
    expect(p.skipped).toEqual({ pageNotes: 1, replies: 1 });
    const after = await readLibrary(db);
    const note = after.annotations.find((n) => n.id === 'hypothesis:Zx3kQm9aEe6b1wvR2hT0pA')!;
    expect(note.articleId).toBe('a1');
    expect(note.note).toBe('这个数字和**统计公报**对不上。');
    const placeholder = after.articles.find((a) => a.url === 'https://www.example.org/report-2026')!;
    expect(placeholder).toMatchObject({ title: 'Regional report 2026', source: 'import', text: '', site: 'www.example.org' });
    expect(after.annotations.find((n) => n.id === 'hypothesis:Yq8LmA9bEe6c2xwS3iU1qB')!.articleId).toBe(placeholder.id);

    const again = await plan(db, text);
    expect(planChangesNothing(again)).toBe(true);
    expect(again.notes.duplicates).toBe(2);
  });
});
