/**
 * How a save meets what is already stored. Saving a page again (or from a second tab, or an import)
 * must never lose what the reader did: their notes, their corrections, their "not a claim" verdicts.
 *
 * - Article: the newer copy wins, except fields the reader edited by hand (`edited`) keep the
 *   reader's value; the first `savedAt` is kept.
 * - Claims: by id, the newer copy wins; corrected fields and the dismissed verdict survive a fresh
 *   analysis (which does not carry them). A stored claim the new analysis no longer finds is dropped
 *   only if the reader never touched it: reader-added, dismissed, corrected or noted claims stay.
 * - Notes: never dropped by a save; by id, the newer copy wins.
 */
import type { AnnotationRecord, ArticleRecord, ClaimRecord, SavedArticle } from './types';

/** The article as stored after saving `incoming` over `stored`; stored claims not kept are gone from it. */
export function mergeSaved(stored: SavedArticle | undefined, incoming: SavedArticle): SavedArticle {
  if (!stored) return incoming;
  const annotations = mergeAnnotations(stored.annotations, incoming.annotations);
  const noted = new Set(annotations.map((a) => a.claimId).filter((id) => id !== undefined));
  const incomingById = new Map(incoming.claims.map((c) => [c.id, c]));
  const storedById = new Map(stored.claims.map((c) => [c.id, c]));
  const claims: ClaimRecord[] = incoming.claims.map((claim) => {
    const old = storedById.get(claim.id);
    return old ? mergeClaim(old, claim) : claim;
  });
  for (const old of stored.claims) {
    if (incomingById.has(old.id)) continue;
    const touched = old.origin === 'reader' || old.dismissed || (old.edited?.length ?? 0) > 0 || noted.has(old.id);
    if (touched) claims.push(old);
  }
  return { article: mergeArticle(stored.article, incoming.article), claims, annotations };
}

function mergeArticle(stored: ArticleRecord, incoming: ArticleRecord): ArticleRecord {
  const newer = incoming.updatedAt >= stored.updatedAt ? incoming : stored;
  const merged: ArticleRecord = { ...newer, savedAt: Math.min(stored.savedAt, incoming.savedAt) };
  const incomingEdits = new Set(incoming.edited ?? []);
  // Reader edits made in the stored copy win over a save that did not edit those fields.
  for (const field of stored.edited ?? []) {
    if (!incomingEdits.has(field)) copyField(merged, stored, field);
  }
  const edited = [...new Set([...(stored.edited ?? []), ...(incoming.edited ?? [])])];
  if (edited.length) merged.edited = edited;
  if (!edited.includes('tags')) {
    const tags = [...new Set([...(stored.tags ?? []), ...(incoming.tags ?? [])])];
    if (tags.length) merged.tags = tags;
  }
  return merged;
}

function mergeClaim(stored: ClaimRecord, incoming: ClaimRecord): ClaimRecord {
  const newer = incoming.updatedAt >= stored.updatedAt ? incoming : stored;
  const older = newer === incoming ? stored : incoming;
  const merged: ClaimRecord = { ...newer };
  const newerEdits = new Set(newer.edited ?? []);
  for (const field of older.edited ?? []) {
    if (!newerEdits.has(field)) copyField(merged, older, field);
  }
  const edited = [...new Set([...(stored.edited ?? []), ...(incoming.edited ?? [])])];
  if (edited.length) merged.edited = edited;
  // A fresh analysis says nothing about the reader's verdict (undefined); only an explicit value changes it.
  merged.dismissed = newer.dismissed ?? older.dismissed;
  if (merged.dismissed === undefined) delete merged.dismissed;
  if (stored.origin === 'reader' || incoming.origin === 'reader') merged.origin = 'reader';
  return merged;
}

function mergeAnnotations(stored: AnnotationRecord[], incoming: AnnotationRecord[]): AnnotationRecord[] {
  const byId = new Map(stored.map((a) => [a.id, a]));
  for (const note of incoming) {
    const old = byId.get(note.id);
    if (!old || note.updatedAt >= old.updatedAt) byId.set(note.id, note);
  }
  return [...byId.values()];
}

function copyField<T extends object>(target: T, source: T, field: string): void {
  const key = field as keyof T;
  if (source[key] === undefined) delete target[key];
  else target[key] = source[key];
}
