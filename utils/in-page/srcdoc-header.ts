/**
 * The info line above a srcdoc frame. A county CMS that writes the article's body into an `<iframe srcdoc>` keeps the
 * title and the 发布时间/信息来源 line in the page around it, right above the frame: the reader sees them as the article's
 * header, but the frame's document holds only the body. Its title is the page's (./page-address.ts); its date and
 * source are read here from the header lines just above the frame, when the frame's text gives none.
 */
import { dateIn, isHeaderMeta, sourceIn } from '../articles/line-kinds';
import { isSrcdocDocument } from './page-address';

/** How many elements above the frame are read: the title and the info line, perhaps a share bar between. */
const ELEMENTS_ABOVE = 4;

export interface FrameHeader {
  date?: string;
  source?: string;
}

export function headerAboveFrame(doc: Document): FrameHeader {
  // (A sandboxed frame's parent cannot be read: its frameElement is null.)
  const frame = isSrcdocDocument(doc) ? doc.defaultView?.frameElement : null;
  const header: FrameHeader = {};
  if (!frame) return header;
  let read = 0;
  // The nearest elements first: the frame's earlier siblings, then its container's.
  for (let at: Element | null = frame; at && read < ELEMENTS_ABOVE; at = at.parentElement) {
    for (let above = at.previousElementSibling; above && read < ELEMENTS_ABOVE; above = above.previousElementSibling, read++) {
      const text = (above as HTMLElement).innerText ?? above.textContent ?? '';
      for (const line of text.split('\n').map((l) => l.trim())) {
        if (!isHeaderMeta(line)) continue;
        header.date ??= dateIn(line);
        header.source ??= sourceIn(line);
      }
    }
  }
  return header;
}
