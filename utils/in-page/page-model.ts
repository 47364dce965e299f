/**
 * What the content script knows about its page, without the browser: the articles and their
 * claims (the engine's and the reader's), the reader's notes and verdicts, and what could not be
 * placed again (orphans). It builds the PageState the popup and side panel show, the SavedArticle
 * the library stores, and puts a SavedArticle back onto a fresh analysis of the page.
 *
 * Offsets: claims and notes here use offsets into the page's text (the text map's string). Saved
 * records use offsets into their article's text, as ArticleRecord.text holds it.
 */
import { describeAnchor, reanchor } from '../anchoring';
import type { Anchor } from '../anchoring/types';
import type { ArticleAnalysis } from '../articles/types';
import { articleIdFor, hashText } from '../identity';
import type { PageArticle, PageClaim, PageState } from '../messages';
import type { Claim, ClaimKind } from '../quantities/types';
import { extractChineseClaims, sentenceBounds } from '../quantities/zh';
import type { AnnotationRecord, ClaimRecord, FactCheckStatus, SavedArticle } from '../store/types';
import { claimIdFor, newNoteId } from './claim-ids';

export interface PageInfo {
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
}

/** A free note (on any text, not a claim), placed on the page. */
export interface PlacedNote {
  annotation: AnnotationRecord;
  start: number;
  end: number;
}

export interface ModelArticle {
  id: string;
  index: number;
  analysis: Omit<ArticleAnalysis, 'claims'>;
  claims: PageClaim[];
  notes: PlacedNote[];
  /** When this article was first saved, if it was. */
  savedAt?: number;
}

export interface AnnotationInput {
  note: string;
  tags: string[];
  color?: string;
  status: FactCheckStatus;
  correctedValue?: number;
  evidenceUrl?: string;
}

export class PageModel {
  readonly text: string;
  readonly page: PageInfo;
  readonly articles: ModelArticle[];
  orphans: Array<AnnotationRecord | ClaimRecord> = [];
  /** When the reader last changed each claim (verdict, or added it); saved as ClaimRecord.updatedAt. */
  private readonly claimUpdatedAt = new Map<string, number>();

  constructor(text: string, page: PageInfo, analyses: ArticleAnalysis[]) {
    this.text = text;
    this.page = page;
    this.articles = analyses.map(({ claims, ...analysis }, index) => {
      const id = articleIdFor(page.canonicalUrl, analysis.title);
      return {
        id,
        index,
        analysis,
        claims: claims.map((claim) => ({
          ...claim,
          id: claimIdFor(id, describeAnchor(text, claim.start, claim.end).quote),
          origin: 'engine' as const,
        })),
        notes: [],
      };
    });
  }

  /** The article whose text holds `offset` (the last one when articles touch). */
  articleAt(offset: number): ModelArticle | undefined {
    return this.articles.find((a) => offset >= a.analysis.start && offset < a.analysis.end) ?? this.articles[this.articles.length - 1];
  }

  findClaim(claimId: string): { article: ModelArticle; claim: PageClaim } | null {
    for (const article of this.articles) {
      const claim = article.claims.find((c) => c.id === claimId);
      if (claim) return { article, claim };
    }
    return null;
  }

  findNote(noteId: string): { article: ModelArticle; note: PlacedNote } | null {
    for (const article of this.articles) {
      const note = article.notes.find((n) => n.annotation.id === noteId);
      if (note) return { article, note };
    }
    return null;
  }

  /** Every claim on the page in text order. */
  allClaims(): PageClaim[] {
    return this.articles.flatMap((a) => a.claims);
  }

  anchorFor(article: ModelArticle, start: number, end: number): Anchor {
    return describeAnchor(this.text, start, end, article.analysis.start);
  }

  setDismissed(claimId: string, dismissed: boolean, now = Date.now()): ModelArticle | null {
    const found = this.findClaim(claimId);
    if (!found) return null;
    found.claim.dismissed = dismissed;
    this.claimUpdatedAt.set(claimId, now);
    return found.article;
  }

  /** Creates or updates the reader's annotation of a claim. */
  annotateClaim(claimId: string, input: AnnotationInput, now = Date.now()): { article: ModelArticle; annotation: AnnotationRecord } | null {
    const found = this.findClaim(claimId);
    if (!found) return null;
    const { article, claim } = found;
    const annotation = annotationFrom(input, {
      id: claim.annotation?.id ?? newNoteId(now),
      articleId: article.id,
      claimId,
      anchor: this.anchorFor(article, claim.start, claim.end),
      createdAt: claim.annotation?.createdAt ?? now,
      updatedAt: now,
    });
    claim.annotation = annotation;
    return { article, annotation };
  }

  /** A status change alone keeps the rest of the note as it is. */
  setClaimStatus(claimId: string, status: FactCheckStatus, now = Date.now()) {
    const current = this.findClaim(claimId)?.claim.annotation;
    return this.annotateClaim(
      claimId,
      { note: current?.note ?? '', tags: current?.tags ?? [], color: current?.color, status, correctedValue: current?.correctedValue, evidenceUrl: current?.evidenceUrl },
      now,
    );
  }

  removeClaimAnnotation(claimId: string): AnnotationRecord | null {
    const found = this.findClaim(claimId);
    const annotation = found?.claim.annotation ?? null;
    if (found) delete found.claim.annotation;
    return annotation;
  }

  /** A figure the engine missed, from the reader's selection `[start, end)` of the page text. */
  addReaderClaim(start: number, end: number, now = Date.now()): PageClaim | null {
    const article = this.articleAt(start);
    if (!article || end <= start) return null;
    const existing = article.claims.find((c) => c.start === start && c.end === end);
    if (existing) return existing;
    const claim: PageClaim = {
      ...readClaim(this.text, start, end),
      id: claimIdFor(article.id, describeAnchor(this.text, start, end).quote),
      origin: 'reader',
    };
    this.claimUpdatedAt.set(claim.id, now);
    article.claims.push(claim);
    article.claims.sort((a, b) => a.start - b.start);
    return claim;
  }

  addNote(start: number, end: number, input: AnnotationInput, now = Date.now()): { article: ModelArticle; annotation: AnnotationRecord } | null {
    const article = this.articleAt(start);
    if (!article || end <= start) return null;
    const annotation = annotationFrom(input, {
      id: newNoteId(now),
      articleId: article.id,
      anchor: this.anchorFor(article, start, end),
      createdAt: now,
      updatedAt: now,
    });
    article.notes.push({ annotation, start, end });
    return { article, annotation };
  }

  updateNote(noteId: string, input: AnnotationInput, now = Date.now()): { article: ModelArticle; annotation: AnnotationRecord } | null {
    const found = this.findNote(noteId);
    if (!found) return null;
    const { annotation: old } = found.note;
    found.note.annotation = annotationFrom(input, { ...old, updatedAt: now });
    return { article: found.article, annotation: found.note.annotation };
  }

  removeNote(noteId: string): AnnotationRecord | null {
    const found = this.findNote(noteId);
    if (!found) return null;
    found.article.notes = found.article.notes.filter((n) => n !== found.note);
    return found.note.annotation;
  }

  /** The article as the library stores it: text, every claim (dismissed too) with anchors, every note. */
  savedArticle(article: ModelArticle, now = Date.now()): SavedArticle {
    const base = article.analysis.start;
    const text = this.text.slice(base, article.analysis.end);
    const { title, date, byline, editor, language, regions, relevance, isRegionalDevelopment } = article.analysis;
    const claims: ClaimRecord[] = article.claims.map(({ annotation: _annotation, id, origin, dismissed, ...claim }) => {
      const record: ClaimRecord = {
        ...claim,
        start: claim.start - base,
        end: claim.end - base,
        id,
        articleId: article.id,
        anchor: this.anchorFor(article, claim.start, claim.end),
        origin,
        updatedAt: this.claimUpdatedAt.get(id) ?? now,
      };
      if (dismissed !== undefined) record.dismissed = dismissed;
      return record;
    });
    const annotations = [
      ...article.claims.flatMap((c) => (c.annotation ? [c.annotation] : [])),
      ...article.notes.map((n) => n.annotation),
    ];
    return {
      article: {
        id: article.id,
        url: this.page.url,
        canonicalUrl: this.page.canonicalUrl,
        title,
        site: this.page.site,
        ...(date ? { date } : {}),
        ...(byline ? { byline } : {}),
        ...(editor ? { editor } : {}),
        language,
        regions,
        relevance,
        isRegionalDevelopment,
        textHash: hashText(text),
        text,
        source: 'page',
        savedAt: article.savedAt ?? now,
        updatedAt: now,
      },
      claims,
      annotations,
    };
  }

  /**
   * Puts what was saved back on this page: each saved claim and note is re-anchored (position,
   * quote, fuzzy); a claim that lands on an engine claim takes over its id and verdict, one that
   * lands elsewhere is drawn as saved, and anything that cannot be placed becomes an orphan.
   */
  restore(saved: SavedArticle): void {
    const article = this.articles.find((a) => a.id === saved.article.id) ?? this.articles[0];
    if (!article) {
      // (concat, not push(...): an article saved from a page of a hundred thousand figures would overflow the stack.)
      this.orphans = this.orphans.concat(saved.claims, saved.annotations);
      return;
    }
    article.savedAt = saved.article.savedAt;
    const base = article.id === saved.article.id ? article.analysis.start : 0;
    const placedClaims = new Map<string, PageClaim>();
    // Each article's claims by their span, made when first needed and again after a restored claim replaces some: a
    // look through the claims for each saved one made a page of tens of thousands of figures take minutes.
    const bySpan = new Map<ModelArticle, Map<string, PageClaim>>();
    const claimAt = (owner: ModelArticle, start: number, end: number) => {
      let spans = bySpan.get(owner);
      if (!spans) {
        spans = new Map();
        // (The first of two claims on one span, as a search from the start finds.)
        for (const c of owner.claims) if (!spans.has(`${c.start}:${c.end}`)) spans.set(`${c.start}:${c.end}`, c);
        bySpan.set(owner, spans);
      }
      return spans.get(`${start}:${end}`);
    };
    for (const record of saved.claims) {
      const placed = reanchor(this.text, record.anchor, base);
      if (!placed) {
        this.orphans.push(record);
        continue;
      }
      const owner = this.articleAt(placed.start) ?? article;
      const { id, origin, dismissed, updatedAt, anchor: _anchor, articleId: _articleId, ...claim } = record;
      const match = claimAt(owner, placed.start, placed.end);
      if (match) {
        match.id = id;
        match.origin = origin;
        this.claimUpdatedAt.set(id, updatedAt);
        if (dismissed !== undefined) match.dismissed = dismissed;
        placedClaims.set(id, match);
        continue;
      }
      const restored: PageClaim = {
        ...(claim as Claim),
        start: placed.start,
        end: placed.end,
        text: this.text.slice(placed.start, placed.end),
        id,
        origin,
        ...(dismissed !== undefined ? { dismissed } : {}),
      };
      this.claimUpdatedAt.set(id, updatedAt);
      // An engine claim overlapping the restored span is the same figure read differently: keep the saved one.
      owner.claims = owner.claims.filter((c) => c.end <= placed.start || c.start >= placed.end);
      owner.claims.push(restored);
      owner.claims.sort((a, b) => a.start - b.start);
      bySpan.delete(owner);
      placedClaims.set(id, restored);
    }
    for (const annotation of saved.annotations) {
      if (annotation.claimId) {
        const claim = placedClaims.get(annotation.claimId) ?? this.findClaim(annotation.claimId)?.claim;
        if (claim) claim.annotation = annotation;
        else this.orphans.push(annotation);
        continue;
      }
      const placed = reanchor(this.text, annotation.anchor, base);
      if (!placed) {
        this.orphans.push(annotation);
        continue;
      }
      (this.articleAt(placed.start) ?? article).notes.push({ annotation, start: placed.start, end: placed.end });
    }
  }

  state(status: PageState['status'], extra: { error?: string; savedArticleIds?: string[] } = {}): PageState {
    const articles: PageArticle[] = this.articles.map((a) => {
      const countsByKind: Partial<Record<ClaimKind, number>> = {};
      for (const c of a.claims) if (!c.dismissed) countsByKind[c.kind] = (countsByKind[c.kind] ?? 0) + 1;
      return { ...a.analysis, index: a.index, claims: a.claims, countsByKind, notes: a.notes.map((n) => n.annotation) };
    });
    return {
      url: this.page.url,
      title: this.page.title,
      status,
      ...(extra.error ? { error: extra.error } : {}),
      articles,
      savedArticleIds: extra.savedArticleIds ?? this.articles.filter((a) => a.savedAt !== undefined).map((a) => a.id),
      orphans: this.orphans,
    };
  }
}

function annotationFrom(
  input: AnnotationInput,
  identity: Pick<AnnotationRecord, 'id' | 'articleId' | 'anchor' | 'createdAt' | 'updatedAt'> & { claimId?: string },
): AnnotationRecord {
  const record: AnnotationRecord = {
    id: identity.id,
    articleId: identity.articleId,
    anchor: identity.anchor,
    note: input.note,
    tags: input.tags,
    status: input.status,
    createdAt: identity.createdAt,
    updatedAt: identity.updatedAt,
  };
  if (identity.claimId) record.claimId = identity.claimId;
  if (input.color) record.color = input.color;
  if (input.correctedValue !== undefined) record.correctedValue = input.correctedValue;
  if (input.evidenceUrl) record.evidenceUrl = input.evidenceUrl;
  return record;
}

/**
 * A reader-selected figure as a Claim: the engine reads the selection when it can (value, unit,
 * kind); otherwise the figure is kept as written, of kind `other`, with its first number as value.
 */
function readClaim(text: string, start: number, end: number): Claim {
  const selected = text.slice(start, end);
  const [sa, sb] = sentenceBounds(text, start, end);
  const sentence = text.slice(sa, sb).trim();
  const parsed = extractChineseClaims(selected).find((c) => c.start === 0 || selected.slice(0, c.start).trim() === '');
  if (parsed) return { ...parsed, start, end, text: selected, sentence, subject: parsed.subject || '' };
  const number = Number((selected.match(/[-+]?\d[\d,]*(\.\d+)?/)?.[0] ?? 'NaN').replace(/,/g, ''));
  return {
    start,
    end,
    text: selected,
    value: number,
    unit: '',
    kind: 'other',
    approx: 'exact',
    siValue: number,
    siUnit: '',
    subject: '',
    sentence,
  };
}
