import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeAnchor, reanchor } from './anchor';
import { describeQuote } from './text-quote';

const seed = readFileSync(resolve(__dirname, '../../tests/fixtures/seed-zhejiang-page.txt'), 'utf8');
const gold = readFileSync(resolve(__dirname, '../../tests/fixtures/seed-zhejiang-page.gold.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { start: number; end: number; text: string });

describe('describeQuote', () => {
  it('keeps the exact text and 32 characters of context each side', () => {
    const q = describeQuote(seed, gold[2].start, gold[2].end);
    expect(q.exact).toBe(gold[2].text);
    expect(q.prefix).toBe(seed.slice(gold[2].start - 32, gold[2].start));
    expect(q.suffix).toBe(seed.slice(gold[2].end, gold[2].end + 32));
  });

  it('has shorter context at the edges of the text', () => {
    expect(describeQuote('1000亩土地', 0, 5)).toEqual({ type: 'TextQuoteSelector', exact: '1000亩', prefix: '', suffix: '土地' });
  });
});

describe('reanchor on the seed article: every gold claim, after edits', () => {
  type Edit = { name: string; edit: (t: string) => string; method: string[] };
  const edits: Edit[] = [
    { name: 'unchanged', edit: (t) => t, method: ['position'] },
    { name: 'a paragraph added at the top', edit: (t) => `编者按：本文有更新。\n\n${t}`, method: ['quote'] },
    { name: 'whitespace reflowed', edit: (t) => t.replace(/\n\n/g, '\n'), method: ['position', 'quote'] },
  ];
  it.each(edits)('$name', ({ edit, method }) => {
    const edited = edit(seed);
    for (const claim of gold) {
      const anchor = describeAnchor(seed, claim.start, claim.end);
      const placed = reanchor(edited, anchor);
      expect(placed, claim.text).not.toBeNull();
      expect(edited.slice(placed!.start, placed!.end)).toBe(claim.text);
      expect(method).toContain(placed!.method);
      // The same occurrence, not another one with the same text: the context around it agrees.
      expect(edited.slice(Math.max(0, placed!.start - 8), placed!.start)).toBe(seed.slice(Math.max(0, claim.start - 8), claim.start).replace(/\n\n/g, edit('\n\n')));
    }
  });
});

describe('reanchor: table of edits to one text', () => {
  const original = '临安区计划出让工业用地1000亩。另外，青山湖街道盘活低效用地1000亩，完成投资42.3亿元。';
  const secondThousand = original.lastIndexOf('1000亩');
  const anchor = describeAnchor(original, secondThousand, secondThousand + 5);

  it.each([
    ['unchanged', original, '1000亩', 'position', '低效用地'],
    ['text inserted before', `【最新】${original}`, '1000亩', 'quote', '低效用地'],
    ['repeated figure: the occurrence with the matching context wins', original.replace('出让工业用地', '出让工业用地（首期）'), '1000亩', 'quote', '低效用地'],
    ['the figure reformatted', original.replace('低效用地1000亩', '低效用地1,000亩'), '1,000亩', 'fuzzy', '低效用地'],
    ['the figure corrected', original.replace('低效用地1000亩', '低效用地1200亩'), '1200亩', 'fuzzy', '低效用地'],
  ])('%s', (_name, edited, exact, method, before) => {
    const placed = reanchor(edited, anchor)!;
    expect(placed).not.toBeNull();
    expect(edited.slice(placed.start, placed.end)).toBe(exact);
    expect(placed.method).toBe(method);
    expect(edited.slice(placed.start - before.length, placed.start)).toBe(before);
  });

  it.each([
    ['the sentence deleted', '临安区计划出让工业用地1000亩。完成投资42.3亿元。'],
    ['the text replaced by another article', '嘉兴市新增绿地3000亩，建成公园12座，投资8亿元。'],
    ['empty text', ''],
  ])('orphan when %s', (_name, edited) => {
    expect(reanchor(edited, anchor)).toBeNull();
  });

  it('positions are relative to the article start (base)', () => {
    const page = `导航 首页 新闻\n\n${original}`;
    const base = page.indexOf(original);
    const a = describeAnchor(page, base + secondThousand, base + secondThousand + 5, base);
    expect(a.position.start).toBe(secondThousand);
    expect(reanchor(page, a, base)).toEqual({ start: base + secondThousand, end: base + secondThousand + 5, method: 'position' });
  });
});

describe('reanchor on a hostile page', () => {
  it('finds a reformatted figure whose context repeats more times than a function takes arguments, without overflowing the stack', () => {
    // A note on 1000亩 between 地 and ，; the page now repeats 地1,000亩， 130,000 times after a preamble (the near window holds none).
    const anchor = describeAnchor('地1000亩，', 1, 6);
    const page = '说明。'.repeat(3000) + '地1,000亩，'.repeat(130_000);
    const placed = reanchor(page, anchor)!;
    expect(placed.method).toBe('fuzzy');
    expect(page.slice(placed.start, placed.end)).toBe('1,000亩');
  }, 60_000);
});
