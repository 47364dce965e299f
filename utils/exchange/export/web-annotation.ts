/**
 * Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD, so other
 * annotators and triple stores can read them. Each note targets its article's URL with a
 * TextQuoteSelector and a TextPositionSelector; its bodies are the note (TextualBody, purpose
 * "commenting"), one body per tag (purpose "tagging"), the fact-check status (purpose "assessing")
 * and the evidence link (purpose "linking").
 *
 * What the model has no term for (our article and claim ids, the highlight colour, a corrected value)
 * goes under the `ff:` prefix declared in the context, so our own import restores a note exactly while
 * other tools ignore the extra terms.
 */
import type { AnnotationRecord, ArticleRecord, SavedArticle } from '../../store/types';
import { throttledProgress, type Progress } from './progress';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our extension terms live under a URN: they name things, nothing needs to be fetched. */
export const FF_NAMESPACE = 'urn:figure-finder:terms:';
export const ANNOTATION_ID_PREFIX = 'urn:figure-finder:annotation:';

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging' | 'assessing';
  format?: 'text/plain';
  'ff:correctedValue'?: number;
}

export interface W3CLinkBody {
  id: string;
  purpose: 'linking';
}

export type W3CBody = W3CTextualBody | W3CLinkBody;

export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting' | 'assessing';
  created: string;
  modified: string;
  body: W3CBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'ff:articleId': string;
  'ff:articleTitle': string;
  'ff:claimId'?: string;
  'ff:color'?: string;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function toWebAnnotation(annotation: AnnotationRecord, article: ArticleRecord): W3CAnnotation {
  const body: W3CBody[] = [];
  if (annotation.note !== '') body.push({ type: 'TextualBody', value: annotation.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const assessing: W3CTextualBody = { type: 'TextualBody', value: annotation.status, purpose: 'assessing' };
  if (annotation.correctedValue !== undefined) assessing['ff:correctedValue'] = annotation.correctedValue;
  body.push(assessing);
  if (annotation.evidenceUrl) body.push({ id: annotation.evidenceUrl, purpose: 'linking' });
  const { quote, position } = annotation.anchor;
  const result: W3CAnnotation = {
    id: ANNOTATION_ID_PREFIX + annotation.id,
    type: 'Annotation',
    motivation: annotation.status !== 'unverified' ? 'assessing' : annotation.note !== '' ? 'commenting' : 'highlighting',
    created: iso(annotation.createdAt),
    modified: iso(annotation.updatedAt),
    body,
    target: {
      source: article.url,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    'ff:articleId': article.id,
    'ff:articleTitle': article.title,
  };
  if (annotation.claimId !== undefined) result['ff:claimId'] = annotation.claimId;
  if (annotation.color !== undefined) result['ff:color'] = annotation.color;
  return result;
}

/**
 * An AnnotationCollection with all notes on one embedded page (the model's way to ship a set of
 * annotations in one document), streamed one annotation per chunk line.
 */
export function* webAnnotationChunks(saved: readonly SavedArticle[], exportedAt: Date, progress?: Progress): Generator<string> {
  const report = throttledProgress(progress, saved.length);
  const total = saved.reduce((sum, s) => sum + s.annotations.length, 0);
  const context = JSON.stringify([W3C_CONTEXT, { ff: FF_NAMESPACE }]);
  yield `{"@context":${context},"type":"AnnotationCollection","label":"Figure Finder notes","total":${total},` +
    `"generated":${JSON.stringify(exportedAt.toISOString())},\n"first":{"type":"AnnotationPage","startIndex":0,"items":[`;
  let first = true;
  let done = 0;
  for (const s of saved) {
    const lines: string[] = [];
    for (const a of s.annotations) {
      lines.push((first ? '\n' : ',\n') + JSON.stringify(toWebAnnotation(a, s.article)));
      first = false;
    }
    if (lines.length > 0) yield lines.join('');
    report(++done);
  }
  yield '\n]}}\n';
}
