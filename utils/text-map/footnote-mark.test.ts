import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { isExponent, isFootnoteMark, isSubscriptIndex, subscripted, superscripted } from './footnote-mark';

const marks = (html: string) => {
  const doc = new Window().document;
  doc.body.innerHTML = html;
  return [...doc.body.querySelectorAll('sup, a')].map((el) => isFootnoteMark(el as unknown as Element));
};

describe('isFootnoteMark', () => {
  it('is a superscript note number glued to a figure, its unit or a word, with or without brackets or a link in it', () => {
    expect(marks('<p>about 1,200<sup>1</sup> hectares</p>')).toEqual([true]);
    expect(marks('<p>closed 286<sup><a href="#fn2">2</a></sup> plants</p>')).toEqual([true, false]);
    expect(marks('<p>$1.38 billion<sup>[5]</sup>.</p>')).toEqual([true]);
    expect(marks('<p>低效用地一度超过<strong>1.8万亩</strong><sup>[2]</sup>。</p>')).toEqual([true]);
  });

  it('is an in-page link holding only a note number right after a figure', () => {
    expect(marks('<p>Officials say 42%<a class="fn" href="#fn3">3</a> of the looms</p>')).toEqual([true]);
    expect(marks('<p>output of 48,000<a href="#n6">6</a> tonnes</p>')).toEqual([true]);
  });

  it('is not a unit\'s exponent, a pager\'s links, a link to another page or a longer superscript', () => {
    expect(marks('<p>spread over 260,000 m<sup>2</sup> of roofs and 5.6 km<sup>2</sup></p>')).toEqual([false, false]);
    expect(marks('<p>a hall of 300m<sup>3</sup></p>')).toEqual([false]);
    expect(marks('<div><a href="#p1">1</a> <a href="#p2">2</a><a href="#p3">3</a></div>')).toEqual([false, false, false]);
    expect(marks('<p>Page 12<a href="/p/13">13</a></p>')).toEqual([false]);
    expect(marks('<p>the 1st<sup>st</sup> and 2024<sup>1234</sup></p>')).toEqual([false, false]);
    expect(marks('<p>see note <sup>4</sup></p>')).toEqual([false]);
  });

  it('is not a power of ten after a multiplication sign, beside a real mark after the sentence', () => {
    expect(marks('<p>holding 8.6 × 10<sup>6</sup> m<sup>3</sup> of water, 350 megawatts each.<sup>1</sup></p>')).toEqual([false, false, true]);
    expect(marks('<p>some 3x10<sup>-4</sup> of it</p>')).toEqual([false]);
  });
});

describe('isExponent', () => {
  const exponents = (html: string) => {
    const doc = new Window().document;
    doc.body.innerHTML = html;
    return [...doc.body.querySelectorAll('sup')].map((el) => isExponent(el as unknown as Element));
  };

  it('is a unit\'s square or cube, or a power of ten; not a note mark, nor a ten alone raised', () => {
    expect(exponents('<p>8.6 × 10<sup>6</sup> m<sup>3</sup>, 1.86 km<sup>2</sup>, 480 m<sup>3</sup>/s</p>')).toEqual([true, true, true, true]);
    expect(exponents('<p>about 1,200<sup>1</sup> hectares, in 10<sup>2</sup> villages, each.<sup>3</sup></p>')).toEqual([false, false, false]);
  });

  it('is the square of a hectometre, the hectare of Chinese technical prose', () => {
    expect(exponents('<p>修复面积386.5hm<sup>2</sup>，其中126.8 hm<sup>2</sup></p>')).toEqual([true, true]);
    expect(marks('<p>修复面积386.5hm<sup>2</sup></p>')).toEqual([false]);
  });

  it('is written in the superscript digits it shows, one for one', () => {
    expect(superscripted('6')).toBe('⁶');
    expect(superscripted('-12')).toBe('⁻¹²');
  });
});

describe('isSubscriptIndex', () => {
  const indexes = (html: string) => {
    const doc = new Window().document;
    doc.body.innerHTML = html;
    return [...doc.body.querySelectorAll('sub')].map((el) => isSubscriptIndex(el as unknown as Element));
  };

  it('is a <sub> of digits, maybe with a point: a formula\'s count or a name\'s index; not words nor a long number', () => {
    expect(indexes('<p>减排CO<sub>2</sub>1.6万吨，PM<sub>2.5</sub>浓度，NO<sub>x</sub>，H<sub>2</sub>O</p>')).toEqual([true, true, false, true]);
    expect(indexes('<p>x<sub>max</sub>，a<sub>2024</sub></p>')).toEqual([false, false]);
  });

  it('is written in the subscript digits it shows, its point as it is', () => {
    expect(subscripted('2')).toBe('₂');
    expect(subscripted('2.5')).toBe('₂.₅');
  });
});
