/**
 * zod schemas of what an import may contain: our records (utils/store/types.ts), the backup around
 * them, W3C Web Annotations and Hypothesis's export. Every string and array has a bound
 * (../formats.ts IMPORT_LIMITS); URLs must be web or file addresses, never `javascript:` or `data:`;
 * colours must be plain CSS colour values. Unknown keys are dropped. Text may hold anything
 * (including `<script>`): the product only ever shows it as text.
 */
import { z } from 'zod';
import type { LineClaim, LineNote } from '../../store/lines';
import type { AnnotationRecord, ArticleRecord, ClaimRecord, WithCompactAnchor } from '../../store/types';
import { INVALID, withParser } from 'zod/v4/core';
import { BACKUP_FORMAT, BACKUP_VERSION, IMPORT_LIMITS as L, LAST_FLAT_BACKUP_VERSION, OLDEST_BACKUP_VERSION } from '../formats';
import { parseAnnotations, parseArticles, parseClaims, parseSavedArticle } from './parsers.generated';
import { isSafeColor, isSafeUrl, isWebUrl } from './refinements';

// Extension pages forbid eval. zod would probe with `new Function` anyway, and the blocked probe is
// reported as a CSP violation on the extension's error page; without the probe it validates the same.
z.config({ jitless: true });

const shortText = z.string().max(L.shortText);
const longText = z.string().max(L.longText);
const id = shortText.min(1);
const time = z.number().finite().nonnegative();
const isoDate = z.string().max(40);

export const UNSAFE_URL = 'unsafe-url';
export const UNSAFE_COLOR = 'unsafe-color';

const url = z.string().max(L.url).refine(isSafeUrl, { message: UNSAFE_URL });
const webUrl = z.string().max(L.url).refine(isWebUrl, { message: UNSAFE_URL });
const color = z.string().max(64).refine(isSafeColor, { message: UNSAFE_COLOR });

const region = z.object({
  name: shortText,
  code: shortText,
  level: z.enum(['province', 'city', 'county', 'town']),
  path: z.array(shortText).max(10),
});

const textQuoteSelector = z.object({ type: z.literal('TextQuoteSelector'), exact: longText, prefix: longText, suffix: longText });
const textPositionSelector = z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
// A backup from version 2 on may leave out a quote its article's text gives back (../formats.ts BACKUP_VERSION).
const anchor = z.object({ quote: textQuoteSelector.optional(), position: textPositionSelector });

const articleEditable = z.enum(['title', 'date', 'site', 'regions', 'tags', 'byline']);
const claimEditable = z.enum(['value', 'unit', 'kind', 'subject', 'approx']);
const tags = z.array(shortText).max(L.tagsPerNote);

const articleSchema = z.object({
  id,
  url,
  canonicalUrl: url,
  title: longText,
  site: shortText,
  date: isoDate.optional(),
  byline: longText.optional(),
  editor: longText.optional(),
  language: z.enum(['zh', 'en']),
  regions: z.array(region).max(L.regionsPerArticle),
  relevance: z.number().finite(),
  isRegionalDevelopment: z.boolean(),
  textHash: shortText,
  text: z.string().max(L.articleText),
  source: z.enum(['page', 'file', 'import']),
  savedAt: time,
  updatedAt: time,
  tags: tags.optional(),
  edited: z.array(articleEditable).max(20).optional(),
}) satisfies z.ZodType<ArticleRecord>;

const claimSchema = z.object({
  id,
  articleId: id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: longText,
  value: z.number().finite(),
  unit: shortText,
  kind: z.enum(['area', 'length', 'volume', 'weight', 'count', 'percent', 'money', 'duration', 'power', 'other']),
  approx: z.enum(['exact', 'approx', 'at_least', 'at_most']),
  siValue: z.number().finite(),
  siUnit: shortText,
  subject: longText,
  sentence: longText,
  change: z.enum(['increase', 'decrease']).optional(),
  range: z.object({ low: z.number().finite(), high: z.number().finite() }).optional(),
  anchor,
  origin: z.enum(['engine', 'reader']),
  dismissed: z.boolean().optional(),
  edited: z.array(claimEditable).max(20).optional(),
  updatedAt: time,
}) satisfies z.ZodType<WithCompactAnchor<ClaimRecord>>;

export const factCheckStatus = z.enum(['unverified', 'verified', 'disputed', 'wrong']);

const annotationSchema = z.object({
  id,
  articleId: id,
  claimId: id.optional(),
  anchor,
  note: longText,
  tags,
  color: color.optional(),
  status: factCheckStatus,
  correctedValue: z.number().finite().optional(),
  evidenceUrl: url.optional(),
  createdAt: time,
  updatedAt: time,
}) satisfies z.ZodType<WithCompactAnchor<AnnotationRecord>>;

/** Settings stay opaque here (their owner validates them on use): any JSON object, small. */
const settings = z
  .record(shortText, z.json())
  .refine((v) => JSON.stringify(v).length <= L.settingsBytes, { message: 'settings-too-large' });

const offset = z.number().int().nonnegative();

/**
 * A claim and a note as a saved article's line holds them (backup version 4, utils/store/lines.ts): what
 * the article gives back may be left out, its id, a sentence its text holds (`sentenceAt` says where)
 * and an anchor on the claim's own span. ./read.ts puts them back, and checks `sentenceAt` against the text.
 */
const lineClaimSchema = claimSchema.extend({
  articleId: id.optional(),
  sentence: longText.optional(),
  sentenceAt: z.tuple([offset, offset]).optional(),
  anchor: anchor.optional(),
}) satisfies z.ZodType<LineClaim>;
const lineNoteSchema = annotationSchema.extend({ articleId: id.optional() }) satisfies z.ZodType<LineNote>;

/** A saved article of a backup from version 3 on, as its line holds it. */
export const savedArticleSchema = z.object({
  article: articleSchema,
  claims: z.array(lineClaimSchema).max(L.claims),
  annotations: z.array(lineNoteSchema).max(L.annotations),
});

/**
 * The record arrays of versions 1 and 2 of a backup. ./compile-parsers.ts compiles each, and a saved
 * article of version 3 on, which is checked one at a time (./read.ts checks a backup read by its lines
 * as each line is read).
 */
export const backupArrays = {
  articles: z.array(articleSchema).max(L.articles),
  claims: z.array(claimSchema).max(L.claims),
  annotations: z.array(annotationSchema).max(L.annotations),
};

/**
 * A backup holds hundreds of thousands of records, and zod's interpreter (all an extension page may
 * run: no eval) spends seconds on them. So each array first goes through a parser zod compiled from
 * the very schema above, ahead of time (./parsers.generated.ts); a file it does not accept goes on
 * to the schema itself, so what is accepted, and every message about what is not, stays zod's.
 */
const compiledAs = <T extends z.ZodType>(schema: T, parser: (input: unknown) => unknown) =>
  withParser(schema, parser as (input: unknown) => z.output<T> | typeof INVALID);

const backupHeader = { format: z.literal(BACKUP_FORMAT), exportedAt: isoDate, settings: settings.optional() };

/** A backup from version 3 on without its saved articles (checked apart, a line at a time, when read by its lines). */
export const backupHeaderSchema = z.object({
  ...backupHeader,
  version: z.number().int().min(LAST_FLAT_BACKUP_VERSION + 1).max(BACKUP_VERSION),
});

/** A backup from version 3 on: one saved article a line. */
export const backupSchema = backupHeaderSchema.extend({ saved: z.array(compiledAs(savedArticleSchema, parseSavedArticle)).max(L.articles) });

/** A backup of version 1 or 2: articles, claims and notes listed apart. */
export const flatBackupSchema = z.object({
  ...backupHeader,
  version: z.number().int().min(OLDEST_BACKUP_VERSION).max(LAST_FLAT_BACKUP_VERSION),
  articles: compiledAs(backupArrays.articles, parseArticles),
  claims: compiledAs(backupArrays.claims, parseClaims),
  annotations: compiledAs(backupArrays.annotations, parseAnnotations),
});

// W3C Web Annotation (https://www.w3.org/TR/annotation-model/). The model allows a value or an array
// almost everywhere; these schemas accept both and the reader normalises.
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).max(1000)]);

const w3cSelector = z.union([
  textQuoteSelector.extend({ prefix: longText.optional(), suffix: longText.optional() }),
  textPositionSelector,
  z.object({ type: shortText }),
]);

const w3cBody = z.union([
  z.object({
    type: z.literal('TextualBody').optional(),
    value: longText,
    purpose: shortText.optional(),
    format: shortText.optional(),
    'ff:correctedValue': z.number().finite().optional(),
  }),
  z.object({ id: webUrl, purpose: shortText.optional() }),
  longText,
]);

const w3cAnnotationSchema = z.object({
  id: shortText.optional(),
  type: z.union([z.literal('Annotation'), z.array(shortText).max(10)]),
  created: isoDate.optional(),
  modified: isoDate.optional(),
  body: oneOrMany(w3cBody).optional(),
  bodyValue: longText.optional(),
  target: oneOrMany(
    z.union([
      url,
      z.object({ source: url, selector: oneOrMany(w3cSelector).optional() }),
    ]),
  ),
  'ff:articleId': id.optional(),
  'ff:articleTitle': longText.optional(),
  'ff:claimId': id.optional(),
  'ff:color': color.optional(),
});

export const w3cItemsSchema = z.array(w3cAnnotationSchema).max(L.annotations);

// Hypothesis (https://h.readthedocs.io/en/latest/api-reference/): the client's "Export annotations"
// file is { export_date, export_userid, client_version, annotations: [...] }; the search API returns
// { total, rows: [...] }. Each annotation has `uri`, `text`, `tags`, `target[].selector[]`.
const hypothesisAnnotationSchema = z.object({
  id: id,
  created: isoDate.optional(),
  updated: isoDate.optional(),
  uri: url,
  text: longText.optional(),
  tags: tags.optional(),
  target: z
    .array(z.object({ source: url.optional(), selector: z.array(w3cSelector).max(20).optional() }))
    .max(20)
    .optional(),
  document: z.object({ title: z.array(longText).max(20).optional() }).optional(),
  references: z.array(shortText).max(1000).optional(),
});

export const hypothesisItemsSchema = z.array(hypothesisAnnotationSchema).max(L.annotations);

export type BackupFile = z.infer<typeof backupSchema>;
export type FlatBackupFile = z.infer<typeof flatBackupSchema>;
export type W3CAnnotationInput = z.infer<typeof w3cAnnotationSchema>;
export type HypothesisAnnotation = z.infer<typeof hypothesisAnnotationSchema>;
