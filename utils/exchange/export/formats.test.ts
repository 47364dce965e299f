import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLibrary, sampleLibrary } from '../../../tests/fixtures/exchange/sample-library';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../formats';
import { zipChunks } from '../zip';
import { backupText } from '../../../tests/fixtures/exchange/backups';
import { savedLineText } from '../../store/lines';
import type { SavedArticle } from '../../store/types';
import { savedLinesInOrder } from './backup';
import { PART_CHARS } from './chunks';
import { claimReviews } from './claim-review';
import { exportBackupLines, exportLibrary } from './index';
import { articleMarkdown, markdownFiles, markdownText, safeFileName } from './markdown';
import { ANNOTATION_ID_PREFIX, W3C_CONTEXT, webAnnotationChunks } from './web-annotation';

const NOW = new Date(Date.UTC(2026, 10, 30, 12, 0, 0));

describe('backup', () => {
  it('is one versioned JSON document holding every article with its claims and notes, and the settings', () => {
    const library = sampleLibrary();
    const progress: number[] = [];
    const { parts } = exportLibrary({ format: 'backup', saved: library, settings: { theme: 'dark', skipSites: ['a.com'] }, now: NOW, progress: (done) => progress.push(done) });
    const doc = JSON.parse(new TextDecoder().decode(new Uint8Array(parts.flatMap((part) => [...(part as Uint8Array)]))));
    expect(doc.format).toBe(BACKUP_FORMAT);
    expect(doc.version).toBe(BACKUP_VERSION);
    expect(doc.exportedAt).toBe(NOW.toISOString());
    expect(doc.saved.map((s: SavedArticle) => s.article)).toEqual(library.map((s) => JSON.parse(JSON.stringify(s.article))));
    // The sample's quotes are not what its text gives back, so they stay whole.
    expect(doc.saved[0].claims[1].anchor).toEqual(library[0].claims[1].anchor);
    expect(doc.saved.flatMap((s: SavedArticle) => s.claims.map((c) => c.id))).toEqual(library.flatMap((s) => s.claims.map((c) => c.id)));
    expect(doc.saved.flatMap((s: SavedArticle) => s.annotations.map((n) => n.id))).toEqual(library.flatMap((s) => s.annotations.map((n) => n.id)));
    expect(doc.settings).toEqual({ theme: 'dark', skipSites: ['a.com'] });
    expect(progress.at(-1)).toBe(library.length);
  });

  it('writes one saved article per line, in id order, its claims and notes in id order, as the library keeps them', () => {
    const library = sampleLibrary();
    const shuffled = [library[2], { ...library[0], claims: [...library[0].claims].reverse() }, library[1]];
    const expected =
      `{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},"exportedAt":"${NOW.toISOString()}",\n` +
      `"saved":[\n${library.map((s) => savedLineText(s)).join(',\n')}\n],\n` +
      `"settings":{"theme":"dark"}}\n`;
    expect(backupText(shuffled, { theme: 'dark' }, NOW)).toBe(expected);
    expect(savedLinesInOrder(shuffled)).toEqual(library.map((s) => savedLineText(s)));
  });

  it('writes the lines it is given as they are, in parts of at most a quarter megabyte unless one line is longer', () => {
    const long = new TextEncoder().encode(`{"article":${JSON.stringify({ text: '长'.repeat(200_000) })},"claims":[],"annotations":[]}`);
    const short = new TextEncoder().encode('{"article":{"id":"b"},"claims":[],"annotations":[]}');
    const { parts } = exportBackupLines([short, long, short], { settings: {}, now: NOW });
    expect(parts.map((p) => p.length)).toEqual([expect.any(Number), long.length, expect.any(Number)]);
    expect(parts.every((p) => p === long || p.length <= PART_CHARS * 2)).toBe(true);
    const doc = JSON.parse(new TextDecoder().decode(new Uint8Array(parts.flatMap((part) => [...(part as Uint8Array)]))));
    expect(doc.saved.map((s: { article: { id?: string; text?: string } }) => s.article.id ?? s.article.text!.length)).toEqual(['b', 200_000, 'b']);
  });

  it('leaves out what the article gives back: ids, sentences its text holds, anchors on a claim’s own span, quotes (import puts them back: see ../import/read.test.ts)', () => {
    const [generated] = generateLibrary(1, 11);
    const doc = JSON.parse(backupText([generated], {}, NOW));
    const claim = generated.claims.find((c) => c.id.endsWith('-c1'))!;
    const written = doc.saved[0].claims.find((c: { id: string }) => c.id === claim.id);
    expect(written).not.toHaveProperty('articleId');
    expect(written).not.toHaveProperty('sentence');
    expect(written).not.toHaveProperty('anchor');
    expect(generated.article.text.slice(...(written.sentenceAt as [number, number]))).toBe(claim.sentence);
    expect(written.sentenceAt[0]).toBeLessThanOrEqual(claim.start);
    const note = doc.saved[0].annotations[0];
    expect(note).not.toHaveProperty('articleId');
    expect(note.anchor).toEqual({ position: generated.annotations[0].anchor.position });
  });

  it('writes out what the article does not give back', () => {
    const [generated] = generateLibrary(1, 2);
    const [claim] = generated.claims;
    const elsewhere = { ...claim, id: 'moved', articleId: 'other', sentence: '正文里没有这一句。', anchor: { ...claim.anchor, position: { ...claim.anchor.position, start: 0 } } };
    const doc = JSON.parse(backupText([{ ...generated, claims: [elsewhere] }], {}, NOW));
    const written = doc.saved[0].claims[0];
    expect(written.articleId).toBe('other');
    expect(written.sentence).toBe('正文里没有这一句。');
    expect(written).not.toHaveProperty('sentenceAt');
    expect(written.anchor.position).toEqual(elsewhere.anchor.position);
  });

  it('is valid JSON for an empty library', () => {
    expect(JSON.parse(backupText([], {}, NOW))).toMatchObject({ saved: [], settings: {} });
  });
});

describe('W3C Web Annotation export', () => {
  const doc = JSON.parse([...webAnnotationChunks(sampleLibrary(), NOW)].join(''));

  it('is an AnnotationCollection in the W3C context', () => {
    expect(doc['@context'][0]).toBe(W3C_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(5);
    expect(doc.first.items).toHaveLength(5);
  });

  it('targets the article URL with quote and position selectors and has bodies for the note, tags, status and evidence', () => {
    const n1 = doc.first.items.find((a: { id: string }) => a.id === `${ANNOTATION_ID_PREFIX}n1`);
    expect(n1.target).toEqual({
      source: 'https://news.example.cn/a1.html',
      selector: [
        { type: 'TextQuoteSelector', exact: '1000亩', prefix: '临安区2026年供应工业用地', suffix: '，较上年下降-5%。' },
        { type: 'TextPositionSelector', start: 14, end: 19 },
      ],
    });
    expect(n1.motivation).toBe('assessing');
    expect(n1.body).toEqual([
      { type: 'TextualBody', value: '与国土局公告一致。', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: '用地', purpose: 'tagging' },
      { type: 'TextualBody', value: '核实', purpose: 'tagging' },
      { type: 'TextualBody', value: 'verified', purpose: 'assessing' },
      { id: 'https://gov.example.cn/notice?id=1&b=2', purpose: 'linking' },
    ]);
    expect(n1['ff:claimId']).toBe('c1');
    expect(n1['ff:color']).toBe('#ffcc00');
    expect(n1.created).toBe(new Date(Date.UTC(2026, 10, 1, 8, 0, 1)).toISOString());
  });

  it('keeps a corrected value on the assessing body', () => {
    const n3 = doc.first.items.find((a: { id: string }) => a.id === `${ANNOTATION_ID_PREFIX}n3`);
    expect(n3.body.find((b: { purpose: string }) => b.purpose === 'assessing')).toEqual({
      type: 'TextualBody', value: 'wrong', purpose: 'assessing', 'ff:correctedValue': -42.3,
    });
  });
});

describe('Markdown', () => {
  const [a1, a2, a3] = markdownFiles(sampleLibrary());

  it('has YAML front matter with title, source, url, date, regions and tags', () => {
    expect(a1.content.split('\n').slice(0, 13)).toEqual([
      '---',
      'title: "临安区工业用地供应情况"',
      'source: "news.example.cn"',
      'url: "https://news.example.cn/a1.html"',
      'date: "2026-10-12"',
      'regions:',
      '  - "临安区"',
      'tags:',
      '  - "用地"',
      '  - "核实"',
      '  - "@税收"',
      '  - "#xss|test"',
      '---',
    ]);
    expect(a2.content).toContain('title: "Suining | new park: \\"10-20 hectares\\""');
    expect(a3.content).toContain('regions: []');
  });

  it('puts claims in a table whose cells cannot break it, and notes as list items', () => {
    const rows = a2.content.split('\n').filter((line) => line.startsWith('| '));
    // header, separator, one claim: each with the same number of unescaped pipes.
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(11);
    expect(rows[2]).toContain('10–20');
    expect(rows[2]).toContain('disputed');
    expect(a2.content).toContain('- “10-20 hectares” — Disputed \\| see \\[\\[link\\]\\] — (disputed) — tags: Sichuan');
    expect(a1.content).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(a1.content).not.toMatch(/(?<!\\)<script/);
    expect(a1.content).toContain('<https://gov.example.cn/notice?id=1&b=2>');
    // A multi-line note stays on its list item.
    expect(a1.content).toContain('第二位读者： 面积单位是亩。');
  });

  it('leaves dismissed claims out of the table', () => {
    const library = sampleLibrary();
    library[0].claims[3].dismissed = true;
    expect(articleMarkdown(library[0])).not.toContain('779家');
  });

  it('names files safely and uniquely', () => {
    expect(a1.name).toBe('2026-10-12 临安区工业用地供应情况.md');
    expect(a2.name).toBe('Suining new park 10-20 hectares.md');
    expect(a3.name).toBe('article CON.md');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j#k^l[m]n', undefined)).toBe('a b c d e f g h i j k l m n');
    expect(safeFileName('...', undefined)).toBe('article');
    expect(safeFileName('x'.repeat(300), '2026-01-01')).toHaveLength(80);
    const twins = markdownFiles([sampleLibrary()[0], sampleLibrary()[0], sampleLibrary()[0]]).map((f) => f.name);
    expect(twins).toEqual(['2026-10-12 临安区工业用地供应情况.md', '2026-10-12 临安区工业用地供应情况 (2).md', '2026-10-12 临安区工业用地供应情况 (3).md']);
  });

  it('escapes Markdown and Obsidian syntax in text', () => {
    expect(markdownText('a|b #tag [[x]] *y* <b>')).toBe('a\\|b \\#tag \\[\\[x\\]\\] \\*y\\* \\<b\\>');
  });

  it('zips the files so that unzip lists and extracts them with their Chinese names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ff-zip-'));
    const output = exportLibrary({ format: 'markdown', saved: sampleLibrary(), settings: {}, now: NOW });
    expect(output.fileName).toBe('figure-finder-markdown-2026-11-30.zip');
    writeFileSync(join(dir, 'notes.zip'), Buffer.concat(output.parts.map((p) => Buffer.from(p as Uint8Array))));
    execFileSync('unzip', ['-q', 'notes.zip', '-d', 'out'], { cwd: dir });
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([a1.name, a3.name, a2.name].sort());
    expect(readFileSync(join(dir, 'out', a1.name), 'utf8')).toBe(a1.content);
    execFileSync('unzip', ['-tq', 'notes.zip'], { cwd: dir });
  });

  it('refuses more files than a ZIP without ZIP64 can hold', () => {
    expect(() => zipChunks(Array.from({ length: 65536 }, (_, i) => ({ name: `${i}.md`, content: '' })), NOW)).toThrow(RangeError);
  });
});

describe('ClaimReview', () => {
  it('has one review per verdict, with rating and the article it appeared in', () => {
    const reviews = claimReviews(sampleLibrary());
    expect(reviews.map((r) => [r.identifier, r.reviewRating.alternateName])).toEqual([
      ['n1', 'True'], ['n3', 'False'], ['n5', 'Disputed'],
    ]);
    const [n1, n3] = reviews;
    expect(n1.claimReviewed).toBe('临安区2026年供应工业用地1000亩，较上年下降-5%。');
    expect(n1.itemReviewed).toEqual({
      '@type': 'Claim', identifier: 'c1',
      appearance: { '@type': 'NewsArticle', url: 'https://news.example.cn/a1.html', headline: '临安区工业用地供应情况', datePublished: '2026-10-12', publisher: { '@type': 'Organization', name: 'news.example.cn' } },
    });
    expect(n1.url).toBe('https://gov.example.cn/notice?id=1&b=2');
    expect(n1.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' });
    expect(n3.reviewBody).toBe('-数字有误 =1+1\nCorrected value: -42.3 CNY');
  });

  it('is a schema.org JSON-LD graph', () => {
    const output = exportLibrary({ format: 'claim-review', saved: sampleLibrary(), settings: {}, now: NOW });
    const doc = JSON.parse(output.parts.join(''));
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(3);
  });
});
