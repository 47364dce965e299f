/**
 * An HTML file for the command line: parsed with happy-dom, its main text found as in the
 * extension (utils/articles/main-text.ts), and returned as the plain text the pipeline reads.
 * Offsets in the output point into this text.
 *
 * A page that holds no article of its own but frames one (an e-paper's or a county site's content frame, the outer
 * page only its chrome) is read as the extension reads it: the framed page is the article (utils/background/frames.ts
 * lets the frame speak for the page). The command line reads a frame whose address is a file beside the page
 * (`readFrame`), the first that holds an article; a frame that says it is smaller than the extension reads (width or
 * height attributes under 400 × 300: an ad, a widget) or is hidden is left alone, and so is a frame's own frame.
 * A frame whose document is the page's own text (`<iframe srcdoc>`) is read where it stands, as part of the page
 * (utils/articles/srcdoc-frame.ts).
 */
import { Window } from 'happy-dom';
import { attachDeclarativeShadowRoots } from '../utils/articles/declarative-shadow';
import { writeScriptedHtml } from '../utils/articles/written-by-script';
import { articleText, findArticles, type PageArticle } from '../utils/articles/main-text';
import { inlineSrcdocFrames, shown } from '../utils/articles/srcdoc-frame';

export interface HtmlText {
  text: string;
  articles: PageArticle[];
}

/** The text of a framed page by its address as the page writes it, or null when it is no file beside the page. */
export type FrameReader = (src: string) => string | null;

export function htmlToText(html: string, readFrame?: FrameReader): HtmlText {
  return withDocument(html, (document) => {
    const framed = readFrame ? framedArticle(document, readFrame) : null;
    if (framed) return framed;
    const articles = findArticles(document, { force: true });
    return { text: articles.map(articleText).filter(Boolean).join('\n\n\n'), articles };
  });
}

/**
 * Reads `html` as a page: happy-dom, no scripts, but what an inline script of literals writes as the page loads written
 * in, and declarative shadow roots attached, as a browser's parser does both.
 */
function withDocument<T>(html: string, read: (document: Document) => T): T {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    const document = window.document as unknown as Document;
    // An old CMS's article printed by `document.write` of string literals (utils/articles/written-by-script.ts).
    writeScriptedHtml(document);
    // Components rendered on the server (`<template shadowrootmode>`) are read as a browser shows them.
    attachDeclarativeShadowRoots(document);
    // An article's body written into an `<iframe srcdoc>` of the page is read where the frame stands.
    inlineSrcdocFrames(document);
    return read(document);
  } finally {
    void window.happyDOM.close();
  }
}

/** The article of a frame beside the page, when the page holds none of its own (see above). */
function framedArticle(document: Document, readFrame: FrameReader): HtmlText | null {
  const frames = [...document.querySelectorAll('iframe[src]')].filter(shown);
  // (Not forced: the extension's own look, which found nothing in the outer page, lets a frame speak for it.)
  if (frames.length === 0 || findArticles(document).length > 0) return null;
  for (const frame of frames) {
    const src = frame.getAttribute('src')!;
    const html = readFrame(src);
    if (html === null) continue;
    const framed = withDocument(html, (inner) => {
      const articles = findArticles(inner);
      const text = articles.map(articleText).filter(Boolean).join('\n\n\n');
      return text.trim() ? { text, articles } : null;
    });
    if (framed) return framed;
  }
  return null;
}
