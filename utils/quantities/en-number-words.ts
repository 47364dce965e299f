/**
 * The value of English number words as news writes them: twenty-five thousand, three hundred and
 * five, a hundred, two dozen, half a million, one million two hundred thousand, two hundred point zero three,
 * and fractions in words (a third, twenty-three fifths, one out of three). Words only: digits, slash
 * fractions and signs are read by parseEnglishNumber (./en.ts), which calls this.
 *
 * Written here rather than asked of compromise's number parser: that parser needs compromise's
 * tagger, whose lexicon takes hundreds of milliseconds to build each time the background's service
 * worker starts (it stops after half a minute idle), and the reader's first highlights waited for it.
 */
const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Denominators of fractions: two thirds, five eighths, a hundredth, a hundred thousand trillionths. */
const ORDINALS: Record<string, number> = {
  half: 2, halve: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80,
  ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
};

/** Words of one whole number (no "point"); null when they do not make one, as in "five six" or "twenty thirty". */
function wholeValue(words: string[]): number | null {
  let total = 0;
  let group = 0;
  let last: 'start' | 'one' | 'teen' | 'ten' | 'hundred' | 'dozen' | 'scale' = 'start';
  let lastScale = Infinity;
  for (const [i, word] of words.entries()) {
    if (word === 'and') {
      // "three hundred and five": only after a hundred or a scale, before more words.
      if ((last !== 'hundred' && last !== 'scale') || i === words.length - 1) return null;
      continue;
    }
    if ((word === 'a' || word === 'an') && i === 0) {
      group = 1;
      last = 'one';
      continue;
    }
    if (word in ONES) {
      if (last === 'one' || last === 'teen' || (last === 'ten' && ONES[word] >= 10) || last === 'dozen') return null;
      if (last === 'ten' && ONES[word] === 0) return null;
      group += ONES[word];
      last = ONES[word] >= 10 ? 'teen' : 'one';
    } else if (word in TENS) {
      if (last === 'one' || last === 'teen' || last === 'ten' || last === 'dozen') return null;
      group += TENS[word];
      last = 'ten';
    } else if (word === 'hundred') {
      if (last === 'hundred' || last === 'dozen' || group >= 100) return null;
      group = (last === 'start' || last === 'scale' ? 1 : group) * 100;
      last = 'hundred';
    } else if (word === 'dozen') {
      // "two dozen", "a dozen": a count of dozens, never after a hundred or a scale.
      if (last === 'dozen' || last === 'hundred' || last === 'scale' || group >= 100) return null;
      group = (last === 'start' ? 1 : group) * 12;
      last = 'dozen';
    } else if (word in SCALES) {
      const scale = SCALES[word];
      const count = last === 'start' || last === 'scale' ? (last === 'scale' ? 0 : 1) : group;
      if (last === 'scale' && scale <= lastScale) return null;
      // "thousand million": a larger scale after a smaller one multiplies all before it.
      if (scale > lastScale) total = (total + count) * scale;
      else total += count * scale;
      lastScale = Math.min(lastScale, scale);
      group = 0;
      last = 'scale';
    } else {
      return null;
    }
  }
  return last === 'start' ? null : total + group;
}

/** Twenty-three fifths, a hundredth, one out of three: a whole number over a denominator. */
function fractionValue(words: string[]): number | null {
  const outOf = words.indexOf('out');
  if (outOf > 0 && words[outOf + 1] === 'of') {
    const [numerator, denominator] = [wholeValue(words.slice(0, outOf)), wholeValue(words.slice(outOf + 2))];
    return numerator !== null && denominator ? numerator / denominator : null;
  }
  const last = words[words.length - 1];
  const denominator = ORDINALS[last] ?? ORDINALS[last.replace(/s$/, '')];
  // "one hundred and three quarters" is 100¾: an "and" joins a whole number and a fraction (parseEnglishNumber splits there).
  if (words.length === 1 && last === 'half') return 0.5;
  if (!denominator || words.length < 2 || words.includes('and')) return null;
  const numerator = wholeValue(words.slice(0, -1));
  return numerator === null ? null : numerator / denominator;
}

export function numberWordsValue(input: string): number | null {
  const words = input.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  // "half a million", "half a billion".
  if (words[0] === 'half' && words.length <= 3 && SCALES[words[words.length - 1]] && (words.length === 2 || words[1] === 'a' || words[1] === 'an')) {
    return SCALES[words[words.length - 1]] / 2;
  }
  const point = words.indexOf('point');
  if (point < 0) return wholeValue(words) ?? fractionValue(words);
  const whole = point === 0 ? 0 : wholeValue(words.slice(0, point));
  // "one point two million": the digits may end in a scale.
  const scale = SCALES[words[words.length - 1]];
  const digits = words.slice(point + 1, scale ? -1 : undefined).map((w) => ONES[w]);
  if (whole === null || whole >= 1000 || digits.length === 0 || digits.some((d) => d === undefined || d > 9)) return null;
  const value = Number(`${whole}.${digits.join('')}`);
  return scale ? Math.round(value * scale * 1e6) / 1e6 : value;
}
