/**
 * The page's articles with their claims: the pipeline step the content script runs.
 *
 * 1. utils/articles decides whether the page can hold an article at all (a quick check of a few
 *    milliseconds; most pages stop here) and which elements make up each article (Readability, or
 *    the densest block as a fallback).
 * 2. The text map reads the page's visible text once; each article is a span of it, split further
 *    by the newspaper segmenter (several articles on one e-paper page, captions and bylines excluded).
 * 3. Claims: Chinese ones from the engine right here; English text goes to the background, where
 *    the English engine (compromise, ~377 KB) lives so Chinese pages never load it. Relevance is
 *    scored here, from the same inputs the CLI uses (regions are a reason shown, not a score).
 * 4. Regions come later (`resolveRegions`): the gazetteer lives in the background too, and a
 *    reader should not wait for it to see the highlights.
 * On a long page the articles are analysed a slice of time at a time: between slices the page gets to
 * paint (and the session draws what is known so far), so a reader of a 1 MB e-paper page sees the
 * first highlights early and the page never freezes for the whole analysis. The first slice does not
 * wait for the whole page to be read: the beginning of the page is mapped, and the articles there that
 * the rest of the text cannot change are analysed and drawn first (`analyseHead`).
 * Offsets of articles and claims are offsets into the text map's string.
 */
import { readCompanions } from '../articles/companion';
import { headlineOfDocTitle } from '../articles/doc-title';
import { detectLanguage } from '../articles/language';
import { findArticles, quickCheck, type PageArticle as FoundArticle } from '../articles/main-text';
import { scoreRelevance } from '../articles/relevance';
import { segmentArticles, settledArticles, startsInExcluded, type ArticleSegment, type SegmentOptions, type Span } from '../articles/segment';
import type { RegionQuery } from '../articles/analyse';
import type { ArticleAnalysis, Region } from '../articles/types';
import type { Claim, Language } from '../quantities/types';
import { extractChineseClaims } from '../quantities/zh';
import { mergeLineClaims, otherLanguageLines } from '../quantities/language-lines';
import { startTextMap, type TextMap, type TextMapping } from '../text-map';
import { afterNextPaint } from './page-timing';

export interface AnalysisServices {
  analyseEnglish(text: string): Promise<Claim[]>;
  resolveRegions(query: RegionQuery): Promise<Region[]>;
}

export interface PageAnalysis {
  /** Null when the page holds no article (nothing was read beyond the quick check). */
  map: TextMap | null;
  /** Articles with claims and relevance; `regions` still empty (see resolveRegions). */
  articles: ArticleAnalysis[];
  /** For each article, what the gazetteer needs to name its places. */
  regionQueries: RegionQuery[];
}

/** Whether the page could hold an article; cheap enough to run on every page change. */
export function mayHoldArticle(doc: Document): boolean {
  return quickCheck(doc).passes;
}

/**
 * Main-thread time the analysis takes before it first lets the page paint (about two frames), then
 * between later pauses: longer, because every frame of a very long page costs tens of milliseconds to
 * paint, and a few frames are enough to show progress.
 */
const FIRST_SLICE_MS = 30;
const LATER_SLICE_MS = 120;

/** What `onProgress` reports: the articles analysed so far, and how far the analysis has got. */
export interface AnalysisSoFar extends PageAnalysis {
  /**
   * The share (0–1) of the page's articles' text analysed, for a progress bar; absent while the page is still being
   * read, when the whole is not known yet.
   */
  share?: number;
}

export interface AnalyseOptions {
  /** The reader asked ("analyse this page"), so skip the quick check. */
  force?: boolean;
  /**
   * Called with the articles analysed so far each time the analysis lets the page paint: once the first
   * article is analysed (when more are to come), then after each slice of main-thread time.
   */
  onProgress?: (soFar: AnalysisSoFar) => void;
  /**
   * `first`: how long a long page's beginning may be analysed before it is shown (its first article is,
   * whatever the time); `later`: main-thread time between later pauses.
   */
  sliceMs?: { first: number; later: number };
}

export async function analysePage(doc: Document, services: AnalysisServices, { force = false, onProgress, sliceMs = { first: FIRST_SLICE_MS, later: LATER_SLICE_MS } }: AnalyseOptions = {}): Promise<PageAnalysis> {
  const body = doc.body;
  if (!body) return { map: null, articles: [], regionQueries: [] };
  const started = performance.now();
  let found = findArticles(doc, { force });
  if (!found.length) return { map: null, articles: [], regionQueries: [] };
  let mapping = startTextMap(body);
  let head: Head | null = null;
  let sliceStart = started;
  // Whether the reader has been shown articles yet: the first are painted before anything else is read.
  let shown = false;
  const showFirst = () => {
    shown = true;
    const view = doc.defaultView;
    return view ? afterNextPaint(view) : pause();
  };
  if (onProgress) {
    // The page may change while it shows the first articles or between the parts of the rest: a map read in parts
    // is whole only if it did not.
    const changes = watchChanges(body);
    head = await analyseHead(mapping, found[0], doc, services, started + sliceMs.first);
    if (head) {
      onProgress({ map: head.map, articles: head.analysed.map((a) => a.article), regionQueries: head.analysed.map((a) => a.regionQuery) });
      await showFirst();
    }
    sliceStart = await readRest(mapping, sliceMs.later, head ? performance.now() : sliceStart);
    if (changes.stop()) {
      // What was read of the page is out of date: read it again, whole this time.
      found = findArticles(doc, { force });
      if (!found.length) return { map: null, articles: [], regionQueries: [] };
      mapping = startTextMap(body);
      head = null;
    }
  }
  mapping.advance(Infinity);
  const map = mapping.map();
  const articles: ArticleAnalysis[] = [];
  const regionQueries: RegionQuery[] = [];
  const companions: boolean[] = [];
  const spans = found.map((article) => map.spanOfElement(article.root));
  const total = spans.reduce((sum, span) => sum + (span ? span.end - span.start : 0), 0);
  // Characters of the articles before the current one: the share analysed is these and the current one's up to its segment's end.
  let before = 0;
  for (const [index, article] of found.entries()) {
    const span = spans[index];
    if (!span) continue;
    const blocks = disjointBlocks(article.blocks.map((b) => map.spanOfElement(b)).filter((s): s is Span => s !== null));
    const segments = segmentArticles(map.text.slice(span.start, span.end), ownHeadline(article)).filter((s) => holdsOwnText(map.text, span.start, s, blocks));
    // Segmenting a long page takes tens of milliseconds: once the reader sees highlights, a slice it used up ends here.
    if (onProgress && shown && performance.now() - sliceStart >= sliceMs.later) {
      await pause();
      sliceStart = performance.now();
    }
    for (const [i, segment] of segments.entries()) {
      // The first articles of the first one were analysed from the beginning of the page: the same articles.
      const analysed = (index === 0 && head?.analysed[i]) || (await analyseSegment(map.text, span.start, segment, blocks, article, doc, services));
      articles.push(analysed.article);
      regionQueries.push(analysed.regionQuery);
      companions.push(segment.companion === true);
      // After the last article the whole analysis is drawn: a report then would only delay it.
      const more = i < segments.length - 1 || index < found.length - 1;
      if (onProgress && more && (!shown || performance.now() - sliceStart >= sliceMs.later)) {
        const share = total > 0 ? Math.min(1, (before + segment.end) / total) : undefined;
        onProgress({ map, articles: [...articles], regionQueries: [...regionQueries], ...(share === undefined ? {} : { share }) });
        await (shown ? pause() : showFirst());
        sliceStart = performance.now();
      }
    }
    before += span.end - span.start;
  }
  readCompanions(articles, companions);
  return { map, articles, regionQueries };
}

/** The headline the page names for an article (Readability's title, less a site's name), for the segmenter. */
function ownHeadline(article: FoundArticle): SegmentOptions {
  return article.title ? { headline: headlineOfDocTitle(article.title) } : {};
}

/** Lets the page paint (and run its own tasks). */
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Characters mapped between looks at the clock while the rest of a long page is read: about a millisecond's work.
 * Reading a 1 MB page whole held the main thread for 40–90 ms, its segmentation and first slice of analysis for
 * over 100 more, so that a click or key press just after the first highlights waited for all of it.
 */
const READ_CHARS = 16_000;

/**
 * Maps the rest of the page, letting it paint whenever `sliceMs` of main-thread time have passed since
 * `sliceStart`; returns when the current slice started. Pauses only between parts, so a page read in one
 * part never waits.
 */
async function readRest(mapping: TextMapping, sliceMs: number, sliceStart: number): Promise<number> {
  // Each part ends at the first line end past its limit: a limit the mapping has passed reads one more line.
  for (let limit = READ_CHARS; !mapping.advance(limit); limit += READ_CHARS) {
    if (performance.now() - sliceStart < sliceMs) continue;
    await pause();
    sliceStart = performance.now();
  }
  return sliceStart;
}

/**
 * Characters of a long page read before its first articles are analysed: a screenful of text and then
 * some, so that the first articles are complete. Doubled while none of them is, up to MAX_HEAD_CHARS
 * (an article that long, or one that starts that far down, is read with the rest of the page).
 */
const HEAD_CHARS = 8_000;
const MAX_HEAD_CHARS = 64_000;

type Analysed = Awaited<ReturnType<typeof analyseSegment>>;

interface Head {
  /** The map of the page's beginning: a prefix of the whole page's map. */
  map: TextMap;
  /** The first article's first articles (segments), exactly as the whole page's analysis finds them. */
  analysed: Analysed[];
}

/**
 * On a long page, the first article's first segments, analysed from a map of the page's beginning
 * before the rest is read; null on a page short enough to read whole, or when no segment is complete
 * within MAX_HEAD_CHARS. A segment counts when the rest of the page cannot change it: the whole
 * article is in the map, or the segmenter says it is settled. Segments after the first are analysed
 * only until `deadline` (the end of the first slice): the rest of the analysis takes up the others.
 */
async function analyseHead(mapping: TextMapping, article: FoundArticle, doc: Document, services: AnalysisServices, deadline: number): Promise<Head | null> {
  // In a page of web components the cut and the article's elements may lie in different shadow trees, which the DOM
  // cannot order: what lies before the cut is not known, so the page is read whole first.
  if (article.flat) return null;
  for (let length = HEAD_CHARS; length <= MAX_HEAD_CHARS; length *= 2) {
    if (mapping.advance(length)) return null;
    const next = mapping.next!;
    // A cut inside a web component's shadow tree cannot be put in order against the page's elements: read on.
    if (next.getRootNode() !== doc) continue;
    const map = mapping.map();
    // Nothing of the article read yet: it starts further down.
    const span = spanBeforeCut(map, article.root, next);
    if (!span) continue;
    const text = map.text.slice(span.start, span.end);
    const inside = article.root.contains(next);
    const segments = inside ? settledArticles(text, ownHeadline(article)) : segmentArticles(text, ownHeadline(article));
    if (!segments.length) continue;
    // The article's blocks with text before the cut, those that go on past it cut short: a complete
    // segment's figures lie before the cut, where such a span is as whole as it needs to be.
    const blocks = disjointBlocks(blocksBeforeCut(map, article.blocks, next));
    const analysed: Analysed[] = [];
    for (const segment of segments.filter((s) => holdsOwnText(map.text, span.start, s, blocks))) {
      if (analysed.length && performance.now() >= deadline) break;
      analysed.push(await analyseSegment(map.text, span.start, segment, blocks, article, doc, services));
    }
    return { map, analysed };
  }
  return null;
}

/**
 * The spans of `blocks` (in page order) read before `next`, in the map of the page's beginning (see spanBeforeCut).
 * Blocks come in the order of their own text or of their start, so once one lies wholly after the cut, so do the
 * rest but those that hold the cut (the article element itself, whose own text may come last). Those are all that
 * is asked about past that point: asking where each of a long article's thousands of paragraphs lies against the
 * cut walks their siblings each time.
 */
function blocksBeforeCut(map: TextMap, blocks: readonly Element[], next: Node): Span[] {
  const holders = new Set<Node>();
  for (let node = next.parentNode; node; node = node.parentNode) holders.add(node);
  const spans: Span[] = [];
  let pastCut = false;
  for (const block of blocks) {
    if (pastCut && !holders.has(block)) continue;
    if (block.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_PRECEDING) {
      pastCut = true;
      continue;
    }
    const span = spanBeforeCut(map, block, next);
    if (span) spans.push(span);
  }
  return spans;
}

/**
 * The span of `el`'s text in `map`, the map of the page's beginning up to `next` (the first node not
 * read): cut at the map's end when `el` goes on past it; null when none of its text is in the map. Asks
 * the DOM only about the part read (looking up an element's end, or a start not yet read, would walk the
 * rest of the page).
 */
function spanBeforeCut(map: TextMap, el: Element, next: Node): Span | null {
  const position = el.compareDocumentPosition(next);
  if (!(position & Node.DOCUMENT_POSITION_FOLLOWING)) return null;
  if (!(position & Node.DOCUMENT_POSITION_CONTAINED_BY)) return map.spanOfElement(el);
  // The text read inside `el`, if any, runs to the end of the map: the last text read is in it.
  const last = map.segments.at(-1)?.node;
  const start = last && el.contains(last) ? map.offsetOf(el, 0, 'forward') : null;
  return start !== null && start < map.text.length ? { start, end: map.text.length } : null;
}

/** Attributes the text map reads (our own UI's is set only by us, never during an analysis). */
const MAP_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden'];

/** Watches `root` for changes to what the text map reads (nodes, text, attributes); `stop` says whether there was one. */
function watchChanges(root: Element): { stop(): boolean } {
  let changed = false;
  // Records are delivered in a microtask after the change; those not delivered yet are taken at the end.
  const observer = new MutationObserver(() => (changed = true));
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributeFilter: MAP_ATTRIBUTES });
  return {
    stop() {
      changed ||= observer.takeRecords().length > 0;
      observer.disconnect();
      return changed;
    },
  };
}

/**
 * Region queries sent per turn of the event loop. Sending a message copies its text on the main
 * thread, so a long e-paper page of hundreds of articles would otherwise freeze the page (a few hundred
 * milliseconds for 1 MB) just after its highlights appear; between groups the page gets to scroll and paint.
 */
const REGION_QUERIES_PER_TURN = 8;

/** The places each article is about, from the background's gazetteer; none for an article without figures. */
export async function resolveRegions(analysis: PageAnalysis, services: AnalysisServices): Promise<Region[][]> {
  const pending: Array<Promise<Region[]>> = [];
  let sentThisTurn = 0;
  for (let i = 0; i < analysis.articles.length; i++) {
    if (!analysis.articles[i].claims.length) {
      pending.push(Promise.resolve([]));
      continue;
    }
    if (sentThisTurn === REGION_QUERIES_PER_TURN) {
      await pause();
      sentThisTurn = 0;
    }
    pending.push(services.resolveRegions(analysis.regionQueries[i]).catch(() => []));
    sentThisTurn++;
  }
  return Promise.all(pending);
}

/** One segment of an article whose text starts at `offset` in the map's `text`. */
async function analyseSegment(
  text: string,
  offset: number,
  segment: ArticleSegment,
  blocks: readonly Span[],
  found: FoundArticle,
  doc: Document,
  services: AnalysisServices,
): Promise<{ article: ArticleAnalysis; regionQuery: RegionQuery }> {
  const start = offset + segment.start;
  const end = offset + segment.end;
  const excluded = segment.excluded.map((x) => ({ start: offset + x.start, end: offset + x.end }));
  const own = text.slice(start, end);
  const language = detectLanguage(own);
  // (A line of prose in the other language, a 双语 page's English paragraph, is read by its own language's engine.)
  const read = (part: string, lang: Language) => (lang === 'zh' ? extractChineseClaims(part) : services.analyseEnglish(part));
  const lines = otherLanguageLines(own, language);
  const raw = mergeLineClaims(await read(own, language), lines, await Promise.all(lines.map((l) => read(own.slice(l.start, l.end), l.language))));
  // Figures in captions, credits and bylines, or outside the article's own blocks (share bars,
  // related-story lists inside the article element), are not the article's claims.
  const claims = raw
    .map((c) => ({ ...c, start: c.start + start, end: c.end + start }))
    .filter((c) => !startsInExcluded(c, excluded) && insideBlock(blocks, c))
    .sort((a, b) => a.start - b.start);
  // Without a headline on the page, the title Readability or the document gives, less the site's name.
  const title = segment.title || headlineOfDocTitle(found.title || doc.title);
  let body = '';
  let at = start;
  for (const x of excluded) {
    body += text.slice(at, x.start) + ' '.repeat(x.end - x.start);
    at = x.end;
  }
  body += text.slice(at, end);
  const relative = (x: Span): Span => ({ start: x.start - start, end: x.end - start });
  const regionQuery: RegionQuery = {
    text: own,
    title,
    // The article's text outside its blocks (a rail of most-read stories, a list of links inside the article's element)
    // names places it is not about, as its captions do: the gazetteer weighs them alike (the command line never reads them).
    excluded: [...excluded, ...textOutside(blocks, text, start, end)].map(relative),
    language,
    // The segmenter's spans are relative to the text it was given, which starts segment.start before `own`.
    ...(segment.lead ? { lead: { start: segment.lead.start - segment.start, end: segment.lead.end - segment.start } } : {}),
  };
  const byline = segment.byline ?? found.byline;
  const date = segment.date ?? found.date;
  const source = segment.source ?? found.source;
  // The office a byline or source line names (来源：XX县发展和改革局) speaks for the article, as in utils/articles/analyse.ts.
  const issuer = [byline, source].filter(Boolean).join('\n');
  const { relevance, isRegionalDevelopment, signals } = scoreRelevance({ text: body, title, language, claims, issuer });
  const analysis: ArticleAnalysis = { title, start, end, language, relevance, isRegionalDevelopment, regions: [], claims, signals };
  if (byline) analysis.byline = byline;
  if (date) analysis.date = date;
  if (source) analysis.source = source;
  if (segment.editor) analysis.editor = segment.editor;
  return { article: analysis, regionQuery };
}

/**
 * Whether any text of `segment` (of the text starting at `offset` in `text`) lies in the article's own `blocks`. A
 * segment wholly outside them is no article of the page's: in an article element that holds a rail of related
 * stories and the comments under the post, a listed headline over its date line takes the comments after it for its
 * body. (The command line, which reads the blocks alone, never sees it.)
 */
export function holdsOwnText(text: string, offset: number, segment: Span, blocks: readonly Span[]): boolean {
  const start = offset + segment.start;
  const end = offset + segment.end;
  // The blocks are sorted and disjoint (disjointBlocks), so their ends are sorted too: the first that ends past the
  // segment's start is found by a binary search (a page of thousands of segments each looked through all of them).
  let lo = 0;
  for (let hi = blocks.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end > start) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i < blocks.length && blocks[i].start < end; i++) {
    if (/\S/.test(text.slice(Math.max(blocks[i].start, start), Math.min(blocks[i].end, end)))) return true;
  }
  return false;
}

/**
 * The article's blocks as sorted, disjoint spans. Elements either nest or do not meet, so a block
 * inside another adds nothing, and "inside one block" stays "inside one of these spans".
 */
export function disjointBlocks(blocks: readonly Span[]): Span[] {
  const sorted = [...blocks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const block of sorted) {
    const last = out[out.length - 1];
    if (last && block.start < last.end) last.end = Math.max(last.end, block.end);
    else out.push({ start: block.start, end: block.end });
  }
  return out;
}

/** The spans of [start, end) that hold text and lie outside the sorted, disjoint `blocks`. */
export function textOutside(blocks: readonly Span[], text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let at = start;
  const gap = (to: number) => {
    if (to > at && /\S/.test(text.slice(at, to))) out.push({ start: at, end: to });
  };
  for (const block of blocks) {
    if (block.end <= start) continue;
    if (block.start >= end) break;
    gap(Math.min(block.start, end));
    at = Math.max(at, block.end);
  }
  gap(end);
  return out;
}

/** Whether `span` lies inside one of the sorted, disjoint `blocks`: a binary search (a long page has thousands). */
export function insideBlock(blocks: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= span.start) lo = mid + 1;
    else hi = mid - 1;
  }
  const block = blocks[hi];
  return block !== undefined && span.end <= block.end;
}
