/**
 * The cheap first look at a page (a few milliseconds on any page): does it have enough paragraph
 * text and a few development/policy words to hold an article at all? Most pages stop here. It lives
 * apart from main-text.ts so the content script's loader can run it without loading Readability.
 */
import { detectLanguage } from './language';
import { simplifierFor } from '../hanzi/simplifier';
import { VOCABULARY_TRADITIONAL_PAIRS } from './vocabulary-traditional';
import { DEVELOPMENT_TABLES } from './vocabulary';
import { openShadowRoots } from '../text-map/flat-tree';

export interface QuickCheck {
  passes: boolean;
  /** Characters in paragraph-like text looked at. */
  paragraphChars: number;
  paragraphs: number;
  /** Distinct development/policy words in that text (not looked for, 0, when the text is too short to count). */
  vocabularyHits: number;
  /** Of `paragraphChars`, those read in shadow roots (a page built of web components); 0 for most pages. */
  shadowChars: number;
  /** Whether shadow roots were looked in: the document's own paragraphs held too little text. */
  shadowRootsRead: boolean;
}

/** Text of a paragraph that counts towards "this page has running text". */
export const MIN_PARAGRAPH_CHARS = 20;
/** Running text a page needs to be looked at further: a short Chinese brief has 100 characters, an English one 400 letters. */
const QUICK_MIN_HANZI = 100;
const QUICK_MIN_LATIN = 400;
const QUICK_MIN_VOCABULARY = 2;
/** Paragraph elements the quick check reads at most; enough to see an article, bounded on huge pages. */
const QUICK_MAX_PARAGRAPHS = 120;
/** `<pre>` blocks it reads at most: a print view holds one, a page of code many (each read whole). */
const QUICK_MAX_PRE = 5;
const QUICK_SAMPLE_CHARS = 6000;
/**
 * Elements looked at for shadow roots when the document's own paragraphs hold too little text: the first few
 * hundred of the document (a page built of web components has its first component near the top of its body),
 * and once one is found, a few thousand in all (its components hold more components, the article among them).
 */
const SHADOW_SEARCH = { document: 300, components: 3000 };

/**
 * Strong words all but name the subject (产业园, 出让, land supply): two of them are enough. Everyday
 * development words (生态, 投资, 农户, tourism) count too when many appear together, so an article that
 * happens to use one strong word (an ecology story) is still looked at: four of them weigh as one strong word.
 * Lowercased, on first use: most pages have too little running text to need them.
 */
let vocabularyTerms: { strong: string[]; supporting: string[] } | undefined;
function vocabulary(): { strong: string[]; supporting: string[] } {
  if (!vocabularyTerms) {
    // Only English words are lowered: Chinese has no case, and lowering a string of Chinese goes through
    // ICU, a few microseconds a word the first time in a page (a millisecond for the vocabulary).
    const lowered = (tables: typeof DEVELOPMENT_TABLES) => tables.flatMap((t) => (t.language === 'en' ? t.terms.map((term) => term.toLowerCase()) : t.terms));
    vocabularyTerms = {
      strong: lowered(DEVELOPMENT_TABLES.filter((t) => t.weight >= 2)),
      supporting: lowered(DEVELOPMENT_TABLES.filter((t) => t.weight < 2)),
    };
  }
  return vocabularyTerms;
}

/**
 * How many distinct terms a global alternation of `terms` would match in `text`: at each position the
 * longest term starting there, then on from its end (so 工业用地 is one word, not 工业用地 and 用地).
 * Found with indexOf, not a regular expression: this runs in every page with running text, and there
 * a pattern of a few hundred words cost 1–3 ms to compile and run, several times these searches
 * (measured in Chromium, in fresh pages).
 */
export function distinctTermsFound(text: string, terms: readonly string[]): number {
  // Sparse, by position: forEach visits only the positions where a term starts, in order.
  const longestAt: string[] = [];
  for (const term of terms) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      const held = longestAt[at];
      if (held === undefined || held.length < term.length) longestAt[at] = term;
    }
  }
  const found = new Set<string>();
  let next = 0;
  longestAt.forEach((term, at) => {
    if (at < next) return;
    found.add(term);
    next = at + term.length;
  });
  return found.size;
}
const SUPPORTING_WORDS_PER_STRONG = 4;
/** The vocabulary's characters in Simplified, on a page that writes them in Traditional. */
const vocabularyFold = simplifierFor(VOCABULARY_TRADITIONAL_PAIRS);
/**
 * Everyday characters that only Traditional writes (们 这 为 个 会 国 发 区 业 产 经 项 万 亿 时 来 对 与):
 * a few paragraphs in Traditional hold some of them, so a page with none is not read again. A handful of
 * native searches, where reading the text character by character (to fold it) cost about a millisecond
 * in pages that are not articles.
 */
export const TRADITIONAL_MARKERS = ['們', '這', '為', '個', '會', '國', '發', '區', '業', '產', '經', '項', '萬', '億', '時', '來', '對', '與'];
const mayBeTraditional = (text: string) => TRADITIONAL_MARKERS.some((marker) => text.includes(marker));

/** Paragraph-like elements: <p>, and for e-paper pages lines split by <br> inside one element. */
export function quickCheck(doc: Document): QuickCheck {
  const body = doc.body;
  if (!body) return { passes: false, paragraphChars: 0, paragraphs: 0, vocabularyHits: 0, shadowChars: 0, shadowRootsRead: false };
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
  const read = (scope: Element | ShadowRoot) => {
    const all = (tag: string) => (scope.nodeType === 1 ? (scope as Element).getElementsByTagName(tag) : scope.querySelectorAll(tag));
    const ps = all('p');
    for (let i = 0; i < ps.length && i < QUICK_MAX_PARAGRAPHS; i++) take(ps[i].textContent ?? '');
    if (chars >= QUICK_MIN_LATIN) return;
    // E-paper and brief pages put their text in one element, lines split by <br>.
    const brs = all('br');
    const seen = new Set<Element>();
    for (let i = 0; i < brs.length && seen.size < 10; i++) {
      const parent = brs[i].parentElement;
      if (parent && !seen.has(parent)) {
        seen.add(parent);
        take(parent.textContent ?? '');
      }
    }
    if (chars >= QUICK_MIN_LATIN) return;
    // A print view or a plain-text release may set the whole article in a <pre>, its lines hard-wrapped.
    const pres = all('pre');
    for (let i = 0; i < pres.length && i < QUICK_MAX_PRE; i++) take(pres[i].textContent ?? '');
  };
  read(body);
  // A page built of web components (MSN's news pages) renders its article from shadow roots, whose paragraphs
  // the document's do not include. Looked for only when the document's own text is too little to pass, and
  // among a bounded number of elements: most pages never get here, and none pays for a huge DOM.
  const lightChars = chars;
  const shadowRootsRead = chars < QUICK_MIN_LATIN;
  if (shadowRootsRead) {
    for (const root of openShadowRoots(body, { left: SHADOW_SEARCH.document, onceFound: SHADOW_SEARCH.components })) {
      if (chars >= QUICK_MIN_LATIN || sample.length >= QUICK_SAMPLE_CHARS) break;
      read(root);
    }
  }
  const shadowChars = chars - lightChars;
  // Too little running text in any language: the words cannot change the answer, so they are not looked for.
  if (chars < Math.min(QUICK_MIN_HANZI, QUICK_MIN_LATIN)) return { passes: false, paragraphChars: chars, paragraphs, vocabularyHits: 0, shadowChars, shadowRootsRead };
  const { strong, supporting } = vocabulary();
  const lowered = sample.toLowerCase();
  const hitsIn = (text: string) =>
    distinctTermsFound(text, strong) + Math.floor(distinctTermsFound(text, supporting) / SUPPORTING_WORDS_PER_STRONG);
  let vocabularyHits = hitsIn(lowered);
  // A Traditional-Chinese page (發展, 規劃) says the vocabulary's words in the other script: read again in Simplified,
  // only where the words were not found (a Simplified article passes on the first reading).
  if (vocabularyHits < QUICK_MIN_VOCABULARY && mayBeTraditional(lowered)) {
    const folded = vocabularyFold(lowered);
    if (folded !== lowered) vocabularyHits = Math.max(vocabularyHits, hitsIn(folded));
  }
  // Enough text in either language needs no look at which language it is.
  const enoughText = chars >= QUICK_MIN_LATIN || (chars >= QUICK_MIN_HANZI && detectLanguage(sample) === 'zh');
  return { passes: enoughText && vocabularyHits >= QUICK_MIN_VOCABULARY, paragraphChars: chars, paragraphs, vocabularyHits, shadowChars, shadowRootsRead };
}
