/**
 * The dashboard's view of the library: opens it, shows the article list as soon as the articles
 * are read (first paint), then reads claims and notes and builds the search and comparison indexes.
 * Every change goes through the store and then reloads, so what is shown is what is stored; reloads
 * asked for while one runs are folded into one more.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildComparisonIndex, type ComparisonIndex } from '../utils/comparison/compare';
import { buildSearchIndex, type SearchIndex } from '../utils/search/library-search';
import { DEFAULT_LIBRARY_NAME, listRecentArticles, onLibraryChange, openLibrary, readLibrary, StorageFullError, type LibraryDB, type LibrarySnapshot } from '../utils/store';
import type { ArticleRecord, ArticleSummary } from '../utils/store/types';
import { coalesced } from './coalesce';
import { s } from './dashboard-strings';

const FIRST_SCREEN = 60;

export type LibraryState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** The first screen's worth of articles (the most recent), while the rest loads. */
  | { status: 'listed'; db: LibraryDB; articles: ArticleSummary[] }
  | { status: 'ready'; db: LibraryDB; articles: ArticleRecord[]; snapshot: LibrarySnapshot; search: SearchIndex; comparison: ComparisonIndex };

export interface Library {
  state: LibraryState;
  reload(): Promise<void>;
  /** Runs a store write, then reloads; a failure becomes a message for the reader (returned, not thrown). */
  write<T>(action: (db: LibraryDB) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }>;
}

export function useLibrary(name?: string): Library {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const dbRef = useRef<LibraryDB | null>(null);

  const loadOnce = useCallback(async () => {
    try {
      const db = dbRef.current ?? (dbRef.current = await openLibrary(name));
      // A first screen from the catalog (the articles without their texts), so first paint does not wait for the shelves to be read.
      const recent = await listRecentArticles(db, FIRST_SCREEN);
      setState((previous) => (previous.status === 'ready' ? previous : { status: 'listed', db, articles: recent }));
      const snapshot = await readLibrary(db);
      // Yield so the list paints before the (longer) index build.
      await new Promise((resolve) => setTimeout(resolve, 0));
      setState({
        status: 'ready',
        db,
        articles: snapshot.articles.sort((a, b) => b.updatedAt - a.updatedAt),
        snapshot,
        search: buildSearchIndex(snapshot),
        comparison: buildComparisonIndex(snapshot),
      });
    } catch (error) {
      setState({ status: 'error', message: s('loadError', error instanceof Error ? error.message : String(error)) });
    }
  }, [name]);
  // One reload at a time: a burst of changes (another tab's import) costs one more rebuild, not one each, side by side.
  const load = useMemo(() => coalesced(loadOnce), [loadOnce]);

  useEffect(() => {
    void load();
    // Saves from pages (through the background worker) or another dashboard: reload, once per burst. This
    // page's own writes and imports are not announced to it: it reloads when each is done.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onLibraryChange(name ?? DEFAULT_LIBRARY_NAME, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), 300);
    });
    return () => {
      stop();
      clearTimeout(timer);
      dbRef.current?.close();
    };
  }, [load]);

  const write = useCallback(
    async <T,>(action: (db: LibraryDB) => Promise<T>) => {
      const db = dbRef.current;
      if (!db) return { ok: false as const, message: s('loading') };
      try {
        const value = await action(db);
        await load();
        return { ok: true as const, value };
      } catch (error) {
        const message =
          error instanceof StorageFullError ? s('storageFull') : s('writeFailed', error instanceof Error ? error.message : String(error));
        return { ok: false as const, message };
      }
    },
    [load],
  );

  return { state, reload: load, write };
}
