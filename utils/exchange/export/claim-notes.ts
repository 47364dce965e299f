/**
 * A claim can carry several notes (a reader may add one, then a colleague another). The flat formats
 * (CSV, Markdown tables, ClaimReview) have one cell per claim, so this folds a claim's notes into one
 * summary: the verdict of the most recently edited note that gives one, all note texts, all tags.
 */
import type { AnnotationRecord, FactCheckStatus, SavedArticle } from '../../store/types';

export interface ClaimNotes {
  status: FactCheckStatus;
  correctedValue?: number;
  evidenceUrl?: string;
  notes: string[];
  tags: string[];
  /** The notes this summary was made from, oldest first. */
  annotations: AnnotationRecord[];
}

const NO_NOTES: ClaimNotes = { status: 'unverified', notes: [], tags: [], annotations: [] };

export function summarizeClaimNotes(annotations: AnnotationRecord[]): ClaimNotes {
  if (annotations.length === 0) return NO_NOTES;
  const ordered = [...annotations].sort((a, b) => a.updatedAt - b.updatedAt || a.id.localeCompare(b.id));
  let verdict: AnnotationRecord | undefined;
  for (const a of ordered) if (a.status !== 'unverified') verdict = a;
  const tags = new Set<string>();
  for (const a of ordered) for (const tag of a.tags) tags.add(tag);
  return {
    status: verdict?.status ?? 'unverified',
    correctedValue: verdict?.correctedValue,
    evidenceUrl: verdict?.evidenceUrl,
    notes: ordered.map((a) => a.note).filter((note) => note.trim() !== ''),
    tags: [...tags],
    annotations: ordered,
  };
}

/** Notes grouped by the claim they are on; notes on free text are not in the map. */
export function notesByClaim(saved: SavedArticle): Map<string, ClaimNotes> {
  const grouped = new Map<string, AnnotationRecord[]>();
  for (const a of saved.annotations) {
    if (a.claimId === undefined) continue;
    const list = grouped.get(a.claimId);
    if (list) list.push(a);
    else grouped.set(a.claimId, [a]);
  }
  const summaries = new Map<string, ClaimNotes>();
  for (const [claimId, list] of grouped) summaries.set(claimId, summarizeClaimNotes(list));
  return summaries;
}

export function claimNotes(summaries: Map<string, ClaimNotes>, claimId: string): ClaimNotes {
  return summaries.get(claimId) ?? NO_NOTES;
}

/** Tags of all the article's notes, in first-use order. */
export function articleTags(saved: SavedArticle): string[] {
  const tags = new Set<string>();
  for (const a of [...saved.annotations].sort((x, y) => x.createdAt - y.createdAt)) for (const tag of a.tags) tags.add(tag);
  return [...tags];
}
