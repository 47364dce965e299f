/**
 * Decoding a file's bytes as a browser would read the page: by its byte-order mark where it has one (UTF-8, or the
 * UTF-16 of a text file Windows Notepad saved as "Unicode"), as UTF-8 where the bytes are UTF-8, else by the charset
 * the page's `<meta>` declares (many county sites still serve GB2312 or GBK), else as GB18030 where the bytes read as
 * Chinese text in it (a page or a plain-text file saved in a Chinese locale's default encoding, which declares
 * nothing), else as UTF-8 where only a stray byte or two is not. What none of these reads is refused with a message
 * saying why. Used by the command line and by the dashboard's "Analyze a text", so a file reads the same in both; it
 * needs nothing of Node.
 */

export class CharsetError extends Error {}

/** A browser looks for the `<meta>` declaring the charset in the first 1024 bytes of the page. */
const PRESCAN_BYTES = 1024;
/**
 * Share of a GB18030 guess's two-byte characters that must lie in GB2312's range (both bytes 0xA1–0xFE): Chinese text
 * is nearly all there, while Latin-1 text read as GBK pairs an accented letter with the ASCII letter after it.
 */
const MIN_GB2312_SHARE = 0.9;
/**
 * Share of a text's characters that may be invalid UTF-8 and the text still be read as UTF-8, as a browser shows it:
 * a CMS cuts a page's description at a byte count, mid-character, and a download stops short. Latin-1 or GBK text
 * read as UTF-8 goes wrong at nearly every accented letter or Chinese character, far above this.
 */
const MAX_INVALID_UTF8_SHARE = 0.001;

/**
 * The charset a page declares in its first 1024 bytes (`<meta charset="gb2312">`, or `<meta http-equiv="Content-Type"
 * content="text/html; charset=gbk">`), lower-cased, or undefined.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = markupHead(bytes);
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1];
    if (charset) return charset.toLowerCase();
  }
  return undefined;
}

/**
 * The first 1024 bytes (after a UTF-8 byte-order mark) as Latin-1 characters: enough to read the ASCII of markup in
 * any charset but UTF-16, which is told by its own mark.
 */
export function markupHead(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return String.fromCharCode(...bytes.subarray(start, start + PRESCAN_BYTES));
}

/** The UTF-16 a byte-order mark declares, or undefined. A browser honours the mark above any declared charset. */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** Whether the bytes are GB18030 whose two-byte characters are nearly all GB2312's (Chinese text, not Latin-1). */
function readsAsChinese(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4; // a four-byte GB18030 sequence: rare characters, no evidence either way
      continue;
    }
    pairs++;
    if (lead >= 0xa1 && lead <= 0xfe && trail >= 0xa1 && trail <= 0xfe) gb2312++;
    i += 2;
  }
  return pairs > 0 && gb2312 / pairs >= MIN_GB2312_SHARE;
}

/**
 * The text of a file's bytes. `isHtml` says whether a declared charset is looked for (a plain-text file declares
 * none). Throws a CharsetError naming what could not be read.
 */
export function decodeText(bytes: Uint8Array, isHtml: boolean): string {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new CharsetError(`marked as ${utf16.toUpperCase()} but not valid ${utf16.toUpperCase()} text`);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: read below by what the page says it is, or by a guess.
  }
  const declared = isHtml ? declaredCharset(bytes) : undefined;
  const decoder = declared === undefined ? undefined : decoderFor(declared);
  if (declared !== undefined && decoder === undefined) throw new CharsetError(`declares charset "${declared}", which cannot be decoded`);
  // A page declaring UTF-8 whose bytes are not is read as one declaring nothing (a browser takes a declared UTF-16
  // for UTF-8 too); any other charset as the browser reads it, an invalid byte shown as U+FFFD.
  if (decoder && !decoder.encoding.startsWith('utf-')) return decoder.decode(bytes);
  if (readsAsChinese(bytes)) {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      // Not GB18030 after all: read below as UTF-8 with a stray byte, or refused.
    }
  }
  // (Streamed, a character cut short at the end is left out rather than replaced.)
  const lossy = new TextDecoder('utf-8').decode(bytes, { stream: true });
  const invalid = lossy.match(/\ufffd/g)?.length ?? 0;
  if (invalid <= lossy.length * MAX_INVALID_UTF8_SHARE) return lossy;
  throw new CharsetError('neither UTF-8 nor GBK/GB18030 text');
}
