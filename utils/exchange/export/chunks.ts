/**
 * The text formats are generated a record or an article at a time; handed to `new Blob(parts)` that
 * way, a library of 10,000 articles becomes ~30,000 tiny parts, and the browser pays for each part
 * (an encode and a copy into the blob's storage). Joining them into parts of about a quarter of a
 * megabyte keeps that cost per part small without ever building one huge string.
 */
export const PART_CHARS = 1 << 18;

export function* coalesce(chunks: Iterable<string>, partChars = PART_CHARS): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= partChars) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) yield pending.join('');
}
