import { describe, expect, it } from 'vitest';
import { describeAnchor } from './anchor';
import { compactAnchor, expandAnchor } from './compact';
import type { Anchor } from './types';

const TEXT = '临安区2026年供应工业用地1000亩，较上年下降5%。全区亩均税收约42.3万元，整治高耗低效企业779家。';

describe('compact anchors', () => {
  it('leave out a quote the text gives back, and rebuild it exactly, at the start, middle and end of the text', () => {
    for (const figure of ['临安区', '1000亩', '42.3万元', '779家。']) {
      const start = TEXT.indexOf(figure);
      const anchor = describeAnchor(TEXT, start, start + figure.length);
      const compact = compactAnchor(TEXT, anchor);
      expect(compact).toEqual({ position: anchor.position });
      expect(expandAnchor(TEXT, compact)).toEqual(anchor);
      expect(Object.keys(expandAnchor(TEXT, compact)!)).toEqual(Object.keys(anchor));
    }
  });

  it('keep a quote the text does not give back exactly', () => {
    const start = TEXT.indexOf('1000亩');
    const saved = describeAnchor(TEXT, start, start + 6);
    const kept: Anchor[] = [
      // context from the page around the article (the article starts at the figure)
      { ...saved, quote: { ...saved.quote, prefix: '首页 > 要闻 > ' + saved.quote.prefix } },
      // placed on an earlier version of the text
      { ...saved, quote: { ...saved.quote, suffix: saved.quote.suffix.replace('5%', '6%') } },
      { ...saved, quote: { ...saved.quote, exact: '1001亩' } },
      // shorter context than the text has
      { ...saved, quote: { ...saved.quote, prefix: saved.quote.prefix.slice(1) } },
      // a position past the end
      { quote: saved.quote, position: { type: 'TextPositionSelector', start: TEXT.length, end: TEXT.length + 6 } },
    ];
    for (const anchor of kept) {
      expect(compactAnchor(TEXT, anchor)).toBe(anchor);
      expect(expandAnchor(TEXT, compactAnchor(TEXT, anchor))).toBe(anchor);
    }
  });

  it('cannot rebuild a quote-less anchor whose position is outside the text', () => {
    for (const [start, end] of [[-1, 2], [3, 2], [0, TEXT.length + 1], [0.5, 2]]) {
      expect(expandAnchor(TEXT, { position: { type: 'TextPositionSelector', start, end } })).toBeNull();
    }
    expect(expandAnchor(TEXT, { position: { type: 'TextPositionSelector', start: 0, end: TEXT.length } })?.quote.exact).toBe(TEXT);
  });
});
