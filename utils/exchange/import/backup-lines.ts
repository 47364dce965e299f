/**
 * Our own backup read the fast way: a record a line, as export/backup.ts writes it.
 *
 * Decoding a 100 MB file into one string took 1.8–2.3 s in Chromium, against 0.6–0.8 s for the same
 * bytes in 64 KB pieces (one string of a hundred million two-byte characters is the slow part), and
 * JSON.parse of each line costs what parsing the whole did. So the bytes are decoded a piece at a
 * time, each ending at a line break, and each line parsed alone.
 *
 * Only the exact layout is read here: the header line, each section's opening line, one record (a
 * saved article, or in older versions an article, claim or note) a line, its closing line, and the
 * settings line. Anything else (a backup edited by hand or
 * reformatted, another tool's JSON, a file cut short, a line that could hold an unsafe key) returns
 * null, and the caller parses the whole text the careful way (./safe-json.ts), which also words any
 * problem. So this path accepts nothing that path would not, and gives the same document.
 */
import { mayHoldUnsafeKeys } from './safe-json';

/** A section's opening line: the saved articles of version 3 on, or the three arrays of versions 1 and 2. */
const SECTION = /^"(saved|articles|claims|annotations)":\[$/;
const PIECE_BYTES = 1 << 16;
const NEWLINE = 10;

/** A line of the file: its text and where its bytes lie (end at its line break, or the file's end). */
interface Line {
  text: string;
  start: number;
  end: number;
}

/** The lines of `bytes` (UTF-8, a byte order mark dropped), decoded a piece at a time. */
function* lines(bytes: Uint8Array): Generator<Line> {
  const decoder = new TextDecoder();
  let rest = '';
  // The n-th line break in the text is the n-th line break byte: a byte that never occurs inside a UTF-8 sequence.
  let start = 0;
  for (let at = 0; at < bytes.length; ) {
    let end = Math.min(bytes.length, at + PIECE_BYTES);
    // A piece that ends after a line break byte ends whole.
    while (end < bytes.length && bytes[end - 1] !== NEWLINE) end++;
    const piece = rest + decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    const split = piece.split('\n');
    rest = split.pop()!;
    for (const text of split) {
      const lineEnd = bytes.indexOf(NEWLINE, start);
      yield { text, start, end: lineEnd };
      start = lineEnd + 1;
    }
    at = end;
  }
  yield { text: rest, start, end: bytes.length };
}

/**
 * Our backup read from its lines: the document JSON.parse would give, and for a backup from version 3 on each
 * saved article's line as its bytes (views into `bytes`, without the comma after it), which the library
 * can store as they are (see ./read.ts). Views, not copies: ten thousand buffers allocated at once
 * keep the worker's garbage collector busy for seconds, and the library copies each into its shelf.
 */
export interface BackupLines {
  document: Record<string, unknown>;
  savedLines: Uint8Array[];
}

/**
 * The backup read from our layout, or null when the bytes are not laid out that way or `checkSaved`
 * throws. `checkSaved`, when given, is handed each saved article as parsed, and what it returns is
 * kept in its place: the parsed line can then be dropped at once, where a hundred thousand parsed
 * records kept until the whole file is read keep the garbage collector busy for seconds.
 */
export function parseBackupLines(bytes: Uint8Array, checkSaved?: (parsed: unknown) => unknown): BackupLines | null {
  const read = lines(bytes);
  const next = () => {
    const line = read.next();
    return line.done ? null : line.value;
  };
  const parse = (json: string): unknown => {
    if (mayHoldUnsafeKeys(json)) throw new SyntaxError('a key to look at closely');
    return JSON.parse(json);
  };
  try {
    const header = next()?.text;
    if (header === undefined || !header.startsWith('{"format":') || !header.endsWith(',')) return null;
    const document = parse(`${header.slice(0, -1)}}`) as Record<string, unknown>;
    let savedLines: Uint8Array[] = [];
    let savedRecords: unknown[] | undefined;
    let settings = next()?.text;
    for (; settings !== undefined && !settings.startsWith('"settings":'); settings = next()?.text) {
      const section = SECTION.exec(settings)?.[1];
      // A section given twice (JSON keeps the second) is not our layout: `checkSaved` has seen the lines of both.
      if (!section || Object.hasOwn(document, section)) return null;
      const records: unknown[] = [];
      const raw: Uint8Array[] = [];
      for (let line = next(); line?.text !== '],'; line = next()) {
        if (line === null) return null;
        const comma = line.text.endsWith(',');
        const record = parse(comma ? line.text.slice(0, -1) : line.text);
        if (section === 'saved') {
          records.push(checkSaved ? checkSaved(record) : record);
          raw.push(bytes.subarray(line.start, comma ? line.end - 1 : line.end));
        } else records.push(record);
      }
      document[section] = records;
      if (section === 'saved') [savedLines, savedRecords] = [raw, records];
    }
    if (settings === undefined || !settings.endsWith('}')) return null;
    Object.assign(document, parse(`{${settings.slice(0, -1)}}`));
    // The saved articles are those read a line each, not others the header or the settings line name
    // (JSON keeps the last of two equal keys): else a line would go with another article.
    if (document.saved !== savedRecords) return null;
    // The file ends with that line's break.
    return next()?.text === '' && next() === null ? { document, savedLines } : null;
  } catch {
    return null;
  }
}
