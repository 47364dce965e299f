/**
 * The checks zod cannot express as a type: what a link or a colour in an imported file may be. Their
 * own module so the schemas (./schemas.ts) and the parsers compiled from them (./parsers.generated.ts)
 * call the very same functions.
 */

/** Schemes a link in the product may point to; anything else (javascript:, data:, vbscript:) could run code. */
const SAFE_SCHEME = /^(https?|file|ftp|urn|about):/i;
/** Article URLs may also be plain file names (analysed files keep their name as URL). */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme: "java\tscript:" runs.
  const squeezed = value.replace(/[\u0000-\u0020\u007f]/g, '');
  return SAFE_SCHEME.test(squeezed) || !HAS_SCHEME.test(squeezed);
}

export function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value.trim());
}

/** #rgb, #rrggbb(aa), a colour name, or rgb()/hsl() with numbers: nothing that can load or run anything. */
export function isSafeColor(value: string): boolean {
  return /^(#[0-9a-f]{3,8}|[a-z]{3,30}|(rgb|hsl)a?\([0-9\s.,%/deg+-]*\))$/i.test(value.trim());
}
