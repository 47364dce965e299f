/** Reading a stored shelf's raw layout, for tests that check what the library wrote (utils/store/keys.ts). */
import { shelvedEntries, type StoredShelf } from '../../../utils/store/keys';

/** The line of `articleId` on a shelf of version 7, or undefined. */
export function lineOnShelf(stored: StoredShelf, articleId: string): Uint8Array | undefined {
  for (const [id, held] of shelvedEntries(stored)) if (id === articleId && held instanceof Uint8Array) return held;
  return undefined;
}
