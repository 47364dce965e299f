/**
 * An HTML file for the command line: parsed with happy-dom, its main text found as in the
 * extension (utils/articles/main-text.ts), and returned as the plain text the pipeline reads.
 * Offsets in the output point into this text.
 */
import { Window } from 'happy-dom';
import { attachDeclarativeShadowRoots } from '../utils/articles/declarative-shadow';
import { articleText, findArticles, type PageArticle } from '../utils/articles/main-text';

export interface HtmlText {
  text: string;
  articles: PageArticle[];
}

export function htmlToText(html: string): HtmlText {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    const document = window.document as unknown as Document;
    // Components rendered on the server (`<template shadowrootmode>`) are read as a browser shows them.
    attachDeclarativeShadowRoots(document);
    const articles = findArticles(document, { force: true });
    return { text: articles.map(articleText).filter(Boolean).join('\n\n\n'), articles };
  } finally {
    void window.happyDOM.close();
  }
}
