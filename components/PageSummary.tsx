/**
 * One article of the page as the popup shows it: whether it is about regional development and why
 * (the relevance signals), the places it is about, and how many figures of each kind it holds.
 */
import { CircleCheck, CircleDashed, MapPin } from 'lucide';
import { formatList, formatNumber, labelled, t, type MessageKey } from '../utils/i18n';
import type { PageArticle } from '../utils/messages';
import type { ClaimKind } from '../utils/quantities/types';
import { CLAIM_KINDS } from '../utils/settings';
import { Icon } from './Icon';

export function kindLabel(kind: ClaimKind): string {
  return t(`kind_${kind}` as MessageKey);
}

interface PageSummaryProps {
  article: PageArticle;
  colors: Record<ClaimKind, string>;
}

/** Where the article comes from, as the page credits it: date, reporters, outlet, editor (those it gives). */
export function ArticleCredits({ article }: { article: PageArticle }) {
  const credits = [
    article.date,
    article.byline,
    article.source && t('popup_source', article.source),
    article.editor && t('popup_editor', article.editor),
  ].filter((credit): credit is string => Boolean(credit));
  if (credits.length === 0) return null;
  return <p class="credits muted">{credits.join(' · ')}</p>;
}

export function PageSummary({ article, colors }: PageSummaryProps) {
  const figures = article.claims.filter((claim) => !claim.dismissed).length;
  const headingId = `article-${article.index}-title`;
  return (
    <section class="article-summary" aria-labelledby={headingId}>
      <h2 id={headingId} class="article-title">
        {article.title.trim() || t('common_untitled')}
      </h2>
      <ArticleCredits article={article} />
      <p class={article.isRegionalDevelopment ? 'verdict verdict-yes' : 'verdict verdict-no'}>
        <Icon icon={article.isRegionalDevelopment ? CircleCheck : CircleDashed} />
        <span>{article.isRegionalDevelopment ? t('popup_regional') : t('popup_not_regional')}</span>
        <span class="muted">{t('popup_relevance', formatNumber(Math.round(article.relevance * 100)))}</span>
      </p>
      {article.signals && article.signals.length > 0 && (
        <details class="signals">
          <summary>{t('popup_why')}</summary>
          <ul>
            {article.signals.map((signal) => (
              <li key={signal}>{signal}</li>
            ))}
          </ul>
        </details>
      )}
      {article.regions.length > 0 && (
        <p class="regions">
          <Icon icon={MapPin} />
          <span class="visually-hidden">{labelled(t('popup_regions'))}</span>
          {formatList(article.regions.map((region) => region.name))}
        </p>
      )}
      <p class="figure-total">{t('popup_figures', formatNumber(figures))}</p>
      {figures > 0 && (
        <ul class="kind-counts" aria-label={t('popup_counts_by_kind')}>
          {CLAIM_KINDS.filter((kind) => article.countsByKind[kind]).map((kind) => (
            <li key={kind}>
              <span class="swatch" style={{ background: colors[kind] }} aria-hidden="true" />
              <span>{kindLabel(kind)}</span>
              <span class="count">{formatNumber(article.countsByKind[kind] ?? 0)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
