import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLibrary, sampleLibrary } from '../../../tests/fixtures/exchange/sample-library';
import { backupText, flatBackupText, version3BackupText } from '../../../tests/fixtures/exchange/backups';
import { webAnnotationChunks } from '../export/web-annotation';
import { BACKUP_VERSION, IMPORT_LIMITS } from '../formats';
import type { ImportProblem } from '../problems';
import { readImport, refuseOversizedFile, type ImportBundle } from './read';

const NOW = new Date(Date.UTC(2026, 10, 30));
const fixtures = join(__dirname, '../../../tests/fixtures/exchange');
const sampleBackup = () => backupText(sampleLibrary(), { language: 'zh-CN' }, NOW);
const backupDoc = () => JSON.parse(sampleBackup());
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function accepted(text: string): ImportBundle {
  const result = readImport(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.bundle;
}

function refused(text: string, bytes?: number): { problems: ImportProblem[]; total: number } {
  const result = readImport(text, bytes);
  if (result.ok) throw new Error('accepted a file that should be refused');
  return result.refusal;
}

describe('reading our backup', () => {
  it('gives back every article with its claims, notes and the settings', () => {
    const bundle = accepted(sampleBackup());
    expect(bundle.kind).toBe('backup');
    expect(bundle.saved).toEqual(plain(sampleLibrary()));
    expect(bundle.settings).toEqual({ language: 'zh-CN' });
    expect(bundle.looseNotes).toEqual([]);
  });

  it('keeps script-like text as text, unchanged', () => {
    const bundle = accepted(sampleBackup());
    expect(bundle.saved[0].annotations.find((a) => a.id === 'n4')!.note).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(accepted('\uFEFF' + sampleBackup()).saved).toHaveLength(3);
  });

  it('puts back what a backup leaves out (ids, sentences, anchors on a claim’s span, quotes), exactly as they were saved', () => {
    const library = generateLibrary(3, 4);
    const text = backupText(library, {}, NOW);
    const articleLine = text.split('\n').find((line) => line.includes('"id":"gen-a1"'))!;
    expect(articleLine).toContain('"anchor":{"position":{"type":"TextPositionSelector","start":');
    expect(articleLine).toContain('"sentenceAt":[');
    expect(articleLine).not.toContain('TextQuoteSelector');
    expect(articleLine).not.toContain('"sentence"');
    expect(articleLine).not.toContain('"articleId"');
    expect(accepted(text).saved).toEqual(plain(library));
  });

  it('reads a version 3 backup, whose lines write out every field of claims and notes', () => {
    const library = [...generateLibrary(2, 3), ...sampleLibrary()];
    const bundle = accepted(version3BackupText(library, {}, NOW));
    const byId = (saved: typeof library) => [...saved].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
    expect(bundle.saved).toEqual(plain(byId(library)));
  });

  it('takes a sentence written out over where a line says it lies', () => {
    const doc = JSON.parse(backupText(generateLibrary(1, 2), {}, NOW));
    doc.saved[0].claims[0].sentence = '另写的一句。';
    expect(accepted(JSON.stringify(doc)).saved[0].claims[0].sentence).toBe('另写的一句。');
  });

  it('refuses a claim whose sentence is missing or lies outside its article', () => {
    const doc = JSON.parse(backupText(generateLibrary(1, 3), {}, NOW));
    delete doc.saved[0].claims[0].sentenceAt;
    doc.saved[0].claims[1].sentenceAt = [0, 100_000];
    doc.saved[0].claims[2].sentenceAt = [5, 4];
    expect(refused(JSON.stringify(doc)).problems).toEqual([
      { code: 'missing', path: 'saved[0].claims[0].sentence' },
      { code: 'bad-value', path: 'saved[0].claims[1].sentenceAt' },
      { code: 'bad-value', path: 'saved[0].claims[2].sentenceAt' },
    ]);
  });

  it('reads a version 1 backup, whose anchors are all whole', () => {
    const library = generateLibrary(2, 3);
    const version1 = {
      format: 'figure-finder-backup',
      version: 1,
      exportedAt: NOW.toISOString(),
      articles: library.map((s) => s.article),
      claims: library.flatMap((s) => s.claims),
      annotations: library.flatMap((s) => s.annotations),
      settings: {},
    };
    expect(accepted(JSON.stringify(version1)).saved).toEqual(plain(library));
    expect(accepted(flatBackupText(library, {}, NOW, 1)).saved).toEqual(plain(library));
  });

  it('reads a version 2 backup, whose articles, claims and notes are listed apart', () => {
    const library = [...sampleLibrary(), ...generateLibrary(2, 3)];
    const bundle = accepted(flatBackupText(library, { language: 'zh-CN' }, NOW));
    expect(bundle.saved).toEqual(plain(library));
    expect(bundle.settings).toEqual({ language: 'zh-CN' });
  });
});

describe('refusing bad files', () => {
  it('names a truncated file', () => {
    const text = sampleBackup();
    const { problems } = refused(text.slice(0, Math.floor(text.length / 2)));
    expect(problems).toEqual([{ code: 'not-json', detail: expect.any(String), truncated: true }]);
  });

  it('names text that is not JSON at all', () => {
    expect(refused('title,url\n"a","b"').problems[0]).toMatchObject({ code: 'not-json', truncated: false });
  });

  it('refuses an empty file and a file over the size limit', () => {
    expect(refused('  \n').problems).toEqual([{ code: 'empty-file' }]);
    expect(refused('{}', IMPORT_LIMITS.fileBytes + 1).problems).toEqual([{ code: 'file-too-large', bytes: IMPORT_LIMITS.fileBytes + 1, limit: IMPORT_LIMITS.fileBytes }]);
    // The size is checked before the file is read at all.
    expect(refuseOversizedFile(IMPORT_LIMITS.fileBytes + 1)).toEqual({
      ok: false,
      refusal: { problems: [{ code: 'file-too-large', bytes: IMPORT_LIMITS.fileBytes + 1, limit: IMPORT_LIMITS.fileBytes }], total: 1 },
    });
    expect(refuseOversizedFile(IMPORT_LIMITS.fileBytes)).toBeNull();
  });

  it('refuses a backup of a newer or unknown version, saying which', () => {
    const doc = backupDoc();
    for (const version of [BACKUP_VERSION + 1, 0, 1.5, '3', null]) {
      doc.version = version;
      expect(refused(JSON.stringify(doc)).problems).toEqual([{ code: 'wrong-version', version: JSON.stringify(version), supported: BACKUP_VERSION }]);
    }
  });

  it('refuses a claim or note without a quote whose position lies outside its article', () => {
    const doc = JSON.parse(backupText(generateLibrary(1, 2), {}, NOW));
    doc.saved[0].claims[1].anchor = { position: { type: 'TextPositionSelector', start: 0, end: 10_000 } };
    doc.saved[0].annotations[0].anchor = { position: { type: 'TextPositionSelector', start: 5, end: 4 } };
    expect(refused(JSON.stringify(doc)).problems).toEqual([
      { code: 'anchor-outside-text', path: 'saved[0].claims[1].anchor.position' },
      { code: 'anchor-outside-text', path: 'saved[0].annotations[0].anchor.position' },
    ]);
    const flat = JSON.parse(flatBackupText(generateLibrary(1, 2), {}, NOW));
    flat.claims[1].anchor.position.end = 10_000;
    expect(refused(JSON.stringify(flat)).problems).toEqual([{ code: 'anchor-outside-text', path: 'claims[1].anchor.position' }]);
  });

  it('refuses JSON in no format it knows', () => {
    expect(refused('{"hello":"world"}').problems).toEqual([{ code: 'unknown-format' }]);
    expect(refused('[1,2,3]').problems).toEqual([{ code: 'unknown-format' }]);
    expect(refused('{"format":"other-tool"}').problems).toEqual([{ code: 'unknown-format' }]);
  });

  it('names a string over its limit by path', () => {
    const doc = backupDoc();
    doc.saved[1].article.title = 'x'.repeat(IMPORT_LIMITS.longText + 1);
    expect(refused(JSON.stringify(doc)).problems).toEqual([{ code: 'too-long', path: 'saved[1].article.title', limit: IMPORT_LIMITS.longText }]);
  });

  it('names the first problems, a missing field and a wrong type, and counts them all', () => {
    const doc = backupDoc();
    const [a1] = doc.saved;
    delete a1.claims[2].unit;
    a1.claims[3].value = '779';
    a1.annotations[0].status = 'true';
    a1.annotations[1].tags = 'a';
    a1.annotations[2].anchor.position.start = -1;
    a1.annotations[3].createdAt = null;
    const { problems, total } = refused(JSON.stringify(doc));
    expect(total).toBe(6);
    expect(problems).toEqual([
      { code: 'missing', path: 'saved[0].claims[2].unit' },
      { code: 'wrong-type', path: 'saved[0].claims[3].value', expected: 'number' },
      { code: 'bad-value', path: 'saved[0].annotations[0].status', allowed: ['unverified', 'verified', 'disputed', 'wrong'] },
      { code: 'wrong-type', path: 'saved[0].annotations[1].tags', expected: 'array' },
      { code: 'bad-value', path: 'saved[0].annotations[2].anchor.position.start' },
    ]);
  });

  it('refuses __proto__, constructor and prototype keys, names where they are, and leaves Object.prototype alone', () => {
    const text = sampleBackup()
      .replace('"format":', '"__proto__":{"polluted":"yes"},"format":')
      .replace('"id":"c2",', '"id":"c2","constructor":{"prototype":{"polluted":"yes"}},');
    const { problems } = refused(text);
    expect(problems).toEqual([
      { code: 'unsafe-key', path: '(file)', key: '__proto__' },
      { code: 'unsafe-key', path: 'saved[0].claims[1]', key: 'constructor' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('finds an unsafe key spelled with escapes, and parses clean text the fast way', () => {
    const text = sampleBackup().replace('"format":', '"__pro\\u0074o__":{"polluted":"yes"},"format":');
    expect(refused(text).problems).toEqual([{ code: 'unsafe-key', path: '(file)', key: '__proto__' }]);
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The word in a note's text is no key: the file is read normally.
    const doc = backupDoc();
    doc.saved[0].annotations[0].note = 'the constructor of the park said "__proto__": 1';
    expect(accepted(JSON.stringify(doc)).saved[0].annotations[0].note).toBe('the constructor of the park said "__proto__": 1');
  });

  it('refuses links that would run script, whatever their spelling', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox']) {
      const doc = backupDoc();
      doc.saved[0].annotations[0].evidenceUrl = bad;
      expect(refused(JSON.stringify(doc)).problems).toEqual([{ code: 'unsafe-url', path: 'saved[0].annotations[0].evidenceUrl' }]);
    }
    const doc = backupDoc();
    doc.saved[0].article.url = 'javascript:void(0)';
    expect(refused(JSON.stringify(doc)).problems).toEqual([{ code: 'unsafe-url', path: 'saved[0].article.url' }]);
  });

  it('refuses a highlight colour that is not a plain colour', () => {
    const doc = backupDoc();
    doc.saved[0].annotations[0].color = 'url(javascript:alert(1))';
    expect(refused(JSON.stringify(doc)).problems).toEqual([{ code: 'unsafe-color', path: 'saved[0].annotations[0].color' }]);
  });

  it('refuses records that point at another article or a claim it does not hold, and repeated ids', () => {
    const doc = backupDoc();
    doc.saved[0].claims[0].articleId = 'a2';
    doc.saved[1].annotations[0].claimId = 'c2';
    doc.saved[2].claims.push({ ...doc.saved[1].claims[0], articleId: 'a3' });
    doc.saved.push(doc.saved[0]);
    expect(refused(JSON.stringify(doc)).problems).toEqual([
      { code: 'unknown-reference', path: 'saved[0].claims[0].articleId', id: 'a2' },
      { code: 'unknown-reference', path: 'saved[0].annotations[0].claimId', id: 'c1' },
      { code: 'unknown-reference', path: 'saved[0].annotations[1].claimId', id: 'c1' },
      { code: 'unknown-reference', path: 'saved[1].annotations[0].claimId', id: 'c2' },
      { code: 'duplicate-id', path: 'saved[2].claims[0].id', id: 'c5' },
    ]);
    expect(refused(JSON.stringify(doc)).total).toBe(6);
  });

  it('refuses records of a version 2 backup that point at articles or claims the file does not hold, and repeated ids', () => {
    const doc = JSON.parse(flatBackupText(sampleLibrary(), {}, NOW));
    doc.claims[0].articleId = 'nowhere';
    doc.annotations[4].claimId = 'c1';
    doc.articles.push({ ...doc.articles[0] });
    expect(refused(JSON.stringify(doc)).problems).toEqual([
      { code: 'duplicate-id', path: 'articles[3].id', id: 'a1' },
      { code: 'unknown-reference', path: 'claims[0].articleId', id: 'nowhere' },
      { code: 'unknown-reference', path: 'annotations[0].claimId', id: 'c1' },
      { code: 'unknown-reference', path: 'annotations[1].claimId', id: 'c1' },
      { code: 'unknown-reference', path: 'annotations[4].claimId', id: 'c1' },
    ]);
  });
});

describe('reading W3C Web Annotations', () => {
  it('gives back our own notes exactly, naming their article', () => {
    const bundle = accepted([...webAnnotationChunks(sampleLibrary(), NOW)].join(''));
    expect(bundle.kind).toBe('web-annotation');
    const expected = sampleLibrary().flatMap((s) =>
      s.annotations.map(({ articleId, ...annotation }) => ({ annotation, articleId, url: s.article.url, title: s.article.title })),
    );
    expect(bundle.looseNotes).toEqual(plain(expected));
  });

  it('reads a single annotation from another tool, with a plain body and no position', () => {
    const bundle = accepted(
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'http://example.org/anno1',
        type: 'Annotation',
        created: '2026-01-02T03:04:05Z',
        body: { type: 'TextualBody', value: '<b>bold</b> claim' },
        target: { source: 'https://news.example.cn/a1.html', selector: { type: 'TextQuoteSelector', exact: '1000亩' } },
      }),
    );
    expect(bundle.looseNotes).toEqual([
      {
        annotation: {
          id: 'w3c:http://example.org/anno1',
          anchor: {
            quote: { type: 'TextQuoteSelector', exact: '1000亩', prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: 0, end: 0 },
          },
          note: '<b>bold</b> claim',
          tags: [],
          status: 'unverified',
          createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
          updatedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
        },
        url: 'https://news.example.cn/a1.html',
        title: 'https://news.example.cn/a1.html',
      },
    ]);
  });

  it('names the problem inside a collection by its path', () => {
    const doc = JSON.parse([...webAnnotationChunks(sampleLibrary(), NOW)].join(''));
    doc.first.items[2].target.source = 'javascript:alert(1)';
    expect(refused(JSON.stringify(doc)).problems).toEqual([{ code: 'unsafe-url', path: 'first.items[2].target.source' }]);
  });
});

describe('reading a Hypothesis export', () => {
  const text = readFileSync(join(fixtures, 'hypothesis-export.json'), 'utf8');

  it('turns annotations on text into notes and counts page notes and replies it cannot place', () => {
    const bundle = accepted(text);
    expect(bundle.kind).toBe('hypothesis');
    expect(bundle.skipped).toEqual({ pageNotes: 1, replies: 1 });
    expect(bundle.looseNotes).toEqual([
      {
        annotation: {
          id: 'hypothesis:Zx3kQm9aEe6b1wvR2hT0pA',
          anchor: {
            quote: { type: 'TextQuoteSelector', exact: '1000亩', prefix: '临安区2026年供应工业用地', suffix: '，较上年下降-5%。' },
            position: { type: 'TextPositionSelector', start: 14, end: 19 },
          },
          note: '这个数字和**统计公报**对不上。',
          tags: ['用地', '待核'],
          status: 'unverified',
          createdAt: Date.parse('2026-11-18T07:30:01.418Z'),
          updatedAt: Date.parse('2026-11-18T07:35:12.004Z'),
        },
        url: 'https://news.example.cn/a1.html',
        title: '临安区工业用地供应情况',
      },
      expect.objectContaining({ url: 'https://www.example.org/report-2026', title: 'Regional report 2026' }),
    ]);
  });

  it('reads the search API shape too', () => {
    const { annotations } = JSON.parse(text);
    expect(accepted(JSON.stringify({ total: annotations.length, rows: annotations })).looseNotes).toHaveLength(2);
    expect(accepted(JSON.stringify(annotations)).looseNotes).toHaveLength(2);
  });

  it('refuses a Hypothesis export with a hostile address', () => {
    const doc = JSON.parse(text);
    doc.annotations[1].uri = 'javascript:alert(document.cookie)';
    expect(refused(JSON.stringify(doc)).problems).toEqual([{ code: 'unsafe-url', path: 'annotations[1].uri' }]);
  });
});
