/**
 * Noticing that the page changed under us: content that arrives after load (an article fetched by
 * script, or one in the HTML that a script shows: a WeChat body is `visibility: hidden` until its script has
 * set the images' sources, a folded body's class comes off when the reader clicks 展开全文 or when a script sees the
 * reader scroll down to it, a `<details>` opens), edits, and single-page navigation. Changes are batched (debounced, with a ceiling so a
 * page that never stops changing still gets analysed), and our own changes (our style element,
 * our UI host, fallback marks) are ignored: they carry OWN_UI_ATTRIBUTE or are written through
 * `ours()`, which drops the mutation records they cause.
 * A web component's content changes inside its shadow root, where an observer of the document sees nothing: with
 * `followShadowRoots` (a page whose own paragraphs hold too little text, where the quick look reads shadow roots,
 * or an analysed page), the open shadow roots found at the start, once more when the page has loaded, and those in
 * content added later are observed too. A body watched follows the document's: a page that puts a new body in its
 * place (a whole-page render, a 阅读模式 rewriting the root) is watched in the new one. Each search is bounded (SHADOW_SEARCH): walking elements is the one way to
 * find shadow hosts, and costs about a millisecond per thousand elements in a page's first run of the code. A shadow root attached later to an element already in the page, with nothing else changing, is not seen.
 */
import { OWN_UI_ATTRIBUTE } from '../text-map';
import { openShadowRoots, type SearchBudget } from '../text-map/flat-tree';

/**
 * Elements looked at for shadow roots: at the start (and at load) the first few hundred of the document, and once a
 * component is found, more (as the quick look does); in each batch of added content, a thousand.
 */
const SHADOW_SEARCH = { document: 300, components: 3000, added: 1000 };
const startBudget = (): SearchBudget => ({ left: SHADOW_SEARCH.document, onceFound: SHADOW_SEARCH.components });

export interface PageWatch {
  /** Runs `write` (our own DOM change) without it counting as a page change. */
  ours<T>(write: () => T): T;
  stop(): void;
}

export interface PageWatchOptions {
  onChange(): void;
  debounceMs?: number;
  maxWaitMs?: number;
  signal: AbortSignal;
  /** Observe open shadow roots too (see above). */
  followShadowRoots?: boolean;
  /**
   * Whether the page's analysis read this text (it was shown then). Given, a class change at any time that shows a
   * body of text the analysis did not read is a page change: a fold a script opens as the reader scrolls or after a
   * timer. Without it (no analysis yet), only a class change just after a click counts.
   */
  read?: (text: Text) => boolean;
}

export function watchPage(root: Node, { onChange, debounceMs = 500, maxWaitMs = 3000, signal, followShadowRoots = false, read }: PageWatchOptions): PageWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const schedule = () => {
    const now = Date.now();
    if (!timer) firstPending = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now));
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, wait);
  };

  // Attributes only as far as they show hidden text: a page's own class and style changes (a sticky header, a
  // carousel's slide) are many, and most change nothing the text map reads. A class counts when a reader's click
  // changed it (展开全文 takes a fold's class off the body, and the style sheet shows what it hid) or when it shows a
  // body of text the analysis did not read (a script adds `show` to the fold once the reader has scrolled to it);
  // `open` counts on a <details> that holds a body of text (the reader opened or closed a section).
  const options: MutationObserverInit = { subtree: true, childList: true, characterData: true, attributeFilter: REVEALING_ATTRIBUTES, attributeOldValue: true };
  let lastClick = -Infinity;
  const clicked = () => (lastClick = Date.now());
  root.addEventListener('click', clicked, { capture: true, signal });
  const counts = (r: MutationRecord) => {
    if (r.type !== 'attributes') return !isOwnMutation(r);
    const el = r.target as Element;
    if (r.attributeName === 'open') return el.tagName === 'DETAILS' && holdsBody(el);
    if (r.attributeName !== 'class') return revealsText(r);
    // A scroll handler may set a class at every event, often to the value it has: that changes nothing. Otherwise the
    // cheap questions first: the loader's watch asks nothing more of a class changed without a click.
    if (r.oldValue === el.getAttribute('class')) return false;
    const clicked = Date.now() - lastClick <= CLICK_REVEAL_MS;
    if (!clicked && !read) return false;
    return holdsBody(el) && (clicked || (!!read && showsUnread(el, read)));
  };
  let stopped = false;
  let observed = new WeakSet<ShadowRoot>();
  /** Observes the shadow roots under `under` not observed yet; whether there were any. */
  const observeShadowRoots = (under: Node, budget: SearchBudget): boolean => {
    let added = false;
    for (const shadow of openShadowRoots(under, budget)) {
      if (observed.has(shadow)) continue;
      observed.add(shadow);
      observer.observe(shadow, options);
      added = true;
    }
    return added;
  };
  const observer = new MutationObserver((records) => {
    const changed = records.filter(counts);
    if (!changed.length) return;
    if (followShadowRoots) {
      const budget = { left: SHADOW_SEARCH.added };
      for (const record of changed) for (const node of record.addedNodes) if (budget.left > 0 && node.nodeType === 1) observeShadowRoots(node, budget);
    }
    schedule();
  });
  observer.observe(root, options);
  if (followShadowRoots) observeShadowRoots(root, startBudget());
  // The document's body, replaced by the page: what the old body held is gone with it. Watch the new one as the old one
  // was (its shadow roots too), and read the page again.
  const doc = root.ownerDocument;
  const bodyWatch =
    doc && root === doc.body
      ? followBody(doc, (body) => {
          observer.disconnect();
          observer.observe(body, options);
          body.addEventListener('click', clicked, { capture: true, signal });
          observed = new WeakSet();
          if (followShadowRoots) observeShadowRoots(body, startBudget());
          schedule();
        })
      : null;
  // Components defined by a script that runs late upgrade elements already in the page: they attach their shadow
  // roots with no change an observer sees. Once the page has loaded, one more look finds those.
  const view = root.ownerDocument?.defaultView;
  if (followShadowRoots && view && root.ownerDocument.readyState !== 'complete') {
    view.addEventListener('load', () => !stopped && observeShadowRoots(root, startBudget()) && schedule(), { once: true, signal });
  }

  const stop = () => {
    stopped = true;
    observer.disconnect();
    bodyWatch?.disconnect();
    clearTimeout(timer);
  };
  signal.addEventListener('abort', stop, { once: true });

  return {
    ours(write) {
      try {
        return write();
      } finally {
        observer.takeRecords();
      }
    },
    stop,
  };
}

/**
 * Calls `moved` with the document's new body whenever the page puts one in the old one's place: a template engine that
 * renders the whole page into a new `<body>` (`documentElement.replaceChild`), a 阅读模式 or PJAX script that rewrites
 * the root (`documentElement.innerHTML = '<head>…</head><body>…</body>'`) or replaces it. A watch of the old body
 * would see nothing of the new one. Only the document's and the root's own children are observed (no subtree): a
 * page changes them a handful of times in its life, our card's host among them.
 */
function followBody(doc: Document, moved: (body: HTMLElement) => void): MutationObserver {
  let body = doc.body;
  const observeRoot = () => {
    observer.observe(doc, { childList: true });
    if (doc.documentElement) observer.observe(doc.documentElement, { childList: true });
  };
  const observer = new MutationObserver(() => {
    const now = doc.body;
    if (!now || now === body) return;
    body = now;
    // A new root element is observed too, for its own later rewrite.
    observeRoot();
    moved(now);
  });
  observeRoot();
  return observer;
}

/** Attributes that hide an element by themselves, whatever the page's style sheets say, a class, which may, and a <details>'s `open`. */
const REVEALING_ATTRIBUTES = ['style', 'hidden', 'class', 'open'];
/**
 * How long after a click a class change counts as the click's doing (a fold opened, a tab chosen): a script may
 * fetch or animate first. Class changes at any other time (scrolling, a carousel) are not counted.
 */
const CLICK_REVEAL_MS = 1500;
const HIDING_STYLE = /(?:^|;)\s*(?:visibility\s*:\s*hidden|display\s*:\s*none)\s*(?:!important\s*)?(?:;|$)/i;
/** Fewest characters of text a shown element must hold to count: an article's body, not a slide's caption or a tooltip. */
const MIN_REVEALED_TEXT = 80;

/**
 * An element hidden by its own `style` (visibility: hidden, display: none) or `hidden` attribute that is no longer,
 * holding a body of text: what the page showed was read without it.
 */
function revealsText(record: MutationRecord): boolean {
  const el = record.target as Element;
  if (record.oldValue === null) return false;
  const wasHidden = record.attributeName === 'hidden' || HIDING_STYLE.test(record.oldValue);
  const hidden = record.attributeName === 'hidden' ? el.hasAttribute('hidden') : HIDING_STYLE.test(el.getAttribute('style') ?? '');
  return wasHidden && !hidden && holdsBody(el);
}

/**
 * Text nodes outside the analysis whose visibility is asked, at most, for one class change: a class on the body
 * (a sticky header's `scrolled`) puts the whole page under the question, and a page hides many menus and dialogs.
 */
const MAX_UNREAD_ASKED = 400;
/**
 * Text nodes walked, at most, for one class change, read or not: on a long page a class on the body would otherwise
 * walk every text node at every scroll. A fold's unread text comes within this many of its element's start.
 */
const MAX_TEXT_NODES_WALKED = 3000;

/**
 * Whether `el` shows MIN_REVEALED_TEXT characters or more that the analysis did not read: text nodes it did not read
 * (`read`) whose element is now rendered.
 */
function showsUnread(el: Element, read: (text: Text) => boolean): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let shown = 0;
  let asked = 0;
  let walked = 0;
  for (let node = walker.nextNode() as Text | null; node && asked < MAX_UNREAD_ASKED && walked++ < MAX_TEXT_NODES_WALKED; node = walker.nextNode() as Text | null) {
    const length = node.data.trim().length;
    if (!length || read(node)) continue;
    asked++;
    const parent = node.parentElement;
    if (parent?.checkVisibility({ visibilityProperty: true }) && (shown += length) >= MIN_REVEALED_TEXT) return true;
  }
  return false;
}

/** Whether `el` is the page's (not our UI) and holds text enough for an article's body, not a button's or a caption's. */
function holdsBody(el: Element): boolean {
  if (isOwn(el)) return false;
  // Read node by node only as far as needed: `textContent` would copy the whole page's text for a class on <body>.
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let start = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    start = (start + (node as Text).data).trimStart();
    if (start.trimEnd().length >= MIN_REVEALED_TEXT) return true;
  }
  return false;
}

function isOwn(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  }
  return false;
}

function isOwnMutation(record: MutationRecord): boolean {
  if (isOwn(record.target)) return true;
  if (record.type !== 'childList') return false;
  const changed = [...record.addedNodes, ...record.removedNodes];
  return changed.length > 0 && changed.every((n) => n.nodeType === 1 && (n as Element).hasAttribute(OWN_UI_ATTRIBUTE));
}
