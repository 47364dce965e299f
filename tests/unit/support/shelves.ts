/** Reading a stored shelf's raw layout, for tests that check what the library wrote (utils/store/keys.ts). */
import { shelvedEntries, type ShelvedContents, type StoredShelf } from '../../../utils/store/keys';
import { fromLine, readSavedLine } from '../../../utils/store/lines';

/** The line of `articleId` on a shelf of version 7 on, or undefined. */
export function lineOnShelf(stored: StoredShelf, articleId: string): Uint8Array | undefined {
  for (const [id, held] of shelvedEntries(stored)) if (id === articleId && held instanceof Uint8Array) return held;
  return undefined;
}

/** The records the line of `articleId` holds, with what the line leaves out put back (anchors may lack quotes). */
export function recordsOnShelf(stored: StoredShelf, articleId: string): ShelvedContents {
  return fromLine(readSavedLine(lineOnShelf(stored, articleId)!), articleId);
}
