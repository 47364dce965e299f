/**
 * The saved articles as a virtualized list (@tanstack/virtual-core): only the rows in view are in
 * the DOM, so 10,000 articles paint as fast as 10. A listbox for screen readers and the keyboard:
 * arrows, Home/End move the selection, and each row says its position in the whole list.
 */
import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import { useLayoutEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import type { ArticleSummary } from '../utils/store/types';
import { articleTitle, s, sCount } from './dashboard-strings';

const ROW_HEIGHT = 64;

export interface ListItem {
  article: ArticleSummary;
  /** Unknown (undefined) until claims and notes are loaded after the first paint. */
  claims?: number;
  notes?: number;
}

interface Props {
  items: ListItem[];
  selectedId: string | null;
  onSelect(id: string): void;
}

export function LibraryList({ items, selectedId, onSelect }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const virtualizer = useMemo(
    () =>
      new Virtualizer<HTMLDivElement, HTMLDivElement>({
        count: items.length,
        getScrollElement: () => scrollRef.current,
        estimateSize: () => ROW_HEIGHT,
        overscan: 6,
        scrollToFn: elementScroll,
        observeElementRect,
        observeElementOffset,
        onChange: () => rerender(undefined),
      }),
    [],
  );
  virtualizer.setOptions({ ...virtualizer.options, count: items.length });
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());

  const selectedIndex = items.findIndex((item) => item.article.id === selectedId);
  const move = (index: number) => {
    const clamped = Math.max(0, Math.min(items.length - 1, index));
    const item = items[clamped];
    if (!item) return;
    onSelect(item.article.id);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT));
    const keys: Record<string, () => number> = {
      ArrowDown: () => selectedIndex + 1,
      ArrowUp: () => Math.max(0, selectedIndex - 1),
      PageDown: () => selectedIndex + page,
      PageUp: () => selectedIndex - page,
      Home: () => 0,
      End: () => items.length - 1,
    };
    const next = keys[event.key];
    if (!next) return;
    event.preventDefault();
    move(next());
  };

  return (
    <div
      ref={scrollRef}
      class="library-list"
      role="listbox"
      tabIndex={0}
      aria-label={s('articleList')}
      aria-activedescendant={selectedIndex >= 0 ? `article-option-${selectedIndex}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const { article, claims, notes } = items[row.index];
          const selected = article.id === selectedId;
          return (
            <div
              key={article.id}
              id={`article-option-${row.index}`}
              role="option"
              aria-selected={selected ? 'true' : 'false'}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              class={selected ? 'library-row selected' : 'library-row'}
              style={{ transform: `translateY(${row.start}px)`, height: `${ROW_HEIGHT}px` }}
              onClick={() => onSelect(article.id)}
            >
              <span class="row-title" lang={article.language === 'zh' ? 'zh-CN' : 'en'}>
                {articleTitle(article)}
              </span>
              <span class="row-meta muted">
                {article.site} · {article.date ?? s('noDate')} · {article.regions[0]?.name ?? ''}
                {claims !== undefined ? ` · ${sCount('claimsCount', claims)}` : ''}
                {notes ? ` · ${sCount('notesCount', notes)}` : ''}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
