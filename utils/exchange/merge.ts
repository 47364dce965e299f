/**
 * How an import meets the library, planned as data before anything is written, so the reader sees
 * a preview first: per record (article, claim, note) it is new, identical to what is stored (a
 * duplicate), or a conflict (same id, different content). A conflict is settled by `updatedAt`: the
 * imported copy replaces the stored one only when it is strictly newer, so an import never
 * overwrites a newer local edit. Nothing stored is ever deleted by an import.
 *
 * Notes from W3C and Hypothesis files name their page by address only. They join the saved article
 * with that id or address; for a page not in the library a placeholder article (source "import",
 * no text yet) holds them until the reader saves the page itself.
 *
 * The plan's `writes` are whole articles in their merged state (everything stored plus what the
 * import adds or updates), handed to the library's `saveArticle`, whose own merge then keeps
 * everything stored (see utils/store/merge.ts).
 */
import type { AnnotationRecord, ArticleRecord, ClaimRecord, SavedArticle } from '../store/types';
import type { LibrarySnapshot } from '../store';
import type { ExchangeSettings } from './formats';
import { stableHash } from './hash';
import type { ImportBundle, ImportKind, LooseNote } from './import/read';

export interface RecordCounts {
  /** Not in the library: will be added. */
  added: number;
  /** Identical to the stored record: nothing to do. */
  duplicates: number;
  /** Same id, different content, imported copy newer: replaces the stored one. */
  updated: number;
  /** Same id, different content, stored copy as new or newer: the stored one is kept. */
  keptLocal: number;
}

export type ArticleChange = 'new' | 'updated' | 'unchanged';

/** One line of the preview table: an article the import touches. */
export interface PreviewRow {
  articleId: string;
  title: string;
  url: string;
  change: ArticleChange;
  placeholder: boolean;
  claims: RecordCounts;
  notes: RecordCounts;
}

export interface MergePlan {
  kind: ImportKind;
  articles: RecordCounts;
  claims: RecordCounts;
  notes: RecordCounts;
  /** Articles made to hold notes on pages the library does not have. */
  placeholders: number;
  /** Notes on a claim the library does not have: kept as notes on the same text. */
  detachedNotes: number;
  skipped: ImportBundle['skipped'];
  settings?: ExchangeSettings;
  rows: PreviewRow[];
  /** Articles to save, in their merged state; empty when the import changes nothing. */
  writes: SavedArticle[];
  /**
   * By article id, the file's own line for a write that is that line exactly (an article new to the
   * library, none of its claims and notes held under another, from a backup of version 3 on: see
   * ImportBundle.lines), which the library may store as it is.
   */
  lines: Map<string, Uint8Array>;
}

const zero = (): RecordCounts => ({ added: 0, duplicates: 0, updated: 0, keptLocal: 0 });

/** JSON with sorted keys and no undefined fields: two records are the same when these are equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

type Verdict = keyof RecordCounts;

function compare<T extends { updatedAt: number }>(stored: T | undefined, incoming: T): Verdict {
  if (!stored) return 'added';
  if (canonical(stored) === canonical(incoming)) return 'duplicates';
  return incoming.updatedAt > stored.updatedAt ? 'updated' : 'keptLocal';
}

/**
 * A note stored without its claim (imported before the claim was: see `detachedNotes`) meets the
 * same note with its claim: attaching it is an update, whatever the times say.
 */
function compareNote(stored: AnnotationRecord | undefined, incoming: AnnotationRecord): Verdict {
  if (stored && stored.claimId === undefined && incoming.claimId !== undefined) {
    const { claimId: _claimId, ...rest } = incoming;
    if (canonical(stored) === canonical(rest)) return 'updated';
  }
  return compare(stored, incoming);
}

/** The library as maps, for planning against. */
interface LocalIndex {
  articles: Map<string, ArticleRecord>;
  claims: Map<string, ClaimRecord>;
  notes: Map<string, AnnotationRecord>;
  claimsByArticle: Map<string, ClaimRecord[]>;
  notesByArticle: Map<string, AnnotationRecord[]>;
  articleByUrl: Map<string, ArticleRecord>;
}

function indexLibrary(local: LibrarySnapshot): LocalIndex {
  const group = <T extends { articleId: string }>(records: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of records) {
      const list = map.get(r.articleId);
      if (list) list.push(r);
      else map.set(r.articleId, [r]);
    }
    return map;
  };
  const articleByUrl = new Map<string, ArticleRecord>();
  // Oldest first, so the most recently updated article of an address wins.
  for (const a of [...local.articles].sort((x, y) => x.updatedAt - y.updatedAt)) {
    articleByUrl.set(a.url, a);
    articleByUrl.set(a.canonicalUrl, a);
  }
  return {
    articles: new Map(local.articles.map((a) => [a.id, a])),
    claims: new Map(local.claims.map((c) => [c.id, c])),
    notes: new Map(local.annotations.map((n) => [n.id, n])),
    claimsByArticle: group(local.claims),
    notesByArticle: group(local.annotations),
    articleByUrl,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * The article that holds notes on a page the library does not have. Its id is the one the file
 * names (our W3C export does), so a later import of that article's backup, or saving the page,
 * meets it as the same article; otherwise it is derived from the address.
 */
export function placeholderArticle(url: string, title: string, notes: LooseNote[]): ArticleRecord {
  const first = Math.min(...notes.map((n) => n.annotation.createdAt));
  return {
    id: notes[0].articleId ?? `import-${stableHash(url)}`,
    url,
    canonicalUrl: url,
    title,
    site: hostOf(url),
    language: /[\u3400-\u9fff]/.test(title) ? 'zh' : 'en',
    regions: [],
    relevance: 0,
    isRegionalDevelopment: false,
    textHash: '',
    text: '',
    source: 'import',
    // Fixed by the notes, not the clock, so importing the same file again finds an identical article;
    // updated "never", so the real article (from a backup, or saving the page) always replaces it.
    savedAt: first,
    updatedAt: 0,
  };
}

/** Turns loose notes into whole articles: attached to a stored article, one from the file, or a placeholder. */
function attachLooseNotes(bundle: ImportBundle, local: LocalIndex): { saved: SavedArticle[]; placeholderIds: Set<string>; detached: number } {
  const saved = new Map(bundle.saved.map((s) => [s.article.id, { ...s, annotations: [...s.annotations] }]));
  const homeless = new Map<string, LooseNote[]>();
  let detached = 0;
  const place = (articleId: string, loose: LooseNote, article: ArticleRecord) => {
    let target = saved.get(articleId);
    if (!target) {
      target = { article, claims: [], annotations: [] };
      saved.set(articleId, target);
    }
    const claimKnown =
      loose.annotation.claimId !== undefined &&
      (local.claims.get(loose.annotation.claimId)?.articleId === articleId || target.claims.some((c) => c.id === loose.annotation.claimId));
    const annotation: AnnotationRecord = { ...loose.annotation, articleId };
    if (annotation.claimId !== undefined && !claimKnown) {
      delete annotation.claimId;
      detached++;
    }
    target.annotations.push(annotation);
  };
  for (const loose of bundle.looseNotes) {
    const hinted = loose.articleId !== undefined ? (local.articles.get(loose.articleId) ?? saved.get(loose.articleId)?.article) : undefined;
    const known = hinted ?? local.articleByUrl.get(loose.url);
    if (known) place(known.id, loose, known);
    else {
      // One placeholder per named article, or per address when the file names none.
      const key = loose.articleId ?? `url:${loose.url}`;
      const list = homeless.get(key);
      if (list) list.push(loose);
      else homeless.set(key, [loose]);
    }
  }
  const placeholderIds = new Set<string>();
  for (const notes of homeless.values()) {
    const article = placeholderArticle(notes[0].url, notes[0].title, notes);
    placeholderIds.add(article.id);
    for (const loose of notes) place(article.id, loose, article);
  }
  return { saved: [...saved.values()], placeholderIds, detached };
}

function mergeRecords<T extends { id: string; updatedAt: number }>(
  stored: T[],
  incoming: T[],
  lookup: Map<string, T>,
  counts: RecordCounts,
  rowCounts: RecordCounts,
  judge: (stored: T | undefined, incoming: T) => Verdict = compare,
): { merged: T[]; changed: boolean } {
  const byId = new Map(stored.map((r) => [r.id, r]));
  let changed = false;
  for (const record of incoming) {
    const verdict = judge(lookup.get(record.id), record);
    counts[verdict]++;
    rowCounts[verdict]++;
    if (verdict === 'added' || verdict === 'updated') {
      byId.set(record.id, record);
      changed = true;
    }
  }
  return { merged: [...byId.values()], changed };
}

export function planMerge(bundle: ImportBundle, library: LibrarySnapshot): MergePlan {
  const local = indexLibrary(library);
  const { saved, placeholderIds, detached } = attachLooseNotes(bundle, local);
  const plan: MergePlan = {
    kind: bundle.kind,
    articles: zero(),
    claims: zero(),
    notes: zero(),
    placeholders: 0,
    detachedNotes: detached,
    skipped: bundle.skipped,
    rows: [],
    writes: [],
    lines: new Map(),
  };
  if (bundle.settings !== undefined) plan.settings = bundle.settings;
  for (const incoming of saved) {
    const id = incoming.article.id;
    const storedArticle = local.articles.get(id);
    const articleVerdict = compare(storedArticle, incoming.article);
    plan.articles[articleVerdict]++;
    const isPlaceholder = placeholderIds.has(id);
    if (isPlaceholder && !storedArticle) plan.placeholders++;
    const row: PreviewRow = {
      articleId: id,
      title: incoming.article.title,
      url: incoming.article.url,
      change: 'unchanged',
      placeholder: isPlaceholder,
      claims: zero(),
      notes: zero(),
    };
    const claims = mergeRecords(local.claimsByArticle.get(id) ?? [], incoming.claims, local.claims, plan.claims, row.claims);
    const notes = mergeRecords(local.notesByArticle.get(id) ?? [], incoming.annotations, local.notes, plan.notes, row.notes, compareNote);
    const articleChanged = articleVerdict === 'added' || articleVerdict === 'updated';
    if (!articleChanged && !claims.changed && !notes.changed) {
      if (articleVerdict === 'keptLocal' || row.claims.keptLocal > 0 || row.notes.keptLocal > 0) plan.rows.push(row);
      continue;
    }
    row.change = storedArticle ? 'updated' : 'new';
    plan.rows.push(row);
    plan.writes.push({
      article: articleChanged ? incoming.article : storedArticle!,
      claims: claims.merged,
      annotations: notes.merged,
    });
    const line = bundle.lines?.get(id);
    const nothingStored = !storedArticle && !local.claimsByArticle.has(id) && !local.notesByArticle.has(id);
    // Every record added: one whose id the library holds under another article is judged against that
    // record (kept there, or a duplicate) and left out of this write, so the line would say more than it.
    const allAdded = row.claims.added === incoming.claims.length && row.notes.added === incoming.annotations.length;
    if (line && nothingStored && allAdded) plan.lines.set(id, line);
  }
  return plan;
}

/** Does the import change the library? (Importing the same file twice: the second time it does not.) */
export function planChangesNothing(plan: MergePlan): boolean {
  return plan.writes.length === 0;
}
