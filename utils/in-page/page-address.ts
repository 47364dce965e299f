/**
 * The page a document stands for. A document is its own page, except the document of an `<iframe srcdoc>`: the
 * page's own text written into its frame (a county CMS's article body as the editor wrote it), with no address of
 * its own (`about:srcdoc`) and usually no title. It is saved, found again and named under the page that holds it:
 * its base URL, which for a srcdoc document is its parent's (so even a sandboxed frame, whose parent a script may not
 * read, has it), and its parent's title when the parent can be read.
 */

export const SRCDOC_ADDRESS = 'about:srcdoc';

export function isSrcdocDocument(doc: Document): boolean {
  return doc.location.href === SRCDOC_ADDRESS;
}

export function pageAddress(doc: Document): string {
  return isSrcdocDocument(doc) ? doc.baseURI : doc.location.href;
}

/** The document's title, or for a srcdoc document without one, its parent page's. */
export function pageTitle(doc: Document): string {
  if (doc.title.trim() || !isSrcdocDocument(doc)) return doc.title;
  return doc.defaultView?.frameElement?.ownerDocument.title ?? '';
}

export function pageHost(doc: Document): string {
  try {
    return new URL(pageAddress(doc)).hostname;
  } catch {
    return '';
  }
}
