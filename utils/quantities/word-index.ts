import { codeAt } from './numerals';

/**
 * A word list indexed by the code of each word's first or last character, for scanners that ask at
 * many positions "which of these words start (or end) here?". Looping over the whole list with
 * `startsWith` at every position costs the list's length each time; the index hands back only the
 * words whose first (last) character is the one in the text. Within a bucket the list's order is
 * kept, so the first entry of `at()` that matches is the first entry of the list that matches
 * (longest-first lists stay longest-first).
 */
export class WordIndex<T extends { w: string }> {
  private readonly buckets = new Map<number, T[]>();
  /** One bit per UTF-16 code: some word has it as its key character (a cheap test before the map). */
  private readonly keys = new Uint8Array(8192);

  /** `anchor` 'start': words starting at p; 'end': words ending just before p. */
  constructor(
    list: readonly T[],
    private readonly anchor: 'start' | 'end',
  ) {
    for (const item of list) {
      if (item.w === '') throw new Error('WordIndex: empty word');
      const k = codeAt(item.w, anchor === 'start' ? 0 : item.w.length - 1);
      let bucket = this.buckets.get(k);
      if (!bucket) this.buckets.set(k, (bucket = []));
      bucket.push(item);
      this.keys[k >> 3] |= 1 << (k & 7);
    }
  }

  /** The entries whose word may start at p (or end at p), in list order; the caller checks the rest of the word. */
  at(text: string, p: number): readonly T[] {
    const k = text.charCodeAt(this.anchor === 'start' ? p : p - 1);
    if (!(this.keys[k >> 3] & (1 << (k & 7)))) return NONE;
    return this.buckets.get(k) ?? NONE;
  }
}

const NONE: never[] = [];
