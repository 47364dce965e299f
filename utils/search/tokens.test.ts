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
});
