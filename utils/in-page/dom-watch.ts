/**
 * Noticing that the page changed under us: content that arrives after load (an article fetched by
 * script, or one in the HTML that a script shows: a WeChat body is `visibility: hidden` until its script has
 * set the images' sources), edits, and single-page navigation. Changes are batched (debounced, with a ceiling so a
 * page that never stops changing still gets analysed), and our own changes (our style element,
 * our UI host, fallback marks) are ignored: they carry OWN_UI_ATTRIBUTE or are written through
 * `ours()`, which drops the mutation records they cause.
 */
import { OWN_UI_ATTRIBUTE } from '../text-map';

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
}

export function watchPage(root: Node, { onChange, debounceMs = 500, maxWaitMs = 3000, signal }: PageWatchOptions): PageWatch {
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

  const observer = new MutationObserver((records) => {
    if (records.some((r) => (r.type === 'attributes' ? revealsText(r) : !isOwnMutation(r)))) schedule();
  });
  // Attributes only as far as they show hidden text: a page's own class and style changes (a sticky header, a
  // carousel's slide) are many, and most change nothing the text map reads.
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributeFilter: REVEALING_ATTRIBUTES, attributeOldValue: true });

  const stop = () => {
    observer.disconnect();
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

/** Attributes that hide an element by themselves, whatever the page's style sheets say. */
const REVEALING_ATTRIBUTES = ['style', 'hidden'];
const HIDING_STYLE = /(?:^|;)\s*(?:visibility\s*:\s*hidden|display\s*:\s*none)\s*(?:!important\s*)?(?:;|$)/i;
/** Fewest characters of text a shown element must hold to count: an article's body, not a slide's caption or a tooltip. */
const MIN_REVEALED_TEXT = 80;

/**
 * An element hidden by its own `style` (visibility: hidden, display: none) or `hidden` attribute that is no longer,
 * holding a body of text: what the page showed was read without it.
 */
function revealsText(record: MutationRecord): boolean {
  const el = record.target as Element;
  if (record.oldValue === null || isOwn(el)) return false;
  const wasHidden = record.attributeName === 'hidden' || HIDING_STYLE.test(record.oldValue);
  const hidden = record.attributeName === 'hidden' ? el.hasAttribute('hidden') : HIDING_STYLE.test(el.getAttribute('style') ?? '');
  return wasHidden && !hidden && (el.textContent ?? '').trim().length >= MIN_REVEALED_TEXT;
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
