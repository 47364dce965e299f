/**
 * The cheap first look at a page (a few milliseconds on any page): does it have enough paragraph
 * text and a few development/policy words to hold an article at all? Most pages stop here. It lives
 * apart from main-text.ts so the content script's loader can run it without loading Readability.
 */
import { detectLanguage } from './language';
import { toSimplified } from './simplified';
import { alternation, TERM_TABLES } from './vocabulary';

export interface QuickCheck {
  passes: boolean;
  /** Characters in paragraph-like text looked at. */
  paragraphChars: number;
  paragraphs: number;
  /** Distinct development/policy words in that text (not looked for, 0, when the text is too short to count). */
  vocabularyHits: number;
}

/** Text of a paragraph that counts towards "this page has running text". */
export const MIN_PARAGRAPH_CHARS = 20;
/** Running text a page needs to be looked at further: a short Chinese brief has 100 characters, an English one 400 letters. */
const QUICK_MIN_HANZI = 100;
const QUICK_MIN_LATIN = 400;
const QUICK_MIN_VOCABULARY = 2;
/** Paragraph elements the quick check reads at most; enough to see an article, bounded on huge pages. */
const QUICK_MAX_PARAGRAPHS = 120;
const QUICK_SAMPLE_CHARS = 6000;

/** Matched against the lowercased sample: building and running a pattern with the `i` flag costs more. */
function termsPattern(terms: string[]): RegExp {
  return new RegExp(alternation(terms.map((term) => term.toLowerCase())), 'g');
}

/**
 * Strong words all but name the subject (产业园, 出让, land supply): two of them are enough. Everyday
 * development words (生态, 投资, 农户, tourism) count too when many appear together, so an article that
 * happens to use one strong word (an ecology story) is still looked at: four of them weigh as one strong word.
 * Built on first use: most pages have too little running text to need them, and the loader runs on every page.
 */
let vocabularyPatterns: { strong: RegExp; supporting: RegExp } | undefined;
function vocabulary(): { strong: RegExp; supporting: RegExp } {
  if (!vocabularyPatterns) {
    const development = TERM_TABLES.filter((t) => t.group === 'policy' || t.group === 'government');
    vocabularyPatterns = {
      strong: termsPattern(development.filter((t) => t.weight >= 2).flatMap((t) => t.terms)),
      supporting: termsPattern(development.filter((t) => t.weight < 2).flatMap((t) => t.terms)),
    };
  }
  return vocabularyPatterns;
}
const SUPPORTING_WORDS_PER_STRONG = 4;

/** Paragraph-like elements: <p>, and for e-paper pages lines split by <br> inside one element. */
export function quickCheck(doc: Document): QuickCheck {
  const body = doc.body;
  if (!body) return { passes: false, paragraphChars: 0, paragraphs: 0, vocabularyHits: 0 };
  let chars = 0;
  let paragraphs = 0;
  let sample = '';
  const take = (text: string) => {
    const t = text.trim();
    if (t.length < MIN_PARAGRAPH_CHARS) return;
    chars += t.length;
    paragraphs++;
    if (sample.length < QUICK_SAMPLE_CHARS) sample += `${t}\n`;
  };
  const ps = body.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < QUICK_MAX_PARAGRAPHS; i++) take(ps[i].textContent ?? '');
  if (chars < QUICK_MIN_LATIN) {
    // E-paper and brief pages put their text in one element, lines split by <br>.
    const brs = body.getElementsByTagName('br');
    const seen = new Set<Element>();
    for (let i = 0; i < brs.length && seen.size < 10; i++) {
      const parent = brs[i].parentElement;
      if (parent && !seen.has(parent)) {
        seen.add(parent);
        take(parent.textContent ?? '');
      }
    }
  }
  // Too little running text in any language: the words cannot change the answer, so they are not looked for.
  if (chars < Math.min(QUICK_MIN_HANZI, QUICK_MIN_LATIN)) return { passes: false, paragraphChars: chars, paragraphs, vocabularyHits: 0 };
  const { strong, supporting } = vocabulary();
  // A Traditional-Chinese page (發展, 規劃) uses the same words as the vocabulary's Simplified ones.
  const lowered = toSimplified(sample).toLowerCase();
  const strongHits = new Set(lowered.match(strong));
  const supportingHits = new Set(lowered.match(supporting));
  const vocabularyHits = strongHits.size + Math.floor(supportingHits.size / SUPPORTING_WORDS_PER_STRONG);
  const minChars = detectLanguage(sample) === 'zh' ? QUICK_MIN_HANZI : QUICK_MIN_LATIN;
  return { passes: chars >= minChars && vocabularyHits >= QUICK_MIN_VOCABULARY, paragraphChars: chars, paragraphs, vocabularyHits };
}
