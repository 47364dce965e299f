/**
 * How much an article reads like regional-development / public-policy news, from evidence a reader
 * can check: development and policy words, government bodies, places, and the kinds of figures it
 * gives (land areas and money are the currency of development news). Sports reports, reviews,
 * recipes and entertainment are full of numbers too; their own vocabulary counts against them.
 */
import type { Claim, ClaimKind, Language } from '../quantities/types';
import type { Region } from './types';
import { adminMentions } from './admin-mentions';
import { alternation, OFF_TOPIC_GROUPS, TERM_TABLES, type TermGroup } from './vocabulary';
import { toSimplified } from '../hanzi/traditional';

export interface RelevanceInput {
  /** The article's text without captions, credits and bylines. */
  text: string;
  title: string;
  language: Language;
  claims: readonly Pick<Claim, 'kind' | 'unit'>[];
  /** Places resolved by the gazetteer, when it was run: shown as a reason, not scored, so that the content
   * script (which has no gazetteer) and the command line reach the same verdict. */
  regions?: readonly Region[];
  /**
   * The byline and the source line (`来源：XX县发展和改革局`, `岳西县人民政府县长　汪明远`), which `text` leaves out. Read for
   * government bodies only: a notice or a report issued by a bureau seldom names the bureau in its body.
   */
  issuer?: string;
}

export interface Relevance {
  relevance: number;
  isRegionalDevelopment: boolean;
  /** One line per kind of evidence, most telling first, e.g. "policy terms: 用地 ×12, 产业园 ×8". */
  signals: string[];
}

/** relevance ≥ this is a yes. */
export const RELEVANCE_THRESHOLD = 0.5;

/** Evidence at which the score crosses 0.5, and how quickly it saturates around it. */
const MIDPOINT = 14;
const SPREAD = 5;
/** Off-topic words outweigh policy words: a match report that mentions the city's government is still sport. */
const OFF_TOPIC_FACTOR = 1.5;
/** Words in the headline say what the article is about more surely than words in passing. */
const TITLE_FACTOR = 2;

/** What each kind of figure says about the article (land and money: development; counts and shares: policy). */
const CLAIM_WEIGHT: Partial<Record<ClaimKind, number>> = { area: 1.5, money: 1, percent: 0.3, count: 0.3, power: 0.5 };
const MAX_CLAIM_EVIDENCE = 8;
const PLACE_WEIGHT = 1.5;
const MAX_PLACE_EVIDENCE = 6;

/**
 * Regional news names the place below the nation it is about. English does so for readers abroad (Anji county,
 * Zhejiang province, the district, the zone). A text that names none (a commentary on China's economy, a national
 * policy round-up) speaks of investment and infrastructure for the nation as a whole, so however many such words it
 * has, it stays below the threshold. `cities` and `provinces` in the plural do not count: a national commentary
 * speaks of the country's cities and provinces as a whole ("homes in the cities where they work", "provinces were
 * told to"); villages and counties in the plural are where regional stories go.
 *
 * Chinese names its county without the suffix often (萧山, 桐乡, 嘉兴), which only the gazetteer knows, and the content
 * script does not load it. So a Chinese text is held to the ceiling only when it speaks of the nation (全国, 我国, 各地,
 * 国务院) more than once, a county's 全国首个 or 全国百强 being once, and of nothing below it: no division by its full
 * name (临安区, 埭溪镇: adminMentions), and no 全县, 我市, 县委 or 镇政府, the words by which a local article speaks of its
 * own place and the bodies that govern it.
 */
const EN_PLACE_BELOW_NATION =
  /\b(?:province|city|county|counties|districts?|prefectures?|townships?|towns?|villages?|autonomous regions?|special administrative regions?|new areas?|zones?)\b/;
const ZH_LOCAL_SCOPE =
  /[全我本该][省市县区镇乡]|[省市县区]委|[镇乡]党委|党工委|[省市县区镇乡]政府|管委会|村委会|街道办/;
const ZH_NATIONAL_SCOPE = /全国|我国|各地|国务院|中央|财政部|国家发展改革委|国家统计局/g;
const MIN_NATIONAL_MENTIONS = 2;
/** The highest score a text that names no place below the nation can reach (relevance about 0.27). */
const NO_PLACE_CEILING = MIDPOINT - SPREAD;

function namesPlaceBelowNation(title: string, text: string, language: Language, divisions: number): boolean {
  if (language === 'en') return EN_PLACE_BELOW_NATION.test(`${title}\n${text}`.toLowerCase());
  const all = `${title}\n${text}`;
  const national = all.match(ZH_NATIONAL_SCOPE)?.length ?? 0;
  return national < MIN_NATIONAL_MENTIONS || divisions > 0 || adminMentions(title, language).length > 0 || ZH_LOCAL_SCOPE.test(all);
}

interface CompiledTable {
  group: TermGroup;
  weight: number;
  pattern: RegExp;
}

/**
 * Each language's tables as patterns, built on first use (a Chinese page never needs the English
 * ones). English is matched against lowercased text rather than with the `i` flag, which is slower
 * to build and to run.
 */
const compiled: Partial<Record<Language, CompiledTable[]>> = {};
function tablesOf(language: Language): CompiledTable[] {
  return (compiled[language] ??= TERM_TABLES.filter((table) => table.language === language).map((table) => {
    const alternatives = alternation(language === 'en' ? table.terms.map((term) => term.toLowerCase()) : table.terms);
    const pattern = language === 'en' ? new RegExp(`\\b(?:${alternatives})\\b`, 'g') : new RegExp(alternatives, 'g');
    return { group: table.group, weight: table.weight, pattern };
  }));
}

interface Hit {
  group: TermGroup;
  term: string;
  count: number;
  weight: number;
}

function termHits(text: string, language: Language): Hit[] {
  // Chinese articles quote English names and English articles quote Chinese ones; the article's language decides.
  // `text` is already folded to Simplified (see scoreRelevance), the script the vocabulary is written in.
  const searched = language === 'en' ? text.toLowerCase() : text;
  const matches: Array<{ table: CompiledTable; term: string; start: number; end: number }> = [];
  for (const table of tablesOf(language)) {
    for (const m of searched.matchAll(table.pattern)) matches.push({ table, term: m[0], start: m.index, end: m.index + m[0].length });
  }
  // Each table takes its longest terms first, but tables of two groups may both match where one's term holds the
  // other's: the salt of a salt lake is no recipe's, and the 死亡 of a bulletin's 死亡率 no accident's. The longer term
  // alone counts. Within one group nested terms count as before (产业园 and 产业).
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits = new Map<string, Hit>();
  let cover: { start: number; end: number; group: TermGroup | null } = { start: -1, end: -1, group: null };
  for (const { table, term, start, end } of matches) {
    if (end <= cover.end && end - start < cover.end - cover.start && table.group !== cover.group) continue;
    if (end > cover.end) cover = { start, end, group: table.group };
    const key = `${table.group}:${term}`;
    const hit = hits.get(key) ?? { group: table.group, term, count: 0, weight: table.weight };
    hit.count++;
    hits.set(key, hit);
  }
  return [...hits.values()];
}

/** A term's evidence grows with repetition, but slowly: one word said ten times is not ten reasons. */
function evidence(hit: Hit): number {
  return hit.weight * Math.min(1 + Math.log2(hit.count), 3);
}

function describe(label: string, hits: Hit[]): string {
  const terms = hits
    .sort((a, b) => evidence(b) - evidence(a) || b.count - a.count)
    .slice(0, 6)
    .map((h) => (h.count > 1 ? `${h.term} ×${h.count}` : h.term));
  return `${label}: ${terms.join(', ')}`;
}

export function scoreRelevance(input: RelevanceInput): Relevance {
  // The vocabulary is simplified; traditional text (Hong Kong, Macao, Taiwan) is read mapped to it.
  const text = toSimplified(input.text);
  const hits = termHits(text, input.language);
  const titleHits = termHits(toSimplified(input.title), input.language);
  const titleBonus = (groups: TermGroup[]) =>
    titleHits.filter((h) => groups.includes(h.group)).reduce((n, h) => n + h.weight * (TITLE_FACTOR - 1), 0);

  const policy = hits.filter((h) => h.group === 'policy');
  const government = hits.filter((h) => h.group === 'government');
  const issuer = input.issuer ? termHits(toSimplified(input.issuer), input.language).filter((h) => h.group === 'government') : [];
  const offTopic = hits.filter((h) => OFF_TOPIC_GROUPS.includes(h.group));

  const claimKinds = new Map<ClaimKind, number>();
  for (const c of input.claims) claimKinds.set(c.kind, (claimKinds.get(c.kind) ?? 0) + 1);
  const claimEvidence = Math.min(
    [...claimKinds].reduce((n, [kind, count]) => n + (CLAIM_WEIGHT[kind] ?? 0) * count, 0),
    MAX_CLAIM_EVIDENCE,
  );
  const regions = input.regions ?? [];
  const places = adminMentions(text, input.language);
  const placeEvidence = Math.min(places.length * PLACE_WEIGHT, MAX_PLACE_EVIDENCE);

  const vocabulary = [...policy, ...government, ...issuer].reduce((n, h) => n + evidence(h), 0) + titleBonus(['policy', 'government']);
  // Figures and place names support what the words say; alone they make a property listing or a timetable.
  const positive = vocabulary + Math.min(claimEvidence + placeEvidence, vocabulary);
  const negative = offTopic.reduce((n, h) => n + evidence(h), 0) + titleBonus(OFF_TOPIC_GROUPS);
  // The office that signs a text names its place too (a zone's investment office posting its year in figures).
  const signed = input.issuer ? `${text}\n${toSimplified(input.issuer)}` : text;
  const namesPlace = namesPlaceBelowNation(toSimplified(input.title), signed, input.language, places.length);
  const score = namesPlace ? positive - OFF_TOPIC_FACTOR * negative : Math.min(positive - OFF_TOPIC_FACTOR * negative, NO_PLACE_CEILING);
  const relevance = Math.round((1 / (1 + Math.exp(-(score - MIDPOINT) / SPREAD))) * 1000) / 1000;

  const signals: string[] = [];
  if (policy.length > 0) signals.push(describe('policy and development terms', policy));
  if (government.length > 0) signals.push(describe('government bodies', government));
  if (issuer.length > 0) signals.push(describe('issued by', issuer));
  if (regions.length > 0) signals.push(`places: ${regions.map((r) => r.name).join(', ')}`);
  else if (places.length > 0) signals.push(`place names: ${places.length}`);
  if (!namesPlace) signals.push('no place below the nation named (counts against)');
  if (claimKinds.size > 0)
    signals.push(`figures: ${[...claimKinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
  for (const group of OFF_TOPIC_GROUPS) {
    const own = offTopic.filter((h) => h.group === group);
    if (own.length > 0) signals.push(describe(`${group} terms (count against)`, own));
  }
  return { relevance, isRegionalDevelopment: relevance >= RELEVANCE_THRESHOLD, signals };
}
