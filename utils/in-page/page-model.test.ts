import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../articles/types';
import { extractChineseClaims } from '../quantities/zh';
import { PageModel, type PageInfo } from './page-model';

const seed = readFileSync(resolve(__dirname, '../../tests/fixtures/seed-zhejiang-page.txt'), 'utf8');
const page: PageInfo = { url: 'http://127.0.0.1/seed?utm_source=x', canonicalUrl: 'http://127.0.0.1/seed', title: '临安', site: '127.0.0.1' };

function analyse(text: string): ArticleAnalysis[] {
  return [
    { title: '临安', start: 0, end: text.length, language: 'zh', relevance: 1, isRegionalDevelopment: true, regions: [], claims: extractChineseClaims(text) },
  ];
}

function annotatedModel() {
  const model = new PageModel(seed, page, analyse(seed));
  const claims = model.allClaims();
  const [first, second, third] = [claims[0], claims[5], claims[9]];
  model.annotateClaim(first.id, { note: '核对过', tags: ['土地'], status: 'verified' }, 1000);
  model.setClaimStatus(second.id, 'wrong', 1001);
  model.setDismissed(third.id, true, 1002);
  const freeAt = seed.indexOf('空间腾挪');
  model.addNote(freeAt, freeAt + 4, { note: '关键词', tags: [], status: 'unverified', color: '#fff176' }, 1003);
  return { model, first, second, third, freeAt };
}

describe('PageModel: save and restore', () => {
  it('saves every claim with anchors relative to the article and every note', () => {
    const { model } = annotatedModel();
    const saved = model.savedArticle(model.articles[0], 2000);
    expect(saved.article.text).toBe(seed);
    expect(saved.claims).toHaveLength(model.allClaims().length);
    for (const c of saved.claims) expect(seed.slice(c.anchor.position.start, c.anchor.position.end)).toBe(c.text);
    expect(saved.annotations.map((a) => a.status).sort()).toEqual(['unverified', 'verified', 'wrong']);
    expect(saved.claims.find((c) => c.dismissed)?.dismissed).toBe(true);
  });

  it('keeps the credits the page gives: date, reporters and editor', () => {
    const [article] = analyse(seed);
    const model = new PageModel(seed, page, [{ ...article, date: '2024-05-08', byline: '记者 周宏伟', editor: '刘洋' }]);
    expect(model.savedArticle(model.articles[0], 2000).article).toMatchObject({ date: '2024-05-08', byline: '记者 周宏伟', editor: '刘洋' });
  });

  it('restores notes, statuses and verdicts on the same characters of an unchanged page', () => {
    const { model, first, second, third, freeAt } = annotatedModel();
    const saved = model.savedArticle(model.articles[0], 2000);
    const again = new PageModel(seed, page, analyse(seed));
    again.restore(saved);
    expect(again.orphans).toEqual([]);
    const byId = new Map(again.allClaims().map((c) => [c.id, c]));
    expect(byId.get(first.id)).toMatchObject({ start: first.start, end: first.end, annotation: { note: '核对过', status: 'verified' } });
    expect(byId.get(second.id)?.annotation?.status).toBe('wrong');
    expect(byId.get(third.id)?.dismissed).toBe(true);
    expect(again.articles[0].notes.map((n) => [n.start, n.end, n.annotation.note])).toEqual([[freeAt, freeAt + 4, '关键词']]);
  });

  it('follows edits, and keeps what cannot be placed as orphans', () => {
    const { model, first, second } = annotatedModel();
    const saved = model.savedArticle(model.articles[0], 2000);
    // A paragraph added at the top moves everything; the sentence of `second` is removed.
    const [sa, sb] = [seed.lastIndexOf('。', second.start) + 1, seed.indexOf('。', second.end) + 1];
    const edited = `编者按：本文已更新。\n\n${seed.slice(0, sa)}${seed.slice(sb)}`;
    const again = new PageModel(edited, page, analyse(edited));
    again.restore(saved);
    const restoredFirst = again.findClaim(first.id)!.claim;
    expect(edited.slice(restoredFirst.start, restoredFirst.end)).toBe(first.text);
    expect(restoredFirst.annotation?.note).toBe('核对过');
    const orphanIds = again.orphans.map((o) => ('claimId' in o && o.claimId) || o.id);
    expect(orphanIds).toContain(second.id);
    expect(again.state('done').orphans.length).toBeGreaterThan(0);
  });
});

describe('PageModel: reader-added figures', () => {
  it('reads a selected figure with the engine and adds it once', () => {
    const text = '据悉，该园区占地约三百二十亩，是全市最大。';
    const model = new PageModel(text, page, [{ ...analyse(text)[0], claims: [] }]);
    const at = text.indexOf('三百二十亩');
    const claim = model.addReaderClaim(at, at + 5)!;
    expect(claim).toMatchObject({ origin: 'reader', text: '三百二十亩', value: 320, unit: 'mu', kind: 'area' });
    expect(claim.sentence).toBe(text);
    expect(model.addReaderClaim(at, at + 5)).toBe(claim);
    expect(model.state('done').articles[0].countsByKind).toEqual({ area: 1 });
  });
});

describe('PageModel: restore on a hostile page', () => {
  it('restores an article saved from a page of tens of thousands of figures in about as long as it took to save', () => {
    // (Each saved figure was looked for among all the article's figures: 20,000 took some forty seconds.)
    const many = 20_000;
    const unit = '新增用地1000亩，';
    const text = unit.repeat(many);
    const [one] = extractChineseClaims(unit);
    const claims = Array.from({ length: many }, (_, i) => ({ ...one, start: one.start + i * unit.length, end: one.end + i * unit.length }));
    const [article] = analyse('');
    const analysis = [{ ...article, end: text.length, claims }];
    const model = new PageModel(text, page, analysis);
    const saved = model.savedArticle(model.articles[0], 2000);
    const again = new PageModel(text, page, analysis);
    again.restore(saved);
    expect(again.orphans).toEqual([]);
    expect(again.allClaims().map((c) => c.id)).toEqual(model.allClaims().map((c) => c.id));
  }, 10_000);
});
