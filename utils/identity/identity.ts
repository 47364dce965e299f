/**
 * Article identity. An article is the same article when it comes back under another URL (tracking
 * parameters, a fragment, a redirect to its canonical address), so its id is built from the
 * canonical URL and its title, never from the address bar as is. The text is hashed separately:
 * same id with a different hash means the article was edited since it was saved.
 */
import { TRACKING_PARAMS } from './tracking-params';

const exactNames = new Set(TRACKING_PARAMS.filter((p) => !p.endsWith('*')));
const prefixes = TRACKING_PARAMS.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1));

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return exactNames.has(n) || prefixes.some((p) => n.startsWith(p));
}

/**
 * The URL an article is known by: `canonicalHref` (the page's <link rel=canonical>) when it is a
 * plausible one, else `url`; without tracking parameters, fragment, default port or empty query,
 * with the remaining parameters sorted. Non-http(s) URLs (files, extension pages) are returned as given.
 */
export function canonicalizeUrl(url: string, canonicalHref?: string | null): string {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    return url;
  }
  let chosen = base;
  if (canonicalHref) {
    try {
      const canonical = new URL(canonicalHref, base);
      // Some sites point every page's canonical at their home page; that would make all their
      // articles one. A canonical is only believed when it names a page, not a site.
      if ((canonical.protocol === 'http:' || canonical.protocol === 'https:') && (canonical.pathname !== '/' || base.pathname === '/')) {
        chosen = canonical;
      }
    } catch {
      // A malformed canonical link: keep the page's own URL.
    }
  }
  if (chosen.protocol !== 'http:' && chosen.protocol !== 'https:') return url;
  // Both candidates were parsed here, so the chosen one is ours to change.
  const out = chosen;
  out.hash = '';
  // Most article addresses have no query; reading one costs a fresh page a first URLSearchParams.
  if (out.search) {
    const kept = [...out.searchParams].filter(([name]) => !isTracking(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out.search = '';
    for (const [name, value] of kept) out.searchParams.append(name, value);
  }
  out.hostname = out.hostname.toLowerCase();
  let href = out.href;
  if (href.endsWith('?')) href = href.slice(0, -1);
  return href;
}

/**
 * A fast, stable 53-bit string hash (cyrb53), as 14 hex digits. Not cryptographic: it names things,
 * it does not protect them; and it is synchronous and works on plain-http pages, where
 * `crypto.subtle` is unavailable.
 */
export function hash53(input: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}

/** Hash of an article's text; whitespace differences (reflowed paragraphs) do not count as edits. */
export function hashText(text: string): string {
  return hash53(text.replace(/\s+/g, ' ').trim());
}

/**
 * The id of an article: from its canonical URL (or, for an analysed file, its file name) and its
 * title, so several articles on one page (a newspaper page) get different ids.
 */
export function articleIdFor(source: string, title: string): string {
  return `a-${hash53(`${source}\u0000${title.replace(/\s+/g, ' ').trim()}`)}`;
}
