/**
 * The records the library keeps in IndexedDB. These shapes are the contract between the in-page
 * experience (which saves), the dashboard (which searches and compares) and export/import (which
 * writes and reads them). Ids are strings that survive export and import.
 */
import type { Anchor, CompactAnchor } from '../anchoring/types';
import type { Region } from '../articles/types';
import type { Claim, Language } from '../quantities/types';

export type FactCheckStatus = 'unverified' | 'verified' | 'disputed' | 'wrong';

export interface ArticleRecord {
  /** Stable id: see utils/identity (canonical URL, or file name, plus title). */
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  /** Host name of the page, or the file name for analysed files. */
  site: string;
  /** Publication date as ISO yyyy-mm-dd when the page says it. */
  date?: string;
  byline?: string;
  /** The editor the page's credits name (责任编辑：…, Editor: …). */
  editor?: string;
  language: Language;
  regions: Region[];
  relevance: number;
  isRegionalDevelopment: boolean;
  /** Hash of the article's text when saved; a different hash on a revisit means the text changed. */
  textHash: string;
  /** The article text as analysed; claim anchors point into it. */
  text: string;
  source: 'page' | 'file' | 'import';
  savedAt: number;
  updatedAt: number;
  /** Tags the reader gave the whole article in the library (notes carry their own tags). */
  tags?: string[];
  /** Fields the reader changed by hand; saving the page again keeps the reader's values for them. */
  edited?: ArticleEditableField[];
}

/** An article's record without its text: what the library's catalog keeps for listing and lookups (keys.ts). */
export type ArticleSummary = Omit<ArticleRecord, 'text'>;

/** Article fields a reader may correct in the library. */
export type ArticleEditableField = 'title' | 'date' | 'site' | 'regions' | 'tags' | 'byline';

export interface ClaimRecord extends Claim {
  id: string;
  articleId: string;
  anchor: Anchor;
  /** `engine` for figures the engine found, `reader` for figures the reader added by selecting text. */
  origin: 'engine' | 'reader';
  /** The reader said this is not a claim: kept (so the verdict survives) but not drawn or compared. */
  dismissed?: boolean;
  /** Fields the reader corrected by hand; a new analysis of the page keeps the reader's values for them. */
  edited?: ClaimEditableField[];
  updatedAt: number;
}

/** Claim fields a reader may correct in the library. */
export type ClaimEditableField = 'value' | 'unit' | 'kind' | 'subject' | 'approx';


/** A reader's note: on a claim (claimId set) or on any selected text (anchor set, no claimId). */
export interface AnnotationRecord {
  id: string;
  articleId: string;
  claimId?: string;
  anchor: Anchor;
  note: string;
  tags: string[];
  /** CSS colour the reader picked for this highlight, if any. */
  color?: string;
  status: FactCheckStatus;
  correctedValue?: number;
  evidenceUrl?: string;
  createdAt: number;
  updatedAt: number;
}

/** An article with everything saved about it. */
export interface SavedArticle {
  article: ArticleRecord;
  claims: ClaimRecord[];
  annotations: AnnotationRecord[];
}

/** A claim or note whose anchor may lack the quote its article's text gives back (utils/anchoring/compact.ts). */
export type WithCompactAnchor<T extends { anchor: unknown }> = Omit<T, 'anchor'> & { anchor: CompactAnchor };

/** A saved article as the library keeps it, and as the backup writes it: anchors may lack their quotes. */
export interface CompactSavedArticle {
  article: ArticleRecord;
  claims: WithCompactAnchor<ClaimRecord>[];
  annotations: WithCompactAnchor<AnnotationRecord>[];
}
