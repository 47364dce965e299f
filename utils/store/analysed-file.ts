/**
 * A pasted text or a dropped file (plain text, or HTML such as a saved e-paper page), analysed with
 * the same pipeline as pages and turned into the records the library saves. The file's name is the
 * articles' source: their site, their URL and, with their titles, their ids.
 */
import type { ArticleAnalysis } from '../articles/types';
import { CharsetError, decodeText } from '../charset/decode';
import { PageModel } from '../in-page/page-model';
import { analyseText } from '../pipeline';
import { buildTextMap } from '../text-map';
import type { SavedArticle } from './types';

export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
  /** Why: not a text or HTML file at all, or text in a character set that cannot be told. */
  constructor(
    fileName: string,
    readonly reason: 'not-text' | 'charset' = 'not-text',
  ) {
    super(fileName);
  }
}

/** Extensions the dashboard accepts; anything else is refused with a message, not guessed at. */
const TEXT_FILE = /\.(txt|text|md)$/i;
const HTML_FILE = /\.(html?|xhtml)$/i;

/**
 * The text of a file as the pipeline reads it, from its bytes: decoded as the command line decodes a file (UTF-8,
 * UTF-16 by its mark, a page's declared charset, or GBK text saved in a Chinese locale), and HTML laid out as a page
 * would be (blocks on their own lines, scripts and styles left out) by the same text map the content script uses.
 */
export function textOfFile(name: string, bytes: Uint8Array, parseHtml: (html: string) => Document): string {
  const isHtml = HTML_FILE.test(name);
  if (!isHtml && !TEXT_FILE.test(name)) throw new UnreadableFileError(name);
  let content: string;
  try {
    content = decodeText(bytes, isHtml);
  } catch (error) {
    if (error instanceof CharsetError) throw new UnreadableFileError(name, 'charset');
    throw error;
  }
  // A NUL character does not occur in text files; it marks a binary file with a text file's name.
  if (content.includes('\u0000')) throw new UnreadableFileError(name);
  return isHtml ? buildTextMap(parseHtml(content).body, { useComputedStyle: false }).text : content;
}

export interface AnalysedText {
  analyses: ArticleAnalysis[];
  /** One per analysed article, ready for saveArticle. */
  saved: SavedArticle[];
}

export function analyseForLibrary(text: string, sourceName: string, now = Date.now()): AnalysedText {
  const { articles } = analyseText(text);
  const model = new PageModel(text, { url: sourceName, canonicalUrl: sourceName, title: sourceName, site: sourceName }, articles);
  const saved = model.articles.map((article) => {
    const record = model.savedArticle(article, now);
    return { ...record, article: { ...record.article, source: 'file' as const } };
  });
  return { analyses: articles, saved };
}
