import { describe, expect, it } from 'vitest';
import { numberWordsValue } from './en-number-words';

describe('numberWordsValue', () => {
  it.each([
    ['twenty-five thousand', 25_000],
    ['three hundred and five', 305],
    ['a hundred', 100],
    ['one million two hundred thousand', 1_200_000],
    ['twenty-one trillion three hundred', 21e12 + 300],
    ['three hundred and five thousand', 305_000],
    ['ninety-five hundred', 9500],
    ['thousand million', 1e9],
    ['a dozen', 12],
    ['two dozen', 24],
    ['two hundred point zero three', 200.03],
    ['one point two million', 1_200_000],
    ['point five', 0.5],
  ])('%s → %d', (words, value) => {
    expect(numberWordsValue(words)).toBe(value);
  });

  it.each([
    ['twenty-three fifths', 4.6],
    ['a hundredth', 0.01],
    ['a hundred thousand trillionths', 1e-7],
    ['five - eighths', 0.625],
    ['one out of three', 1 / 3],
  ])('reads the fraction %s', (words, value) => {
    expect(numberWordsValue(words)).toBeCloseTo(value, 12);
  });

  it.each(['five six', 'twenty thirty', 'nineteen ninety', 'a thousand dozen', 'hundred hundred', 'five and', 'one hundred and three quarters', 'county', ''])(
    'is not one number: %j',
    (words) => {
      expect(numberWordsValue(words)).toBeNull();
    },
  );
});
