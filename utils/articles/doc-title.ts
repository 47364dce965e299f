/**
 * A document title as a headline: pages title themselves "headline-site" or "headline_section_site"
 * (滁州：…增长31.5%-新华网, 宁德…_福建要闻_福建省人民政府门户网站, Qinzhou port … - Global Times). Used
 * only where no headline was found on the page itself.
 */

/** Chinese CMSs join headline, section and site with underscores; headlines themselves hold none. */
const CMS_JOINER = '_';
/**
 * A site or outlet name after a separator: 新华网, 人民网-贵州频道, 福建省人民政府门户网站, 泗洪县人民政府, a community's
 * (…问答社区, …论坛), Global Times.
 */
export const SITE_NAME = /(?:网|网站|门户|频道|政府|日报|晚报|时报|报社|新闻|客户端|在线|社区|论坛|Times|Daily|News|Post|Xinhua|Online|\.com|\.cn)$/i;
/**
 * The last separator before a site name: a bar, or a dash that does not join two numbers (2024-2025), single or
 * doubled (an old CMS's …--大田县人民政府网).
 */
const LAST_PART = /\s*(?:[|｜]|\s[-–—]\s|(?<![\d-])--?(?![\d-])|(?<!\d)–(?!\d))\s*([^|｜\-–—]+)$/;
const MIN_HEADLINE = 4;
/** Longest section name between a headline and its site (部门动态, 福建要闻, Business). */
const MAX_SECTION = 8;

/** A document viewer (pdf.js, an office viewer) titles its page with the file's name: the name is the headline. */
const FILE_EXTENSION = /\.(?:pdf|docx?|wps|ofd|xlsx?|pptx?)$/i;

export function headlineOfDocTitle(title: string): string {
  const text = title.trim().replace(FILE_EXTENSION, '').trim();
  const first = text.split(CMS_JOINER)[0].trim();
  if (first.length >= MIN_HEADLINE && first !== text) return first;
  const last = LAST_PART.exec(text);
  if (last && SITE_NAME.test(last[1].trim())) {
    const head = text.slice(0, last.index).trim();
    // Between headline and site a short part is the section (… - 部门动态 - 泗洪县人民政府).
    const section = LAST_PART.exec(head);
    if (section && section[1].trim().length <= MAX_SECTION && head.slice(0, section.index).trim().length >= MIN_HEADLINE)
      return head.slice(0, section.index).trim();
    if (head.length >= MIN_HEADLINE) return head;
  }
  return text;
}
