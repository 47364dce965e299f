/**
 * `npm run --silent claims -- FILE [--format json|table|csv]`: the articles and quantitative claims
 * in a plain-text or HTML file, through the same pipeline as the extension. Without FILE it reads
 * the demo article that ships with the extension. For HTML the page's main text is extracted first
 * and offsets point into that extracted text.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageArticle } from '../utils/articles/main-text';
import type { AnalysisResult } from '../utils/articles/types';
import { format, FORMATS, type Format } from './format';
import { InputError, readInput } from './input';

const DEMO_TEXT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'demo', 'zhejiang-page.txt');

const USAGE = 'usage: npm run --silent claims -- [FILE] [--format json|table|csv]';

class UsageError extends Error {}

function parseArgs(argv: string[]): { file?: string; format: Format; help: boolean } {
  let file: string | undefined;
  let as: Format = 'json';
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : argv[++i];
      if (!FORMATS.includes(value as Format))
        throw new UsageError(`unknown format ${value === undefined ? '(missing)' : `"${value}"`}: use json, table or csv`);
      as = value as Format;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one FILE at a time (got "${file}" and "${arg}")`);
  }
  return { file, format: as, help };
}

/**
 * A page's own metadata (Readability's title, byline, date, site name) completes what the text alone
 * gives, when the page is one article. A date every article of the page shares (an e-paper edition's)
 * dates each article the text splits into, however many that is.
 */
function fillFromPage(result: AnalysisResult, page: PageArticle[]): void {
  const pageDate = page[0]?.date;
  if (pageDate && page.every((article) => article.date === pageDate)) for (const article of result.articles) article.date ??= pageDate;
  if (result.articles.length !== 1 || page.length !== 1) return;
  const [article] = result.articles;
  const [meta] = page;
  if (!article.title && meta.title) article.title = meta.title;
  article.byline ??= meta.byline;
  article.date ??= meta.date;
  article.source ??= meta.source;
}

/**
 * Reads a frame's page from a file beside `page`: a relative address without a query (`epaper-frame/a03.html`), a
 * UTF-8 file that is there. An absolute or remote address (`//`, `http:`, `/path`) is no file of the page's.
 */
function frameBeside(page: string): (src: string) => string | null {
  return (src) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(src) || /[?#]/.test(src)) return null;
    const path = resolve(dirname(page), decodeURI(src));
    try {
      return statSync(path).isFile() ? readFileSync(path, 'utf8') : null;
    } catch {
      return null;
    }
  };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`claims: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(
      `${USAGE}\n` +
        'FILE is plain text or HTML (UTF-8). Without FILE, analyses the demo article (public/demo/zhejiang-page.txt).\n' +
        'For HTML, the main text of the page is extracted first; offsets then point into that extracted text.\n',
    );
    return 0;
  }
  try {
    const input = await readInput(args.file ?? DEMO_TEXT);
    // The pipeline (gazetteer, engines) and the DOM are loaded only once the input is known to be good,
    // so that a bad file is reported at once.
    const { analyseText } = await import('../utils/pipeline');
    // A page that frames its article (an e-paper's content frame) is read through the frame's file beside it.
    const page = input.isHtml ? (await import('./html')).htmlToText(input.text, args.file ? frameBeside(args.file) : undefined) : null;
    const text = page ? page.text : input.text;
    if (page && text.trim() === '') throw new InputError(`${args.file}: no article text found in this HTML page`);
    const result = analyseText(text);
    if (page) fillFromPage(result, page.articles);
    const out = format(result, args.format);
    process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`claims: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
