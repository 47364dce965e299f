/**
 * "Analyze a text": paste text or drop a .txt/.html file, run the same pipeline as on pages, look at
 * the articles and figures found, and save them to the library with the file name as their source.
 */
import { FileUp, LoaderCircle, Save, ScanText } from 'lucide';
import { useState } from 'preact/hooks';
import { formatList, formatNumber, labelled } from '../utils/i18n';
import { saveArticle } from '../utils/store';
import { analyseForLibrary, textOfFile, UnreadableFileError, type AnalysedText } from '../utils/store/analysed-file';
import { valueWithUnit } from './ArticleDetail';
import { articleTitle, s, sCount } from './dashboard-strings';
import { Icon } from './Icon';
import type { Notify } from './Toast';
import type { Library } from './useLibrary';

interface Props {
  library: Library;
  notify: Notify;
  onOpenArticle(id: string): void;
}

type Phase = { status: 'idle' } | { status: 'analysing' } | { status: 'error'; message: string } | { status: 'done'; result: AnalysedText };

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

export function AnalyzeText({ library, notify, onOpenArticle }: Props) {
  const [text, setText] = useState('');
  const [sourceName, setSourceName] = useState('');
  const [phase, setPhase] = useState<Phase>({ status: 'idle' });
  const [savedIds, setSavedIds] = useState<Set<string>>(new Set());
  const [dragging, setDragging] = useState(false);

  const readFile = async (file: File) => {
    try {
      const content = textOfFile(file.name, new Uint8Array(await file.arrayBuffer()), parseHtml);
      setText(content);
      setSourceName(file.name);
      setPhase({ status: 'idle' });
    } catch (error) {
      const message = error instanceof UnreadableFileError ? s(error.reason === 'charset' ? 'badCharset' : 'badFile', file.name) : String(error);
      setPhase({ status: 'error', message });
    }
  };

  const analyse = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setPhase({ status: 'error', message: s('emptyText') });
    setPhase({ status: 'analysing' });
    setSavedIds(new Set());
    // Let "Analysing…" paint before the synchronous pipeline runs.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      setPhase({ status: 'done', result: analyseForLibrary(text, sourceName.trim() || s('pastedText')) });
    } catch (error) {
      setPhase({ status: 'error', message: s('analyzeFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  const save = async (result: AnalysedText, indexes: number[]) => {
    for (const i of indexes) {
      const saved = result.saved[i];
      const outcome = await library.write((db) => saveArticle(db, saved));
      if (!outcome.ok) {
        notify({ message: outcome.message, error: true });
        return;
      }
      setSavedIds((ids) => new Set(ids).add(saved.article.id));
    }
    notify({ message: labelled(s('savedArticle'), formatList(indexes.map((i) => articleTitle(result.saved[i].article)))) });
  };

  return (
    <div class="analyze-view">
      <h2>{s('analyzeTitle')}</h2>
      <p class="muted">{s('analyzeHelp')}</p>
      <form onSubmit={(e) => void analyse(e)} class="analyze-form">
        <div
          class={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer?.files[0];
            if (file) void readFile(file);
          }}
        >
          <Icon icon={FileUp} size={20} /> {s('dropHere')}{' '}
          <label class="file-label">
            {s('chooseFile')}
            <input
              type="file"
              accept=".txt,.text,.md,.html,.htm,.xhtml,text/plain,text/html"
              class="visually-hidden"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void readFile(file);
              }}
            />
          </label>
        </div>
        <label class="block-label">
          {s('pasteLabel')}
          <textarea rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <div class="analyze-actions">
          <label>
            {s('sourceName')}
            <input value={sourceName} placeholder={s('pastedText')} onInput={(e) => setSourceName(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary" disabled={phase.status === 'analysing'}>
            <Icon icon={phase.status === 'analysing' ? LoaderCircle : ScanText} class={phase.status === 'analysing' ? 'spin' : undefined} />{' '}
            {phase.status === 'analysing' ? s('analyzing') : s('analyze')}
          </button>
        </div>
      </form>
      {phase.status === 'error' ? (
        <p role="alert" class="error">
          {phase.message}
        </p>
      ) : null}
      {phase.status === 'done' ? <Results result={phase.result} savedIds={savedIds} onSave={(i) => void save(phase.result, i)} onOpenArticle={onOpenArticle} /> : null}
    </div>
  );
}

function Results(props: { result: AnalysedText; savedIds: Set<string>; onSave(indexes: number[]): void; onOpenArticle(id: string): void }) {
  const { result, savedIds } = props;
  if (result.saved.length === 0) return <p class="empty">{s('noArticlesFound')}</p>;
  const unsaved = result.saved.map((_, i) => i).filter((i) => !savedIds.has(result.saved[i].article.id));
  return (
    <section aria-labelledby="found-heading" class="analyze-results">
      <div class="results-head">
        <h3 id="found-heading">
          {sCount('foundArticles', result.saved.length)}
        </h3>
        <button type="button" class="primary" disabled={unsaved.length === 0} onClick={() => props.onSave(unsaved)}>
          <Icon icon={Save} /> {s('saveAll')}
        </button>
      </div>
      <ol class="found-articles">
        {result.saved.map(({ article, claims }, i) => {
          const analysis = result.analyses[i];
          const lang = article.language === 'zh' ? 'zh-CN' : 'en';
          const saved = savedIds.has(article.id);
          return (
            <li key={article.id} class="found-article">
              <h4 lang={article.title.trim() ? lang : undefined}>{articleTitle(article)}</h4>
              <p class="muted">
                {article.regions.map((r) => r.name).join('、') || '—'} · {s('relevance', formatNumber(analysis.relevance, { style: 'percent', maximumFractionDigits: 0 }))} ·{' '}
                {sCount('claimsCount', claims.length)}
              </p>
              <ul class="found-claims" lang={lang}>
                {claims.slice(0, 30).map((claim) => (
                  <li key={claim.id} title={claim.sentence}>
                    <strong>{claim.text}</strong> {claim.subject}{' '}
                    <span class="muted">
                      ({valueWithUnit(claim.value, claim.unit)})
                    </span>
                  </li>
                ))}
              </ul>
              {saved ? (
                <p>
                  {s('savedArticle')} ·{' '}
                  <a
                    href={`#article=${encodeURIComponent(article.id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      props.onOpenArticle(article.id);
                    }}
                  >
                    {s('viewInLibrary')}
                  </a>
                </p>
              ) : (
                <button type="button" onClick={() => props.onSave([i])}>
                  <Icon icon={Save} /> {s('saveArticle')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
