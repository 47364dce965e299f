/**
 * The comparison tab: choose a metric (kind, unit and subject words, or one of the suggested
 * metrics), then read its figures across articles, regions and dates as a table and charts.
 */
import { ChartColumn, LoaderCircle, TriangleAlert } from 'lucide';
import { useMemo, useState } from 'preact/hooks';
import { compareMetric, suggestMetrics, type Comparison, type Metric } from '../utils/comparison/compare';
import { displayUnits } from '../utils/comparison/units';
import { currentLocale } from '../utils/i18n';
import type { ClaimKind } from '../utils/quantities/types';
import { unitLabel } from './ArticleDetail';
import { CompareChart } from './CompareChart';
import { CompareTable } from './CompareTable';
import { s, sCount, type StringKey } from './dashboard-strings';
import { Icon } from './Icon';
import type { Library } from './useLibrary';

interface Props {
  library: Library;
  onOpenArticle(id: string): void;
}

export function CompareView({ library, onOpenArticle }: Props) {
  const ready = library.state.status === 'ready' ? library.state : null;
  const zh = currentLocale() === 'zh-CN';
  const families = useMemo(() => {
    const byKind = new Map<ClaimKind, string[]>();
    for (const key of ready?.comparison.groups.keys() ?? []) {
      const [kind, family] = key.split('|') as [ClaimKind, string];
      byKind.set(kind, [...(byKind.get(kind) ?? []), family]);
    }
    return byKind;
  }, [ready?.comparison]);
  const suggestions = useMemo(() => (ready ? suggestMetrics(ready.comparison) : []), [ready?.comparison]);

  const [draft, setDraft] = useState<Metric>({ kind: 'area', family: 'm2', words: '' });
  const [metric, setMetric] = useState<Metric | null>(null);
  const [unitCode, setUnitCode] = useState<string | null>(null);

  const comparison: Comparison | null = useMemo(() => {
    if (!ready || !metric) return null;
    const result = compareMetric(ready.comparison, metric);
    const chosen = displayUnits(metric.family).find((u) => u.code === unitCode);
    return chosen ? { ...result, unit: chosen } : result;
  }, [ready?.comparison, metric, unitCode]);

  if (!ready) {
    return (
      <p class="empty" role="status">
        <Icon icon={LoaderCircle} class="spin" /> {library.state.status === 'error' ? library.state.message : s('loadingIndex')}
      </p>
    );
  }

  const run = (next: Metric) => {
    setDraft(next);
    setMetric(next);
    setUnitCode(null);
  };
  const kinds = [...families.keys()];
  const familyOptions = families.get(draft.kind) ?? [];
  const familyName = (family: string) => unitLabel(family, zh);
  const articleCount = comparison ? new Set(comparison.rows.map((r) => r.article.id)).size : 0;

  return (
    <div class="compare-view">
      <section aria-labelledby="compare-heading" class="metric-picker">
        <h2 id="compare-heading">{s('compareTitle')}</h2>
        <form
          class="metric-form"
          onSubmit={(event) => {
            event.preventDefault();
            run({ ...draft, family: familyOptions.includes(draft.family) ? draft.family : familyOptions[0] ?? draft.family });
          }}
        >
          <label>
            {s('metricKind')}
            <select
              value={draft.kind}
              onChange={(e) => {
                const kind = e.currentTarget.value as ClaimKind;
                setDraft({ ...draft, kind, family: families.get(kind)?.[0] ?? draft.family });
              }}
            >
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {s(`kind_${kind}` as StringKey)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {s('metricFamily')}
            <select value={draft.family} onChange={(e) => setDraft({ ...draft, family: e.currentTarget.value })}>
              {familyOptions.map((family) => (
                <option key={family} value={family}>
                  {familyName(family)}
                </option>
              ))}
            </select>
          </label>
          <label class="grow">
            {s('metricWords')}
            <input value={draft.words} placeholder={s('metricWordsPlaceholder')} onInput={(e) => setDraft({ ...draft, words: e.currentTarget.value })} />
          </label>
          <button type="submit" class="primary">
            <Icon icon={ChartColumn} /> {s('compare')}
          </button>
        </form>
        <h3>{s('suggested')}</h3>
        {suggestions.length === 0 ? (
          <p class="muted">{s('noSuggestions')}</p>
        ) : (
          <ul class="suggestions">
            {suggestions.map((suggestion) => (
              <li key={`${suggestion.metric.kind}|${suggestion.metric.family}|${suggestion.metric.words}`}>
                <button
                  type="button"
                  aria-pressed={metric?.words === suggestion.metric.words && metric.family === suggestion.metric.family ? 'true' : 'false'}
                  title={suggestion.subjects.join('、')}
                  onClick={() => run(suggestion.metric)}
                >
                  {suggestion.metric.words}
                  <span class="muted">
                    {' '}
                    · {s(`kind_${suggestion.metric.kind}` as StringKey)} · {s('rowsCount', suggestion.claims, suggestion.articles)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {comparison ? (
        <section aria-label={comparison.metric.words || s('compareTitle')} class="comparison">
          <div class="comparison-head">
            <p role="status">{comparison.rows.length ? s('rowsCount', comparison.rows.length, articleCount) : s('noRows')}</p>
            {comparison.rows.length ? (
              <label>
                {s('showIn')}
                <select value={comparison.unit.code} onChange={(e) => setUnitCode(e.currentTarget.value)}>
                  {displayUnits(comparison.metric.family).map((u) => (
                    <option key={u.code} value={u.code}>
                      {zh ? u.zh : u.en || u.zh}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
          {comparison.conflicts.length ? (
            <p class="conflict-note">
              <Icon icon={TriangleAlert} /> {sCount('conflictsFound', comparison.conflicts.length)}
            </p>
          ) : null}
          {comparison.rows.length ? (
            <>
              <CompareChart comparison={comparison} />
              <div class="table-scroll">
                <CompareTable comparison={comparison} onOpenArticle={onOpenArticle} />
              </div>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
