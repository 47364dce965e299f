/** The export half of the panel: format, scope (everything or the dashboard's selection), progress, download. */
import { Download } from 'lucide';
import { useEffect, useId, useState } from 'preact/hooks';
import type { ExchangeSettings, ExportFormat } from '../utils/exchange/formats';
import type { ExchangeJobs } from '../utils/exchange/jobs';
import type { ExchangeStrings } from './exchange-strings';
import { Icon } from './Icon';

const FORMATS: ExportFormat[] = ['backup', 'csv', 'markdown', 'web-annotation', 'claim-review'];

type State =
  | { step: 'idle' }
  | { step: 'working'; done: number; total: number }
  | { step: 'done'; url: string; fileName: string; articles: number }
  | { step: 'failed'; message: string };

interface Props {
  jobs: ExchangeJobs;
  strings: ExchangeStrings;
  articleIds?: string[];
  loadSettings?: () => Promise<object>;
}

/** Hands a file to the browser's download: a click on a temporary link to an object URL. */
function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

export function ExportSection({ jobs, strings, articleIds, loadSettings }: Props) {
  const [format, setFormat] = useState<ExportFormat>('backup');
  const [selectionOnly, setSelectionOnly] = useState(articleIds !== undefined);
  const [state, setState] = useState<State>({ step: 'idle' });
  const id = useId();

  // The object URL holds the whole file in memory until revoked.
  useEffect(() => () => {
    if (state.step === 'done') URL.revokeObjectURL(state.url);
  }, [state]);

  async function run() {
    setState({ step: 'working', done: 0, total: 0 });
    try {
      // Settings live in browser.storage, which holds only JSON, so they are JSON here too.
      const settings = (loadSettings ? await loadSettings() : {}) as ExchangeSettings;
      const result = await jobs.exportLibrary(
        { format, settings, ...(selectionOnly && articleIds ? { articleIds } : {}) },
        (done, total) => setState({ step: 'working', done, total }),
      );
      const url = URL.createObjectURL(result.blob);
      download(url, result.fileName);
      setState({ step: 'done', url, fileName: result.fileName, articles: result.articles });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const working = state.step === 'working';
  return (
    <section class="exchange-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        <Icon icon={Download} size={18} class="exchange-icon" /> {strings.exportHeading}
      </h3>
      <fieldset disabled={working}>
        <legend>{strings.formatLegend}</legend>
        {FORMATS.map((f) => (
          <label key={f} class="exchange-choice">
            <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} aria-describedby={`${id}-${f}-hint`} />
            <span>{strings.formats[f][0]}</span>
            <small id={`${id}-${f}-hint`}>{strings.formats[f][1]}</small>
          </label>
        ))}
      </fieldset>
      {articleIds !== undefined && (
        <fieldset disabled={working}>
          <legend>{strings.scopeLegend}</legend>
          <label class="exchange-choice">
            <input type="radio" name={`${id}-scope`} checked={selectionOnly} onChange={() => setSelectionOnly(true)} />
            <span>{strings.scopeSelection(articleIds.length)}</span>
          </label>
          <label class="exchange-choice">
            <input type="radio" name={`${id}-scope`} checked={!selectionOnly} onChange={() => setSelectionOnly(false)} />
            <span>{strings.scopeAll}</span>
          </label>
        </fieldset>
      )}
      <button type="button" class="exchange-primary" onClick={run} disabled={working}>
        <Icon icon={Download} size={18} class="exchange-icon" /> {working ? strings.exporting : strings.exportButton}
      </button>
      {working && (
        <progress
          aria-label={strings.exportProgress}
          {...(state.total > 0 ? { value: state.done, max: state.total } : {})}
        />
      )}
      <p role="status" class="exchange-status">
        {state.step === 'done' && (
          <>
            {strings.exported(state.articles, state.fileName)}{' '}
            <a href={state.url} download={state.fileName}>
              {strings.downloadAgain}
            </a>
          </>
        )}
      </p>
      {state.step === 'failed' && (
        <p role="alert" class="exchange-error">
          {strings.exportFailed(state.message)}
        </p>
      )}
    </section>
  );
}
