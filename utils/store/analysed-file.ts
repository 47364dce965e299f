/**
 * A pasted text or a dropped file (plain text, or HTML such as a saved e-paper page), analysed with
 * the same pipeline as pages and turned into the records the library saves. The file's name is the
 * articles' source: their site, their URL and, with their titles, their ids.
 */
import type { ArticleAnalysis } from '../articles/types';
import { PageModel } from '../in-page/page-model';
import { analyseText } from '../pipeline';
import { buildTextMap } from '../text-map';
import type { SavedArticle } from './types';

export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

/** Extensions the dashboard accepts; anything else is refused with a message, not guessed at. */
const TEXT_FILE = /\.(txt|text|md)$/i;
const HTML_FILE = /\.(html?|xhtml)$/i;

/**
 * The text of a file as the pipeline reads it. HTML is laid out as a page would be (blocks on their
 * own lines, scripts and styles left out) by the same text map the content script uses.
 */
export function textOfFile(name: string, content: string, parseHtml: (html: string) => Document): string {
  // A NUL byte does not occur in text files; it marks a binary file read as text.
  if (content.includes('\u0000')) throw new UnreadableFileError(name);
  if (HTML_FILE.test(name)) return buildTextMap(parseHtml(content).body, { useComputedStyle: false }).text;
  if (TEXT_FILE.test(name)) return content;
  throw new UnreadableFileError(name);
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
