/**
 * A page's own framed text for a reading outside the browser. Some county CMSs put an article's body, as the editor
 * wrote it, in an `<iframe srcdoc="…">`: the document is the attribute's text, the page's own (no address of its own,
 * `about:srcdoc`, and the page's origin), shown in the page's column under the title and date line the outer page
 * holds. A reader sees one article; a parser leaves the frame an element with an attribute, and the article finder
 * would read the outer page's chrome alone. This puts each such frame's body where the frame stands (a `div` in its
 * place, the frame's head and its styles left out), so the page reads as the reader sees it.
 *
 * Only frames of a reader's size: not hidden, not declared smaller than the extension's frame gate (an ad or a widget
 * written inline). A frame with both a `srcdoc` and a `src` shows its srcdoc, as every browser does. (The browser
 * extension does not read srcdoc frames yet: see the pages README's twenty-fourth round.)
 */
import { MIN_FRAME_HEIGHT, MIN_FRAME_WIDTH } from '../in-page/frame-gate';

export function inlineSrcdocFrames(doc: Document): void {
  const DOMParser = doc.defaultView?.DOMParser;
  if (!DOMParser) return;
  for (const frame of [...doc.querySelectorAll('iframe[srcdoc]')]) {
    if (!shown(frame)) continue;
    const framed = new DOMParser().parseFromString(frame.getAttribute('srcdoc') ?? '', 'text/html');
    const body = doc.createElement('div');
    body.append(...[...framed.body.childNodes].map((node) => doc.importNode(node, true)));
    frame.replaceWith(body);
  }
}

/** A frame a reader sees and the extension would read: not hidden, not declared smaller than the frame gate. */
export function shown(frame: Element): boolean {
  if (frame.hasAttribute('hidden') || /display\s*:\s*none/i.test(frame.getAttribute('style') ?? '')) return false;
  const size = (name: string) => Number.parseFloat(frame.getAttribute(name) ?? '');
  return !(size('width') < MIN_FRAME_WIDTH || size('height') < MIN_FRAME_HEIGHT);
}
