/**
 * Export and import for the dashboard: take the library out in the formats other tools read, bring
 * backups and other annotators' notes back in. The heavy work runs in a worker (utils/exchange/jobs.ts).
 *
 * The dashboard mounts it with its open library (`db`, whose name the worker opens too) and
 * `onLibraryChanged`; with the current filter or selection as `articleIds` it offers exporting just
 * those; `loadSettings`/`restoreSettings` connect the backup to the reader's settings.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { ExchangeSettings } from '../utils/exchange/formats';
import type { LibraryDB } from '../utils/store';
import { createExchangeJobs, type ExchangeJobs } from '../utils/exchange/jobs';
import { browserExchangeLocale, exchangeStrings, type ExchangeLocale } from './exchange-strings';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import './ExchangePanel.css';

export interface ExchangePanelProps {
  /** The dashboard's open library; absent: the default library. */
  db?: LibraryDB;
  /** The articles of the dashboard's current filter or selection; absent: the panel exports everything. */
  articleIds?: string[];
  locale?: ExchangeLocale;
  /** Where the work runs; the default is a worker, falling back to this thread. */
  jobs?: ExchangeJobs;
  /** The reader's settings, to include in a full backup (utils/settings `loadSettings` fits). */
  loadSettings?: () => Promise<object>;
  /** Applies settings restored from a backup, only when the reader ticks the box; validate them here (e.g. `parseSettings`). */
  restoreSettings?: (settings: ExchangeSettings) => Promise<unknown>;
  /** Called after an import wrote something, so the dashboard can reload the library. */
  onLibraryChanged?: () => void;
}

export function ExchangePanel({ db, articleIds, locale, jobs: given, loadSettings, restoreSettings, onLibraryChanged }: ExchangePanelProps) {
  const strings = exchangeStrings(locale ?? browserExchangeLocale());
  const jobs = useMemo(() => given ?? createExchangeJobs(db), [given, db]);
  useEffect(() => () => {
    if (!given) jobs.dispose();
  }, [jobs, given]);
  return (
    <section class="exchange-panel" aria-labelledby="exchange-panel-title" lang={locale ?? browserExchangeLocale()}>
      <h2 id="exchange-panel-title">{strings.title}</h2>
      <div class="exchange-columns">
        <ExportSection jobs={jobs} strings={strings} articleIds={articleIds} loadSettings={loadSettings} />
        <ImportSection jobs={jobs} strings={strings} restoreSettings={restoreSettings} onImported={onLibraryChanged} />
      </div>
    </section>
  );
}
