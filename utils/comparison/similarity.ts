/**
 * How alike two subjects are. Subjects are short phrases the engine took from a sentence
 * (工业用地出让, 出让工业用地, 年度出让工业用地目标), so word order and extra words vary; character
 * bigrams compare them without a dictionary, in Chinese and English alike.
 */
import { normalizeText } from '../search/tokens';

/** Character bigrams of the text with spaces and punctuation removed. */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(normalizeText(text).replace(/[\s\p{P}\p{S}]+/gu, ''));
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return grams;
}

/** Dice coefficient of two bigram sets: 1 for the same bigrams, 0 for none shared. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Two subjects name the same measure when their bigrams mostly agree. */
export const SAME_SUBJECT = 0.6;

/**
 * Whether a claim's subject is about the metric's words: every bigram of the words occurs in the
 * subject (总投资 in 项目总投资), or the two are alike as wholes (工业用地出让 ~ 出让工业用地).
 */
export function subjectMatches(subject: Set<string>, words: Set<string>): boolean {
  if (words.size === 0) return true;
  let contained = true;
  for (const gram of words) {
    if (!subject.has(gram)) {
      contained = false;
      break;
    }
  }
  return contained || dice(subject, words) >= SAME_SUBJECT;
}
