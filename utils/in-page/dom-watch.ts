/**
 * Noticing that the page changed under us: content that arrives after load (an article fetched by
 * script), edits, and single-page navigation. Changes are batched (debounced, with a ceiling so a
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
    if (records.some((r) => !isOwnMutation(r))) schedule();
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });

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
