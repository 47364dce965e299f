/**
 * The claim model of ../shared/spec/claims.md, as TypeScript types. Every part of the product
 * (engine, highlights, store, comparison, export) speaks in these shapes.
 */

export type ClaimKind =
  | 'area'
  | 'length'
  | 'volume'
  | 'weight'
  | 'count'
  | 'percent'
  | 'money'
  | 'duration'
  | 'power'
  | 'other';

/** How the text qualifies the number: 约/近/about → approx, 超/逾/over → at_least, 不到/up to → at_most. */
export type Approx = 'exact' | 'approx' | 'at_least' | 'at_most';

export type Change = 'increase' | 'decrease';

export interface ClaimRange {
  low: number;
  high: number;
}

/** One figure in an article that a reader may want to check or compare. */
export interface Claim {
  /** Span in the analysed text: JavaScript string indices, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The number as written with multipliers applied (25万平方米 → 250000). Low end for a range. */
  value: number;
  /** Canonical unit code (mu, m2, km2, ha, m, km, m3, L, kg, t, CNY, USD, EUR, percent, ...). */
  unit: string;
  kind: ClaimKind;
  approx: Approx;
  /** Value in the kind's base unit (m2, m, m3, kg, s, W or V); money keeps its currency. */
  siValue: number;
  siUnit: string;
  /** Short phrase naming what is measured, taken from the sentence. */
  subject: string;
  sentence: string;
  change?: Change;
  range?: ClaimRange;
}

export type Language = 'zh' | 'en';
