/**
 * A closed `<details>` shows its `<summary>` alone: the rest is the reader's to open. Chrome renders the rest in a
 * slot of `content-visibility: hidden`, which leaves the children's own computed style as it was (`display: block`),
 * so the style the text map asks for does not tell: the element's `open` does. What a closed section holds is hidden
 * text, as a tab panel the reader has not chosen is, and a fold: not read, not drawn, not counted. Once the reader
 * opens it, the page watch sees `open` set (utils/in-page/dom-watch.ts) and the page is read again, the section with it.
 * Its own module so that the article reader (utils/articles/main-text.ts) shares the rule without the text map.
 */

/**
 * Whether `el` is folded away in a closed `<details>`: a child of one other than the summary it shows. (Text directly in
 * a closed one is folded away too: the walks that read text ask `foldsText` of the element they enter.)
 */
export function foldedInDetails(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || parent.tagName.toUpperCase() !== 'DETAILS' || parent.hasAttribute('open')) return false;
  // The summary shown is the first `<summary>` child; another is folded away with the rest.
  return el.tagName.toUpperCase() !== 'SUMMARY' || parent.querySelector(':scope > summary') !== el;
}

/** Whether text directly in `el` (in no element of its own) is folded away: `el` is a closed `<details>`. `tag`: its upper-case tag name. */
export function foldsText(el: Element, tag: string): boolean {
  return tag === 'DETAILS' && !el.hasAttribute('open');
}
