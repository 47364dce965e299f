/**
 * Verdicts as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the markup fact-checkers
 * publish and search engines read. One review per note that gives a verdict (verified, disputed,
 * wrong); unverified notes are not reviews. The rating uses a 1–5 scale with the verdict as its
 * alternateName, the usual shape for ClaimReview ratings.
 */
import type { AnnotationRecord, ClaimRecord, FactCheckStatus, SavedArticle } from '../../store/types';

type Verdict = Exclude<FactCheckStatus, 'unverified'>;

/** The rating each verdict maps to: worst 1 ("False") to best 5 ("True"). */
export const VERDICT_RATINGS: Record<Verdict, { ratingValue: number; alternateName: string }> = {
  verified: { ratingValue: 5, alternateName: 'True' },
  disputed: { ratingValue: 3, alternateName: 'Disputed' },
  wrong: { ratingValue: 1, alternateName: 'False' },
};

export interface ClaimReview {
  '@type': 'ClaimReview';
  identifier: string;
  datePublished: string;
  claimReviewed: string;
  reviewBody?: string;
  url?: string;
  itemReviewed: {
    '@type': 'Claim';
    identifier?: string;
    appearance: { '@type': 'NewsArticle'; url: string; headline: string; datePublished?: string; publisher?: { '@type': 'Organization'; name: string } };
  };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: 5; worstRating: 1; alternateName: string };
}

export function toClaimReview(annotation: AnnotationRecord & { status: Verdict }, claim: ClaimRecord | undefined, saved: SavedArticle): ClaimReview {
  const { article } = saved;
  const rating = VERDICT_RATINGS[annotation.status];
  const body = [annotation.note.trim()];
  if (annotation.correctedValue !== undefined) body.push(`Corrected value: ${annotation.correctedValue}${claim ? ` ${claim.unit}` : ''}`);
  const reviewBody = body.filter((part) => part !== '').join('\n');
  const review: ClaimReview = {
    '@type': 'ClaimReview',
    identifier: annotation.id,
    datePublished: new Date(annotation.updatedAt).toISOString().slice(0, 10),
    claimReviewed: claim ? claim.sentence || claim.text : annotation.anchor.quote.exact,
    itemReviewed: {
      '@type': 'Claim',
      appearance: {
        '@type': 'NewsArticle',
        url: article.url,
        headline: article.title,
        ...(article.date ? { datePublished: article.date } : {}),
        ...(article.site ? { publisher: { '@type': 'Organization' as const, name: article.site } } : {}),
      },
    },
    reviewRating: { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName },
  };
  if (claim) review.itemReviewed.identifier = claim.id;
  if (reviewBody !== '') review.reviewBody = reviewBody;
  if (annotation.evidenceUrl) review.url = annotation.evidenceUrl;
  return review;
}

function isVerdict(a: AnnotationRecord): a is AnnotationRecord & { status: Verdict } {
  return a.status !== 'unverified';
}

export function claimReviews(saved: readonly SavedArticle[]): ClaimReview[] {
  const reviews: ClaimReview[] = [];
  for (const s of saved) {
    const claims = new Map(s.claims.map((c) => [c.id, c]));
    for (const a of s.annotations) {
      if (isVerdict(a)) reviews.push(toClaimReview(a, a.claimId === undefined ? undefined : claims.get(a.claimId), s));
    }
  }
  return reviews;
}

export function claimReviewDocument(saved: readonly SavedArticle[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': claimReviews(saved) }, null, 2) + '\n';
}
