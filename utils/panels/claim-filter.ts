/**
 * The side panel's filters over a page's claims: by kind, by fact-check status and by words found in
 * the figure, its subject, its sentence or the reader's note and tags.
 */
import type { PageClaim } from '../messages';
import type { ClaimKind } from '../quantities/types';
import type { AnnotationRecord, FactCheckStatus } from '../store/types';

export const STATUSES: readonly FactCheckStatus[] = ['unverified', 'verified', 'disputed', 'wrong'];

export interface ClaimFilter {
  kind: ClaimKind | 'all';
  status: FactCheckStatus | 'all';
  query: string;
}

export const NO_FILTER: ClaimFilter = { kind: 'all', status: 'all', query: '' };

/** A claim without a note has not been checked yet. */
export function claimStatus(claim: PageClaim): FactCheckStatus {
  return claim.annotation?.status ?? 'unverified';
}

export function matchesFilter(claim: PageClaim, filter: ClaimFilter): boolean {
  if (filter.kind !== 'all' && claim.kind !== filter.kind) return false;
  if (filter.status !== 'all' && claimStatus(claim) !== filter.status) return false;
  return containsAllWords(filter.query, [claim.text, claim.subject, claim.sentence, claim.annotation?.note ?? '', ...(claim.annotation?.tags ?? [])]);
}

/** A free note (on text, not on a figure) has no kind: a kind filter leaves it out. */
export function noteMatchesFilter(note: AnnotationRecord, filter: ClaimFilter): boolean {
  if (filter.kind !== 'all') return false;
  if (filter.status !== 'all' && note.status !== filter.status) return false;
  return containsAllWords(filter.query, [note.anchor.quote.exact, note.note, ...note.tags]);
}

/** Every word of `query` (split on spaces) appears somewhere in `fields`, ignoring case. */
function containsAllWords(query: string, fields: string[]): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fields.join('\n').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Claims grouped by kind in the given kind order, each group in page order; empty groups left out. */
export function groupByKind(claims: PageClaim[], kindOrder: readonly ClaimKind[]): Array<[ClaimKind, PageClaim[]]> {
  return kindOrder
    .map((kind): [ClaimKind, PageClaim[]] => [kind, claims.filter((claim) => claim.kind === kind).sort((a, b) => a.start - b.start)])
    .filter(([, group]) => group.length > 0);
}
