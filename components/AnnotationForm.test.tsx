import { describe, expect, it } from 'vitest';
import { isEvidenceUrl, parseNumberInput, parseTags } from './AnnotationForm';

describe('annotation form input', () => {
  it.each([
    ['土地, 年报，核查、 土地', ['土地', '年报', '核查']],
    ['', []],
    ['  one ;two; ', ['one', 'two']],
  ])('parseTags(%j)', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });

  it.each([
    ['1,200', 1200],
    ['42.3', 42.3],
    [' 1 000 ', 1000],
    ['-3.5', -3.5],
    ['一千', null],
    ['12亩', null],
    ['', null],
    ['9'.repeat(400), null],
  ])('parseNumberInput(%j) → %j', (text, value) => {
    expect(parseNumberInput(text)).toBe(value);
  });

  it.each([
    ['https://example.org/report', true],
    ['http://127.0.0.1/a', true],
    ['javascript:alert(1)', false],
    ['example.org', false],
  ])('isEvidenceUrl(%j) → %j', (text, ok) => {
    expect(isEvidenceUrl(text)).toBe(ok);
  });
});
