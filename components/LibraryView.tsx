/**
 * The library tab: a search box and filters over the saved articles, the (virtualized) list of
 * matches, and the selected article's detail. The selection lives in the URL (#article=ID), so a
 * link from the popup or side panel opens that article.
 */
import { FilterX, LoaderCircle, Search } from 'lucide';
import { useMemo, useState } from 'preact/hooks';
import { formatNumber } from '../utils/i18n';
import { filterOptions, searchLibrary, type ArticleFilter } from '../utils/search/library-search';
import type { FactCheckStatus, SavedArticle } from '../utils/store/types';
import { ArticleDetail } from './ArticleDetail';
import { s, type StringKey } from './dashboard-strings';
import { Icon } from './Icon';
import { LibraryList, type ListItem } from './LibraryList';
import type { Notify } from './Toast';
import type { Library } from './useLibrary';

const STATUSES: FactCheckStatus[] = ['unverified', 'verified', 'disputed', 'wrong'];

interface Props {
  library: Library;
  selectedId: string | null;
  onSelect(id: string): void;
  notify: Notify;
}

export function LibraryView({ library, selectedId, onSelect, notify }: Props) {
  const { state } = library;
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ArticleFilter>({});
  const ready = state.status === 'ready' ? state : null;

  const options = useMemo(() => (ready ? filterOptions(ready.search) : null), [ready?.search]);
  const items: ListItem[] = useMemo(() => {
    if (ready) {
      return searchLibrary(ready.search, query, filter).map((hit) => ({
        article: hit.article,
        claims: hit.claims.filter((c) => !c.dismissed).length,
        notes: hit.notes.length,
      }));
    }
    return state.status === 'listed' ? state.articles.map((article) => ({ article })) : [];
  }, [state, query, filter]);

  const selected: SavedArticle | null = useMemo(() => {
    if (!ready || !selectedId) return null;
    const article = ready.snapshot.articles.find((a) => a.id === selectedId);
    if (!article) return null;
    return {
      article,
      claims: ready.snapshot.claims.filter((c) => c.articleId === selectedId),
      annotations: ready.snapshot.annotations.filter((a) => a.articleId === selectedId),
    };
  }, [ready?.snapshot, selectedId]);

  // While the first screen is listed the count is not known (it shows as loading), only whether there are articles.
  const total = state.status === 'ready' || state.status === 'listed' ? state.articles.length : 0;
  const set = (patch: ArticleFilter) => setFilter((f) => clean({ ...f, ...patch }));
  const filtered = query.trim() !== '' || Object.keys(filter).length > 0;

  return (
    <div class="library-view">
      <section class="library-side" aria-label={s('articleList')}>
        <div role="search" class="search-box">
          <label for="library-search" class="visually-hidden">
            {s('searchLabel')}
          </label>
          <Icon icon={Search} />
          <input
            id="library-search"
            type="search"
            value={query}
            placeholder={s('searchPlaceholder')}
            disabled={!ready}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <fieldset class="filters" disabled={!ready}>
          <legend class="visually-hidden">{s('filters')}</legend>
          <Select label={s('filterRegion')} value={filter.regionCode} onChange={(v) => set({ regionCode: v })}>
            {options?.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {'\u00a0\u00a0'.repeat(r.depth)}
                {r.name} ({r.count})
              </option>
            ))}
          </Select>
          <Select label={s('filterKind')} value={filter.kind} onChange={(v) => set({ kind: v as ArticleFilter['kind'] })}>
            {options?.kinds.map((k) => (
              <option key={k} value={k}>
                {s(`kind_${k}` as StringKey)}
              </option>
            ))}
          </Select>
          <Select label={s('filterSite')} value={filter.site} onChange={(v) => set({ site: v })}>
            {options?.sites.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </Select>
          <Select label={s('filterTag')} value={filter.tag} onChange={(v) => set({ tag: v })}>
            {options?.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </Select>
          <Select label={s('filterStatus')} value={filter.status} onChange={(v) => set({ status: v as FactCheckStatus })}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {s(`status_${status}` as StringKey)}
              </option>
            ))}
          </Select>
          <label>
            {s('filterFrom')}
            <input type="date" value={filter.dateFrom ?? ''} onInput={(e) => set({ dateFrom: e.currentTarget.value })} />
          </label>
          <label>
            {s('filterTo')}
            <input type="date" value={filter.dateTo ?? ''} onInput={(e) => set({ dateTo: e.currentTarget.value })} />
          </label>
          {filtered ? (
            <button
              type="button"
              onClick={() => {
                setFilter({});
                setQuery('');
              }}
            >
              <Icon icon={FilterX} /> {s('clearFilters')}
            </button>
          ) : null}
        </fieldset>
        <p class="muted result-count" role="status">
          {state.status === 'listed' ? (
            <>
              <Icon icon={LoaderCircle} class="spin" /> {s('loadingIndex')}
            </>
          ) : (
            s('resultCount', formatNumber(items.length), formatNumber(total))
          )}
        </p>
        {total === 0 ? (
          <p class="empty">{s('emptyLibrary')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{s('noMatches')}</p>
        ) : (
          <LibraryList key={`${query}|${JSON.stringify(filter)}`} items={items} selectedId={selectedId} onSelect={onSelect} />
        )}
      </section>
      <section class="library-detail" aria-live="polite">
        {selected ? (
          <ArticleDetail saved={selected} write={library.write} notify={notify} />
        ) : selectedId && ready ? (
          <p class="empty">{s('articleMissing')}</p>
        ) : total > 0 ? (
          <p class="empty">{s('selectArticle')}</p>
        ) : null}
      </section>
    </div>
  );
}

function Select(props: { label: string; value?: string; onChange(value: string): void; children: preact.ComponentChildren }) {
  return (
    <label>
      {props.label}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{s('any')}</option>
        {props.children}
      </select>
    </label>
  );
}

/** Drops empty filter fields, so "Any" means no filter. */
function clean(filter: ArticleFilter): ArticleFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '' && v !== undefined)) as ArticleFilter;
}
