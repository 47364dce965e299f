/**
 * When the in-page work runs against the browser's own work on a page: parsing, layout and paint.
 *
 * On a long page the browser spends a long while after parsing laying out and painting the whole
 * document. A script that starts only then (a manifest `document_end` script runs after it) makes the
 * reader wait for that and for the analysis's injection one after the other; starting at the parse's
 * end lets the injection's round trip to the background overlap the browser's layout. And once the
 * first highlights are drawn, the browser must get to paint them before the rest of the page is read:
 * a timer's turn of the event loop does not promise a frame, and the next slice of reading holds the
 * thread for a long while.
 */

/** The window's parts `whenParsed` uses. */
export interface ParsingWindow {
  readonly document: { readonly readyState: DocumentReadyState };
  addEventListener(type: 'DOMContentLoaded', listener: () => void, options: AddEventListenerOptions): void;
}

/**
 * Runs `start` once the document is parsed: at once if it already is, else from the window's
 * DOMContentLoaded listener. That listener runs after the page's own listeners on the document, where
 * pages (and jQuery's `ready`) build their content, and before the browser lays out the whole page.
 */
export function whenParsed(win: ParsingWindow, signal: AbortSignal, start: () => void): void {
  if (win.document.readyState !== 'loading') return start();
  win.addEventListener('DOMContentLoaded', () => start(), { once: true, signal });
}

/** The window's parts `whileParsing` uses. */
export interface EarlyLookWindow {
  readonly document: { readonly readyState: DocumentReadyState };
  setTimeout(callback: () => void, ms: number): unknown;
}

/**
 * When, after the loader starts, it looks at what of a page still being parsed is there (see `whileParsing`).
 * A short page is parsed before the first of them and never looked at early.
 */
export const EARLY_LOOKS_MS = [50, 150, 400];

/**
 * While the document is still being parsed, calls `look` at EARLY_LOOKS_MS until it says it found what it
 * looked for; stops at the parse's end (whenParsed takes over then) or with `signal`. A long page, or one
 * that arrives slowly, takes a while to parse, and the browser lays out the whole page as soon as the parse
 * ends: the analysis script, loaded only then, waited for that layout (a 1 MB page's first highlights came
 * either at 250–275 ms or at 480–500 ms after the parse, as the script's load or the layout came first).
 * Loaded while the parse goes on, it is ready when the parse ends, and analyses before the layout.
 */
export function whileParsing(win: EarlyLookWindow, signal: AbortSignal, look: () => boolean): void {
  const at = (index: number, since: number) => {
    if (index >= EARLY_LOOKS_MS.length) return;
    win.setTimeout(() => {
      if (signal.aborted || win.document.readyState !== 'loading' || look()) return;
      at(index + 1, EARLY_LOOKS_MS[index]);
    }, EARLY_LOOKS_MS[index] - since);
  };
  if (win.document.readyState === 'loading') at(0, 0);
}

/** The window's parts `afterNextPaint` uses. */
export interface PaintingWindow {
  readonly document: { readonly hidden: boolean };
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): unknown;
}

/**
 * How long to wait for a frame that may never come: a visible page's frames stop when its window is
 * covered or minimised, and the analysis must go on there too.
 */
export const FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has painted what was drawn: in the task after the next animation frame
 * (the frame's paint comes between them). A hidden page paints nothing and runs no frames: there it
 * resolves in the next task.
 */
export function afterNextPaint(win: PaintingWindow): Promise<void> {
  return new Promise((resolve) => {
    if (win.document.hidden) {
      win.setTimeout(resolve, 0);
      return;
    }
    win.setTimeout(resolve, FRAME_WAIT_MS);
    win.requestAnimationFrame(() => win.setTimeout(resolve, 0));
  });
}
