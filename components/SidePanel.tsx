/**
 * The side panel: the current tab's articles and their claims grouped by kind, with filters, notes
 * and statuses, and the saved notes that could not be placed on the page again (orphans). It talks
 * to the tab's content script, which owns the highlights and the saved data.
 */
import { LibraryBig, Search, StickyNote, Unlink } from 'lucide';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { openDashboard } from '../utils/background/pages';
import { formatNumber, t } from '../utils/i18n';
import type { PageState } from '../utils/messages';
import { sendToPage } from '../utils/messaging';
import { injectContentScript } from '../utils/panels/page-view';
import { NO_FILTER, STATUSES, matchesFilter, noteMatchesFilter, type ClaimFilter } from '../utils/panels/claim-filter';
import type { ClaimKind } from '../utils/quantities/types';
import { CLAIM_KINDS, type Settings } from '../utils/settings';
import type { AnnotationRecord, ClaimRecord, FactCheckStatus } from '../utils/store/types';
import { ClaimList, statusLabel } from './ClaimList';
import { useActiveTab, usePageView, useSettings } from './hooks';
import { Icon } from './Icon';
import { Analysing, LiveAnnouncement, Loading, NotAnalysed, NotRunning, Note, Problem } from './PageStates';
import { ArticleCredits, kindLabel } from './PageSummary';

interface SidePanelProps {
  tabId: number | null;
  /** Pinned to `tabId` (opened with ?tabId=N); otherwise the panel follows the window's active tab. */
  pinned: boolean;
  settings: Settings;
}

export function SidePanel({ tabId: initialTabId, pinned, settings: initialSettings }: SidePanelProps) {
  const settings = useSettings(initialSettings);
  const tabId = useActiveTab(initialTabId, !pinned);
  const view = usePageView(tabId);
  const [problem, setProblem] = useState<string | null>(null);

  // j/k and the arrows work from anywhere in the panel that is not a control: they enter the list.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== document.body || !['j', 'k', 'ArrowDown', 'ArrowUp'].includes(event.key)) return;
      const first = document.querySelector<HTMLElement>('.claim-button[tabindex="0"]');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const request = (work: () => Promise<{ ok: true } | { ok: false; error: string }>) => {
    setProblem(null);
    work()
      .then((outcome) => {
        if (!outcome.ok) setProblem(outcome.error);
      })
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };

  return (
    <div class="sidepanel">
      <header class="bar">
        <img src="/icon/32.png" width="20" height="20" alt="" />
        <h1>{t('panel_title')}</h1>
        {view?.kind === 'ready' && view.state.savedArticleIds.length > 0 && (
          <button
            type="button"
            class="icon-button"
            title={t('panel_open_in_dashboard')}
            onClick={() => request(() => openDashboard(view.state.savedArticleIds[0]).then(() => ({ ok: true as const })))}
          >
            <Icon icon={LibraryBig} label={t('panel_open_in_dashboard')} />
          </button>
        )}
      </header>
      <main aria-busy={view === null || view.kind === 'loading'}>
        {problem && <Problem alert message={t('common_error', problem)} />}
        <LiveAnnouncement view={tabId === null ? null : view} />
        <div>
          {tabId === null ? (
            <Note message={t('panel_no_tab')} />
          ) : view === null || view.kind === 'loading' ? (
            <Loading />
          ) : view.kind === 'unavailable' ? (
            <NotRunning
              canStart={view.canInject}
              busy={false}
              onStart={() => request(() => injectContentScript(tabId).then(() => ({ ok: true as const })))}
            />
          ) : (
            <PageClaims
              state={view.state}
              colors={settings.colors}
              onRequest={(message) => request(() => sendToPage(tabId, message))}
            />
          )}
        </div>
      </main>
    </div>
  );
}

type ClaimRequest =
  | { type: 'analyse-now' }
  | { type: 'scroll-to-claim'; claimId: string }
  | { type: 'open-claim-card'; claimId: string }
  | { type: 'set-claim-status'; claimId: string; status: FactCheckStatus };

interface PageClaimsProps {
  state: PageState;
  colors: Record<ClaimKind, string>;
  onRequest(message: ClaimRequest): void;
}

function PageClaims({ state, colors, onRequest }: PageClaimsProps) {
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [activeId, setActiveId] = useState<string | null>(null);
  const allClaims = useMemo(() => state.articles.flatMap((article) => article.claims), [state]);
  const hasNotes = state.articles.some((article) => (article.notes?.length ?? 0) > 0);
  // A new page (another URL) starts with no claim selected.
  useEffect(() => setActiveId(null), [state.url]);

  if (state.status === 'analysing') return <Analysing progress={state.progress} />;
  if (state.status === 'idle' || state.status === 'skipped') {
    return <NotAnalysed skipped={state.status === 'skipped'} busy={false} onAnalyse={() => onRequest({ type: 'analyse-now' })} />;
  }
  if (state.status === 'error') return <Problem message={t('popup_page_error', state.error ?? '')} />;

  const shown = allClaims.filter((claim) => matchesFilter(claim, filter));
  const multipleArticles = state.articles.length > 1;
  return (
    <>
      {allClaims.length === 0 && !hasNotes ? (
        <Note message={state.articles.length === 0 ? t('popup_no_article') : t('panel_no_claims')} />
      ) : (
        <>
          <Filters filter={filter} onChange={setFilter} />
          <p class="muted showing" aria-live="polite">{t('panel_showing', [formatNumber(shown.length), formatNumber(allClaims.length)])}</p>
          <p class="muted keys" id="panel-keys">
            {t('panel_keyboard_help')}
          </p>
          {shown.length === 0 ? (
            <p class="status">
              <Icon icon={Search} />
              {t('panel_no_match')}
            </p>
          ) : (
            <div role="region" aria-label={t('panel_list_label')} aria-describedby="panel-keys">
              {state.articles.map((article) => {
                const claims = article.claims.filter((claim) => shown.includes(claim));
                const notes = (article.notes ?? []).filter((note) => noteMatchesFilter(note, filter));
                if (claims.length === 0 && notes.length === 0) return null;
                return (
                  <section
                    key={article.index}
                    class="panel-article"
                    aria-labelledby={multipleArticles ? `article-${article.index}-title` : undefined}
                  >
                    {multipleArticles && (
                      <h2 class="article-title" id={`article-${article.index}-title`}>
                        {article.title.trim() || t('common_untitled')}
                      </h2>
                    )}
                    <ArticleCredits article={article} />
                    <ClaimList
                      idPrefix={`article-${article.index}`}
                      claims={claims}
                      colors={colors}
                      activeId={activeId}
                      onActivate={setActiveId}
                      onScrollTo={(claimId) => onRequest({ type: 'scroll-to-claim', claimId })}
                      onOpenCard={(claimId) => onRequest({ type: 'open-claim-card', claimId })}
                      onSetStatus={(claimId, status) => onRequest({ type: 'set-claim-status', claimId, status })}
                    />
                    {notes.length > 0 && <FreeNotes idPrefix={`article-${article.index}`} notes={notes} />}
                  </section>
                );
              })}
            </div>
          )}
        </>
      )}
      {state.orphans.length > 0 && <Orphans orphans={state.orphans} />}
    </>
  );
}

function Filters({ filter, onChange }: { filter: ClaimFilter; onChange(filter: ClaimFilter): void }) {
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t('panel_filters')}</legend>
      <label class="search">
        <span class="visually-hidden">{t('panel_search')}</span>
        <Icon icon={Search} />
        <input
          type="search"
          placeholder={t('panel_search_placeholder')}
          value={filter.query}
          onInput={(event) => onChange({ ...filter, query: (event.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <div class="filter">
        <label for="filter-kind">{t('panel_filter_kind')}</label>
        <select
          id="filter-kind"
          value={filter.kind}
          onChange={(event) => onChange({ ...filter, kind: (event.currentTarget as HTMLSelectElement).value as ClaimFilter['kind'] })}
        >
          <option value="all">{t('panel_filter_all_kinds')}</option>
          {CLAIM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </div>
      <div class="filter">
        <label for="filter-status">{t('panel_filter_status')}</label>
        <select
          id="filter-status"
          value={filter.status}
          onChange={(event) => onChange({ ...filter, status: (event.currentTarget as HTMLSelectElement).value as ClaimFilter['status'] })}
        >
          <option value="all">{t('panel_filter_all_statuses')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** The reader's notes on the article's text (not on a figure). */
function FreeNotes({ idPrefix, notes }: { idPrefix: string; notes: AnnotationRecord[] }) {
  return (
    <section class="kind-group" aria-labelledby={`${idPrefix}-notes`}>
      <h3 id={`${idPrefix}-notes`} class="kind-heading">
        <Icon icon={StickyNote} />
        {t('panel_notes')}
        <span class="count">{formatNumber(notes.length)}</span>
      </h3>
      <ul>
        {notes.map((note) => (
          <li key={note.id} class="orphan">
            <q>{note.anchor.quote.exact}</q>
            {note.note && <span class="claim-note">{t('panel_note', note.note)}</span>}
            <span class={`tag status-${note.status}`}>{statusLabel(note.status)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Saved notes and figures whose text is gone from the page: listed, never dropped. */
function Orphans({ orphans }: { orphans: Array<AnnotationRecord | ClaimRecord> }) {
  return (
    <section class="orphans" aria-labelledby="orphans-title">
      <h2 id="orphans-title">
        <Icon icon={Unlink} />
        {t('panel_orphans')}
        <span class="count">{formatNumber(orphans.length)}</span>
      </h2>
      <p class="muted">{t('panel_orphans_hint')}</p>
      <ul>
        {orphans.map((orphan) => (
          <li key={orphan.id} class="orphan">
            {'note' in orphan ? (
              <>
                <q>{orphan.anchor.quote.exact}</q>
                {orphan.note && <span class="claim-note">{t('panel_note', orphan.note)}</span>}
                <span class={`tag status-${orphan.status}`}>{statusLabel(orphan.status)}</span>
              </>
            ) : (
              <>
                <mark>{orphan.text}</mark>
                <span class="claim-subject">{orphan.sentence}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
