/**
 * Whether the loader starts in a frame. The content script runs in every frame (`allFrames`) because
 * some county-government and e-paper sites show their article inside an `<iframe>`. But most frames are
 * ads, share buttons, maps and counters, and every one of them would pay for the quick look and a
 * message listener; so the loader starts only in the top frame and in a subframe large enough for a
 * reader to read an article in.
 *
 * - The top frame: always (its own quick look decides).
 * - A subframe without an address of its own (`about:blank`, `about:srcdoc`, `data:`, `blob:`): never.
 *   The manifest does not ask for them (`matchAboutBlank` is off), and an article needs an address to be
 *   saved and found again on the next visit. The check keeps it so whatever a browser injects into.
 * - A subframe whose viewport is under MIN_FRAME_WIDTH × MIN_FRAME_HEIGHT CSS px: not yet. Banners
 *   (728×90), skyscrapers (160×600), rectangles (300×250), widgets, and hidden frames (0×0) stay out.
 *   Many county sites size the article's frame to its content from the parent page once it has loaded
 *   (an `onload` that sets the height), after this script ran at a default 150 px; a frame that later
 *   grows (or is shown) past the gate starts then. Until then the frame holds one `resize` listener and
 *   touches no extension API.
 *
 * 400 × 300: an article's frame on such sites is the page's content column, 600–1000 px wide and as
 * high as the text (a phone's narrow viewport is the top frame's, which the gate does not apply to),
 * while the standard ad sizes are under 300 px high or under 400 px wide (the 336×280 large rectangle,
 * 300×600 half page, 970×250 billboard).
 */

export const MIN_FRAME_WIDTH = 400;
export const MIN_FRAME_HEIGHT = 300;

export type FrameVerdict = 'read' | 'wait' | 'never';

/** What the gate looks at: the frame's window. */
export interface FrameWindow {
  readonly top: unknown;
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly location: { readonly protocol: string };
}

export function frameVerdict(win: FrameWindow): FrameVerdict {
  if (win.top === win) return 'read';
  if (!/^(https?|file):$/.test(win.location.protocol)) return 'never';
  return win.innerWidth >= MIN_FRAME_WIDTH && win.innerHeight >= MIN_FRAME_HEIGHT ? 'read' : 'wait';
}

/**
 * Calls `start` once, now or when the frame grows past the gate; never in a frame without an address.
 * The listener goes with `signal` (the extension reloaded).
 */
export function startWhenReadable(win: FrameWindow & Pick<Window, 'addEventListener' | 'removeEventListener'>, signal: AbortSignal, start: () => void): void {
  const verdict = frameVerdict(win);
  if (verdict === 'read') return start();
  if (verdict === 'never') return;
  const grown = () => {
    if (frameVerdict(win) !== 'read') return;
    win.removeEventListener('resize', grown);
    start();
  };
  win.addEventListener('resize', grown, { signal, passive: true });
}
