import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

/** Each figure's text and subject, in order. */
const subjects = (text: string) => extractClaims(text, { language: 'en' }).map((c) => [c.text, c.subject]);

describe('subjects of English figures', () => {
  it('reads the subject before the verb, past an abbreviation in brackets, and gives a change the same subject', () => {
    expect(subjects("The county's gross domestic product (GDP) reached 94.6 billion yuan, an increase of 6.2 percent.")).toEqual([
      ['94.6 billion yuan', "county's gross domestic product"],
      ['6.2 percent', "county's gross domestic product"],
    ]);
  });

  it('gives a conversion ("or about …") the subject of the figure it converts', () => {
    expect(subjects('Anji has 64,000 hectares of bamboo forests, or about 72,000 hectares.').map(([, s]) => s)).toEqual(['bamboo forests', 'bamboo forests']);
  });

  it('takes what the sentence is about when the clause before the figure is only its verb', () => {
    expect(subjects('The new energy battery industry, our largest, generated 61.2 billion yuan.')).toEqual([['61.2 billion yuan', 'new energy battery industry']]);
  });

  it('takes the counted noun without its multiplier, and the noun after a compound adjective', () => {
    expect(subjects('The city now has 1.9 million residents.')).toEqual([['1.9 million residents', 'residents']]);
    expect(subjects('Chen tends tea on a 2.3-hectare plot his family has farmed.')).toEqual([['2.3-hectare', 'plot']]);
  });

  it('gives a figure after a counted figure and a verb the counted thing (169 villages exceeded …)', () => {
    expect(subjects('Its 169 administrative villages exceeded 1.8 million yuan each.').map(([, s]) => s)).toEqual(['administrative villages', 'administrative villages']);
  });

  it('keeps "above" and "below" inside a subject, and reads "of/in" after the figure but not "for the first time"', () => {
    expect(subjects('Output of enterprises above designated size rose by 9.3 percent.')).toEqual([['9.3 percent', 'enterprises above designated size']]);
    expect(subjects('Industrial output topped 200 billion yuan for the first time.')).toEqual([['200 billion yuan', 'Industrial output']]);
  });

  it('strips number words from the counted noun and keeps its &', () => {
    expect(subjects('Processors shipped half a million gift boxes.')).toEqual([['half a million gift boxes', 'gift boxes']]);
    expect(subjects('The Technopole will create about 165 000 I&T jobs.')).toEqual([['165 000 I&T jobs', 'I&T jobs']]);
  });

  it('prefers a measure named before the figure to an "in …" phrase after it', () => {
    expect(subjects('The estimated cost of about $12.4 billion in money-of-the-day prices was approved.')).toEqual([['$12.4 billion', 'estimated cost']]);
  });
});
