import type { Claim, Language } from '../quantities/types';

/** A place an article is about, with its GB/T 2260 code (a town keeps its county's code). */
export interface Region {
  name: string;
  code: string;
  level: 'province' | 'city' | 'county' | 'town';
  /** From the province down, e.g. ["浙江省", "杭州市", "临安区"]. */
  path: string[];
}

/** One article found in a page or text, with offsets into the whole analysed text. */
export interface ArticleAnalysis {
  title: string;
  start: number;
  end: number;
  language: Language;
  /** 0..1: how much this reads like a regional-development or public-policy article. */
  relevance: number;
  isRegionalDevelopment: boolean;
  regions: Region[];
  claims: Claim[];
  byline?: string;
  date?: string;
  source?: string;
  /** The editor the credits name (责任编辑：刘洋, Editor: Liu Xin), apart from the byline's reporters. */
  editor?: string;
  /** Human-readable reasons behind the relevance score, shown in the popup. */
  signals?: string[];
}

export interface AnalysisResult {
  articles: ArticleAnalysis[];
}
