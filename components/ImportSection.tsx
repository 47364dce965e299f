/**
 * The import half of the panel: a file picker that is also a drop zone, then either the reasons a
 * file was refused (nothing written) or a preview to confirm, then progress and a summary.
 */
import { FileUp, TriangleAlert, Upload } from 'lucide';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ExchangeSettings } from '../utils/exchange/formats';
import type { ApplyResult, ExchangeJobs, PlanPreview } from '../utils/exchange/jobs';
import type { ImportRefusal } from '../utils/exchange/problems';
import type { ExchangeStrings } from './exchange-strings';
import { Icon } from './Icon';
import { ImportPreview } from './ImportPreview';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'refused'; name: string; refusal: ImportRefusal }
  | { step: 'preview'; name: string; preview: PlanPreview }
  | { step: 'writing'; name: string; done: number; total: number }
  | { step: 'done'; result: ApplyResult; settingsRestored: boolean }
  | { step: 'failed'; message: string };

interface Props {
  jobs: ExchangeJobs;
  strings: ExchangeStrings;
  restoreSettings?: (settings: ExchangeSettings) => Promise<unknown>;
  onImported?: () => void;
}

export function ImportSection({ jobs, strings, restoreSettings, onImported }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [withSettings, setWithSettings] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLHeadingElement>(null);
  const id = useId();

  // A keyboard or screen-reader user lands on the preview or the refusal as soon as it appears.
  useEffect(() => {
    if (state.step === 'preview' || state.step === 'refused') outcome.current?.focus();
  }, [state.step]);

  async function read(file: File) {
    setState({ step: 'reading', name: file.name });
    try {
      const result = await jobs.prepareImport(file);
      setState(result.ok ? { step: 'preview', name: file.name, preview: result.preview } : { step: 'refused', name: file.name, refusal: result.refusal });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    // Choosing the same file again (after fixing it) must fire `change` again.
    if (input.current) input.current.value = '';
  }

  async function confirm(name: string, total: number) {
    setState({ step: 'writing', name, done: 0, total });
    try {
      const result = await jobs.applyImport({ restoreSettings: withSettings && restoreSettings !== undefined }, (done, all) =>
        setState({ step: 'writing', name, done, total: all }),
      );
      let settingsRestored = false;
      if (result.settings && restoreSettings) {
        await restoreSettings(result.settings);
        settingsRestored = true;
      }
      setState({ step: 'done', result, settingsRestored });
      if (result.written > 0) onImported?.();
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const busy = state.step === 'reading' || state.step === 'writing';
  return (
    <section class="exchange-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        <Icon icon={Upload} size={18} class="exchange-icon" /> {strings.importHeading}
      </h3>
      <label
        class={`exchange-drop${dragging ? ' exchange-drop-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer?.files[0];
          if (file && !busy) void read(file);
        }}
      >
        <Icon icon={FileUp} size={28} class="exchange-icon" />
        <span>{strings.dropZone}</span>
        <small id={`${id}-hint`}>{strings.dropHint}</small>
        <input
          ref={input}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-label={strings.chooseFile}
          aria-describedby={`${id}-hint`}
          disabled={busy}
          onChange={(event) => {
            const file = (event.currentTarget as HTMLInputElement).files?.[0];
            if (file) void read(file);
          }}
        />
      </label>

      <div role="status" class="exchange-status">
        {state.step === 'reading' && strings.reading(state.name)}
        {state.step === 'writing' && strings.importing}
        {state.step === 'done' && (
          <>
            {state.result.error === undefined ? strings.imported(state.result.written) : null}
            {state.settingsRestored && ` ${strings.settingsRestored}`}
          </>
        )}
      </div>
      {state.step === 'reading' && <progress aria-label={strings.readProgress} />}
      {state.step === 'writing' && (
        <progress aria-label={strings.readProgress} {...(state.total > 0 ? { value: state.done, max: state.total } : {})} />
      )}

      {state.step === 'refused' && (
        <div role="alert" class="exchange-error">
          <h4 ref={outcome} tabIndex={-1}>
            <Icon icon={TriangleAlert} size={18} class="exchange-icon" /> {strings.refusedHeading(state.name)}
          </h4>
          <p>{strings.refusedIntro}</p>
          <ul>
            {state.refusal.problems.map((problem, i) => (
              <li key={i}>{strings.problem(problem)}</li>
            ))}
          </ul>
          {state.refusal.total > state.refusal.problems.length && <p>{strings.moreProblems(state.refusal.total - state.refusal.problems.length)}</p>}
        </div>
      )}

      {state.step === 'preview' && (
        <div class="exchange-confirm" aria-labelledby={`${id}-preview`} role="region">
          <h4 id={`${id}-preview`} ref={outcome} tabIndex={-1}>
            {strings.previewHeading(state.name)}
          </h4>
          <ImportPreview preview={state.preview} strings={strings} />
          {state.preview.writes === 0 ? (
            <>
              <p>{strings.nothingNew}</p>
              <button type="button" onClick={() => setState({ step: 'idle' })}>
                {strings.close}
              </button>
            </>
          ) : (
            <>
              {state.preview.settings !== undefined && restoreSettings && (
                <label class="exchange-choice">
                  <input type="checkbox" checked={withSettings} onChange={(e) => setWithSettings((e.currentTarget as HTMLInputElement).checked)} />
                  <span>{strings.restoreSettings}</span>
                </label>
              )}
              <div class="exchange-buttons">
                <button type="button" class="exchange-primary" onClick={() => state.step === 'preview' && confirm(state.name, state.preview.writes)}>
                  <Icon icon={Upload} size={18} class="exchange-icon" /> {strings.confirm}
                </button>
                <button type="button" onClick={() => setState({ step: 'idle' })}>
                  {strings.cancel}
                </button>
              </div>
            </>
          )}
        </div>
      )}

      {state.step === 'done' && state.result.error !== undefined && (
        <p role="alert" class="exchange-error">
          {strings.partial(
            state.result.written,
            state.result.notWritten,
            state.result.error.name === 'StorageFullError' ? strings.storageFull : `${state.result.error.message}.`,
          )}
        </p>
      )}
      {state.step === 'failed' && (
        <p role="alert" class="exchange-error">
          {strings.workFailed(state.message)}
        </p>
      )}
    </section>
  );
}
