import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from './tokens';

describe('tokenize', () => {
  it.each([
    ['亩均税收', ['亩均', '均税', '税收']],
    ['临安区 工业用地', ['临安', '安区', '工业', '业用', '用地']],
    ['县', ['县']],
    ['Industrial LAND in Suining', ['industrial', 'land', 'in', 'suining']],
    ['出让1,000亩', ['出让', '1000', '亩']],
    ['ＧＤＰ增长6.5%', ['gdp', '增长', '6.5']],
    ['', []],
  ])('%s', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it('folds full-width forms and case', () => {
    expect(normalizeText('ＡＢＣ１２３')).toBe('abc123');
  });

  // A page's <sub>2.5</sub> is analysed as subscript digits (PM₂.₅); a reader types PM2.5.
  it('folds subscript digits, so PM2.5 finds PM₂.₅', () => {
    expect(tokenize('PM₂.₅平均浓度')).toEqual(['pm2.5', '平均', '均浓', '浓度']);
    expect(tokenize('PM2.5')).toEqual(['pm2.5']);
    expect(tokenize('CO₂')).toEqual(tokenize('CO2'));
  });
});
