/**
 * The date of a newspaper's e-paper edition, for the articles on its pages. An e-paper page prints the
 * edition's date once, in its top bar (2024年5月8日 星期三) or its document title (…第05版：县域经济 - 2024年09月20日),
 * and its articles carry no date of their own: each of them appeared in that edition.
 */
import { dateIn } from './line-kinds';

/** A page of an edition: its number (第05版, 第A03版) in the document title, or page navigation in the page. */
const EDITION_PAGE = /第\s*[A-Z]?\d{1,3}\s*版/;
const PAGE_NAVIGATION = /版面导航|上一版|下一版/;
/** The edition's date in the top bar, with its weekday: other dates on the page (往期回顾, 导读) have none. */
const DATE_WITH_WEEKDAY = /(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:星期|周|礼拜)[一二三四五六日天]/;

/**
 * The edition's date as YYYY-MM-DD on an e-paper page, or undefined on any other page. Only the page's
 * text outside `articles` is read: the edition's top bar and page navigation are there, and a long
 * article (a 1 MB page) is not copied into one more string to look for them.
 */
export function editionDate(doc: Document, articles: readonly Element[]): string | undefined {
  const title = doc.title ?? '';
  const text = doc.body ? textOutside(doc, doc.body, new Set(articles)) : '';
  // A portal's top bar also prints today's date with its weekday: only an edition's page is read for one.
  const isEdition = EDITION_PAGE.test(title) || (PAGE_NAVIGATION.test(text) && EDITION_PAGE.test(text));
  if (!isEdition) return undefined;
  const withWeekday = DATE_WITH_WEEKDAY.exec(text);
  return (withWeekday && dateIn(withWeekday[0])) || dateIn(title);
}

/** NodeFilter's and Node's constants, spelled out: the command line's DOM has no such globals. */
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const TEXT_NODE = 3;

function textOutside(doc: Document, root: Element, skipped: ReadonlySet<Element>): string {
  if (skipped.has(root)) return '';
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) => (skipped.has(node as Element) ? FILTER_REJECT : FILTER_ACCEPT),
  });
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === TEXT_NODE) text += (node as Text).data;
  return text;
}
