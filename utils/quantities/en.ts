/**
 * The English quantity engine. Our own left-to-right scan finds numbers written in digits (1,000; 3.5
 * billion; $20) and runs of number words, whose values ./en-number-words.ts reads; compromise's
 * tokenizer splits the sentences. Units, counters, qualifiers, ranges and changes come from our tables,
 * as in the Chinese engine.
 *
 * Not claims: years (in 2023, 2021-2025), dates (November 2020, Nov. 30), ordinals (3rd, first), names
 * and versions (5G, COVID-19, Route 66), codes and phone numbers, and a bare "one"/"a" before a noun
 * (the indefinite article, like Chinese 一).
 */
import nlp from 'compromise/one';
import { numberWordsValue } from './en-number-words';
import type { Approx, Change, Claim } from './types';
import { describedSubject, englishSubject, withArea, withArticle, withCap, withComparison, withComplement, withOwnerName, withPartSaid, withPrice, withPronounOwner, withRate, withShare, withWorth, withYear, YEAR_SUFFIX } from './en-subject';
import { makeClaim, joinLines } from './claim';
import { readArabic } from './numerals';
import { RATE_DENOMINATORS, rateUnit, unitInfo, type UnitInfo } from './units';
import { englishUnitWords } from './units-en';
import { tableRows, unitCells } from './tables';

const WORD_NUM =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen';
/** Digits said after "point", as a speaker reads a decimal (five point two gigawatts, one point three billion yuan). */
const SPOKEN_DECIMALS = '(?: point(?: (?:zero|one|two|three|four|five|six|seven|eight|nine))+(?: (?:thousand|million|billion|trillion))?)?';
/** A run of number words (twenty-five thousand, three hundred and five, a third, two-thirds, half a million). */
const NUMBER_WORDS = new RegExp(
  `\\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[ -](?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|half)s?|half(?: a)? (?:million|billion)|(?:a |an )?(?:${WORD_NUM})(?:(?:[ -]|[ -]and[ -])(?:${WORD_NUM}))*${SPOKEN_DECIMALS})\\b`,
  'giy',
);
const SCALE: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9, trn: 1e12, k: 1e3,
};
/** Scale words after a number: 3 billion, 41.3bn, 4.4trn (the Economist's trillion), 20 mn. */
const SCALE_RE = /^(?:[ -]|\s{1,2})?(thousand|million|billion|trillion|bn|mn|mln|bln|trn|k)\b/i;
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const MONTH_AFTER = /^\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

// Negated comparisons come first: "no less than" ends with "less than".
const BEFORE: Array<[RegExp, Approx]> = [
  // "shall not be less than 70 percent", "may not be lower than", "must not exceed": a rule's floor or ceiling; so is a
  // level never passed ("has never exceeded", "don't exceed", "not expected to exceed", "not to exceed").
  [/(?:no|not)(?: be)? (?:more|greater|higher) than\s*$|(?:\b(?:not|never)|n't)(?: (?:have|has|had|been|(?:expected |likely |allowed )?to))? exceed(?:s|ed|ing)?\s*$/i, 'at_most'],
  [/(?:no|not)(?: be)? (?:less|fewer|lower) than\s*$/i, 'at_least'],
  [/(?:less|fewer) than\s*$|\bup to\s*$|\bat most\s*$|\bunder\s*$|\bbelow\s*$|\bnot exceeding\s*$|\bwithin(?: a radius of| about| its| their)?\s*$|\bmaximum of\s*$|\bcapped at\s*$|\bas (?:much|many) as\s*$|\b(?:a )?(?:cap|ceiling) of\s*$|\bcap(?:s|ping)?\s+(?:[a-z0-9'-]+\s+){1,4}at\s*$|[≤<]\s*$/i, 'at_most'],
  [/\bmore than\s*$|\bover\s*$|\bat least\s*$|\b(?:a )?floor of\s*$|\bexceed(?:ing|ed|s)?\s*$|\bin excess of\s*$|\bupwards? of\s*$|\babove\s*$|\btop(?:s|ped|ping)\s*$|\bpass(?:es|ed|ing)?\s*$|(?<!\b(?:the|over|in|for|during)\s+)\bpast\s*$|\bsurpass(?:ed|ing)\s*$|\bstart(?:s|ed|ing)? (?:at|from)\s*$|\bfrom as little as\s*$|[≥>]\s*$/i, 'at_least'],
  [/\babout\s*$|\baround\s*$|\bapproximately\s*$|\broughly\s*$|\bnearly\s*$|\bnear\s*$|\balmost\s*$|\bclose to\s*$|\bsome\s*$|\ban estimated\s*$|\ban estimated (?:[a-z]+ ){1,2}of\s*$|\bapprox\.?\s*$|\bjust under\s*$|\bjust over\s*$|(?<![\w~])~\s*$/i, 'approx'],
  // A broker's or an analyst's shorthand: c.1,600 enterprises, ca. 40%, circa 12 hectares (lower case: "section C. 12
  // firms" ends a sentence on a letter).
  [/(?<![\w.])(?:c|ca)\.\s*$|\bcirca\s*$/, 'approx'],
];
const AFTER: Array<[RegExp, Approx]> = [
  [/^\s*(?:or more|and above|or above|plus)\b/i, 'at_least'],
  [/^\s*(?:or less|or fewer|and below|or below)\b/i, 'at_most'],
  [/^\s*(?:or so)\b/i, 'approx'],
];
/**
 * "up" as a change (up 8 percent, went up from), not the particle of a phrasal verb: "set up 37 cooperatives", "opened
 * up 12 routes", "ran up 23.7 billion yuan of debt", "gives up 100 mu of land", "firms set up in the zone employ from 10
 * to 50 workers".
 */
const UP_AS_CHANGE = String.raw`(?<!\b(?:set|sets|setting|put|puts|putting|open|opens|opened|opening|sign|signs|signed|signing|take|takes|took|taken|taking|make|makes|made|making|team|teamed|draw|draws|drew|drawn|run|runs|ran|running|rack|racks|racked|racking|give|gives|gave|given|giving)\s)up`;
const CHANGE_BEFORE: Array<[RegExp, Change]> = [
  [new RegExp(String.raw`\b(?:${UP_AS_CHANGE}|increased?|increasing|rose|risen|rise|rising|grew|grown|growing|growth|gain(?:ed|ing)?|climb(?:ed|ing)|jump(?:ed|ing)|expanded|higher|soar(?:ed|ing|s)?|surg(?:e|ed|es|ing)|rocketed|leapt|leaped|swelled|edged up|advanced|widen(?:s|ed|ing)?)(?: by| of)?\s*$|\braised by\s*$|\brais(?:e|es|ing) by\s*$|\ban increase of\s*$|\ba rise of\s*$|\bgrowth(?: rate)? (?:at|of)\s*$|\bCAGR (?:at|of)\s*$`, 'i'), 'increase'],
  [/\b(?:down|decreased?|decreasing|fell|fallen|fall|falling|dropped|dropping|drop|declined?|declining|shrank|shrunk|shrinks?|shrinking|reduced|reduction|cut|lower|slid|slipped|sliding|slump(?:ed|ing|s)?|plung(?:e|ed|es|ing)|tumbl(?:e|ed|es|ing)|sank|sinking|plummet(?:ed|ing|s)?|dipped|contracted|eased|edged down|retreated|narrow(?:ed|ing)|tighten(?:s|ed|ing)?|sav(?:e|es|ed|ing))(?: by| of)?\s*$|\bnarrows? by\s*$|\breduc(?:e|es|ing) by\s*$|\ba decrease of\s*$|\ba decline of\s*$/i, 'decrease'],
];
/**
 * "cutting water use per mu by 40 percent", "expand the park by another 12 square kilometers": the verb, a few words, by,
 * and maybe a qualifier ("cut emissions by roughly 38 million tonnes").
 */
const CHANGE_BY: Array<[RegExp, Change]> = [
  // Up to seven words of object: "cut energy consumption per unit of GDP by 3 percent".
  [/\b(?:rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|lift(?:s|ed|ing)?|extend(?:s|ed|ing)?)\s+(?:[a-z0-9,'-]+\s+){1,7}by(?:\s+(?:another|a further|about|around|roughly|nearly|almost|some|more than|over|up to))?\s*$/i, 'increase'],
  [/\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|shorten(?:s|ed|ing)?)\s+(?:[a-z0-9,'-]+\s+){1,7}by(?:\s+(?:about|around|roughly|nearly|almost|some|more than|over|up to))?\s*$/i, 'decrease'],
  // "growth of general public budget revenue of 4 percent": the noun, what grows, of.
  [/\b(?:growth|increase|rise)\s+(?:of|in)\s+(?:[a-z'-]+\s+){1,5}of\s*$/i, 'increase'],
  [/\b(?:reduction|decrease|decline|fall|drop)\s+(?:of|in)\s+(?:[a-z'-]+\s+){1,5}of\s*$/i, 'decrease'],
  // "saving the city about 13 billion yuan a year", "saves firms 3,600 yuan": what is saved follows whom it is saved for.
  [/\bsav(?:e|es|ed|ing)\s+(?:[a-z'-]+\s+){1,3}$/i, 'decrease'],
];
/**
 * What a figure is more or less than, named after it: a noun phrase up to the clause's end ("than the minimum wage of
 * the garment sector", "than on household plots"). "than in …", "than a year earlier", "than it would", "than expected"
 * and "than before" are read elsewhere or left as they are.
 */
const COMPARED_WITH = /^\s*(?:higher|lower|more|less|cheaper|dearer|faster|slower|above|below)\s+than\s+(?!(?:in|a|an|it|they|expected|planned|forecast|usual|before|ever)\b)([a-z][^,.;:!?]{0,40})/i;
/** Words that make what a figure is compared with a time (than last year, than January): the same measure before, so the figure is a change. */
const TIME_WORDS = /\b(?:(?:19|20)\d{2}|last|previous|prior|earlier|ago|before|when|then|now|initially|originally|yesterday|years?|months?|quarters?|weeks?|decades?|half|period|end|start|beginning|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
/** A preposition and its object after a figure, then "and" before the next figure ("… from Phnom Penh and "). */
const OBJECT_THEN_AND = /^\s+(from|to|of|in|for)\s+[^0-9,;.!?]{1,40}?\s+and\s*$/;

/** Two figures in one construction: the words between them a preposition's object and "and", the same preposition after the second. */
function sameConstruction(between: string, after: string): boolean {
  const object = OBJECT_THEN_AND.exec(between);
  return !!object && new RegExp(`^\\s+${object[1]}\\s`).test(after);
}

/** The label of a field that names a growth, up to its colon: "GDP growth: ", "Average annual GDP growth, 2020-25: ". */
const GROWTH_FIELD = /\b(?:growth|increase)\b[^:;.!?\n]{0,20}:\s*$/i;
/** A word after the figure that makes it a change; a research note's upside and downside are a price's rise and fall to its target. */
const CHANGE_AFTER: Array<[RegExp, Change]> = [
  [/^\s*(?:increase|rise|growth|jump|gain|higher|more than|upside)\b/i, 'increase'],
  [/^\s*(?:decrease|decline|drop|fall|reduction|lower|less than|downside)\b/i, 'decrease'],
];

/** Unit words: symbols match case-sensitively, words in any case. */
const UNIT_LIST: Array<[string, UnitInfo, boolean]> = englishUnitWords().map(([w, u]) => [w, u, /^[a-z ]+$/.test(w) && w.length > 2]);
/** The nouns the unit table names as counted (companies, firms, villages, households…). */
const COUNTED_NOUNS = new Set(UNIT_LIST.filter(([, u]) => u.kind === 'count').map(([w]) => w.toLowerCase()));
const CURRENCY_BEFORE: Array<[string, string]> = [
  ['Rmb', 'CNY'], ['US$', 'USD'], ['HK$', 'HKD'], ['us $', 'USD'], ['US $', 'USD'], ['u.s $', 'USD'], ['u.s. $', 'USD'], ['U.S. $', 'USD'], ['U.S.$', 'USD'], ['hk $', 'HKD'], ['HK $', 'HKD'], ['NT$', 'TWD'], ['S$', 'SGD'], ['$', 'USD'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['¥', 'CNY'], ['￥', 'CNY'], ['€', 'EUR'], ['£', 'GBP'], ['USD', 'USD'], ['EUR', 'EUR'],
];
const FUNCTION_WORDS = /^(?:of|the|and|or|to|in|on|at|for|by|with|from|is|are|was|were|has|have|had|will|would|per|than|a|an|that|which|who|it|this|these|those|as|each|more|less|new-built)$/i;
const PERSON_NOUNS = /^(?:people|persons|residents|workers|villagers|employees|jobs|visitors|tourists|students|farmers|staff|officials|volunteers|teachers|doctors|nurses|pupils|apprentices|trainees|migrants|passengers|herders|fishermen|entrepreneurs|visits|households?|men|women|children|foreigners|expatriates|graduates|retirees|technicians|engineers|researchers|experts|interns|adults|girls|boys)$/i;
/** Nouns counted in the singular form (320 Tan sheep, 1.12 million head of cattle, 39.3 million TEU). */
const UNCHANGED_PLURALS = /^(?:sheep|cattle|head|livestock|poultry|deer|swine|teu)$/i;
/** Nationalities whose plural is the singular: a figure before one alone counts people. */
const NATIONALITY_PLURALS = /^(?:Chinese|Japanese|Vietnamese|Portuguese|Taiwanese|Burmese|Nepalese|Cantonese|Swiss)$/;
/** Words that, when plural after a number, are not counters of the thing measured. */
const NOT_COUNTERS = /^(?:decades|degrees|centuries|generations|is|was|has|this|its|his|yes|less|as|us|was|does|thus|plus|across|always|perhaps|news|series|means|per|hours|days|years|months|weeks|minutes|times)$/i;

export function extractEnglishClaims(text: string): Claim[] {
  const sentences = sentenceIndex(text);
  const out: Claim[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const prevC = i > 0 ? text.charCodeAt(i - 1) : 32;
    let next = i + 1;
    if (c >= 48 && c <= 57 && !isWordChar(prevC)) {
      next = scanDigits(text, i, out, sentences);
    } else if (isLetter(c) && !isLetter(prevC) && /^(?:RMB|Rmb|CNY|USD|EUR|US\$|HK\$|NT\$|S\$)\s?[0-9]/.test(text.slice(i, i + 6))) {
      next = scanDigits(text, i, out, sentences);
    } else if (isLetter(c) && !isLetter(prevC)) {
      next = scanWords(text, i, out, sentences);
    } else if (c === 36 /* $ */ || c === 0xa5 || c === 0xffe5 || c === 0x20ac || c === 0xa3) {
      // "C$", "A$", "NZ$" are other dollars; "US $" and "HK $" are read with their prefix.
      const pre = /(?:\b(us|u\.s\.?|hk|nz)\s?|\b(c|a|s))$/i.exec(text.slice(Math.max(0, i - 5), i));
      if (pre && !/^(?:us|u\.s\.?|hk)$/i.test(pre[1] ?? '')) next = i + 1;
      else next = scanDigits(text, pre ? i - pre[0].length : i, out, sentences);
    }
    i = Math.max(next, i + 1);
  }
  if (HONG_KONG_DOLLARS.test(text) && !US_DOLLARS.test(text) && !DOLLAR_IN_HONG_KONG_DOLLARS.test(text)) {
    inHongKongDollars(text, out);
  }
  if (text.includes('\t')) {
    // A row label's unit with its multiplier (Regional GDP (100 million yuan)) names no amount.
    const labelUnits = [...text.matchAll(LABEL_SCALED_UNIT)].map((m) => [m.index!, m.index! + m[0].length]);
    const kept = labelUnits.length ? out.filter((c) => !labelUnits.some(([a, b]) => c.start >= a! && c.end <= b!)) : out;
    const fromTables = figuresInUnitColumns(text, kept);
    if (fromTables.length || kept !== out) return [...kept, ...fromTables].sort((a, b) => a.start - b.start);
  }
  return out;
}

const HONG_KONG_DOLLARS = /\bHK\$|\bHKD\b|\bHong Kong dollars?\b/;
const US_DOLLARS = /\bUS\$|\bU\.S\.\s?\$|\bUSD\b|\bU\.?S\.? dollars?\b|\bUS dollars?\b/i;

/**
 * An exchange-rate note that prices the bare dollar in Hong Kong dollars (`($1 = 7.7812 Hong Kong dollars)`,
 * `($1 = HK$7.78)`, as wire copy prints under a story) says its `$` is the US dollar.
 */
const DOLLAR_IN_HONG_KONG_DOLLARS = /(?<![\w$])\$\s?1(?:\.0+)?\s?=\s?(?:HK\$\s?[\d.]+|[\d.]+\s?(?:Hong Kong dollars?|HKD)\b)/i;
/** A bare `$` amount in brackets right after a HK$ amount is its conversion, so not in Hong Kong dollars too. */
const AFTER_HONG_KONG_AMOUNT = /HK\$\s?[\d.,]+(?:\s?(?:thousand|million|billion|trillion|mn|bn|m)\b)?\s*\(\s*(?:about|around|roughly|some|nearly|almost)?\s*$/i;

/**
 * A text that writes Hong Kong dollars and never US dollars (a Hong Kong government release, a Hong Kong
 * paper) means Hong Kong dollars by a bare `$` too ("$12.4 billion in money-of-the-day prices").
 */
function inHongKongDollars(text: string, claims: Claim[]): void {
  for (const c of claims) {
    if (c.unit !== 'USD' || text[c.start] !== '$') continue;
    if (AFTER_HONG_KONG_AMOUNT.test(text.slice(Math.max(0, c.start - 60), c.start))) continue;
    c.unit = 'HKD';
    c.siUnit = 'HKD';
  }
}

/** A table unit that is a currency written before the number, with an optional scale: US$ million, RMB billion. */
const CURRENCY_UNIT = /^(US\$|HK\$|\$|RMB|USD|CNY|EUR|€|¥)\s*(thousands?|millions?|billions?|trillions?|mn|m|bn)?$/i;
/** A table unit written as words: millions of US dollars, thousands of yuan. */
const SCALE_OF = /^(thousand|million|billion)s? of (.+)$/i;
const SCALE_NAMES: Record<string, string> = { m: 'million', mn: 'million', bn: 'billion' };

/**
 * Tables of a Chinese work report in translation: a header row led by years (2025 Result, 2026 Target Growth (%)) or
 * dating its columns in brackets (Baseline (2018), Actual (2025)),
 * row labels whose unit carries a multiplier in digits (Regional GDP (100 million yuan), (10,000 yuan)) and target
 * cells with a qualifier in words (around 6, above 7). The shared table reader takes none of these (a header holds
 * no digits but years, a label's unit no digits, a cell only Chinese qualifiers), so for it the years are masked with
 * letters, the multipliers written as the Chinese ones they translate (亿, 万) and the qualifiers blanked, each by a
 * string of the same length: every offset stays an index into the text.
 */
function maskTranslatedTables(text: string): string {
  return text.replace(/^[^\n]*\t[^\n]*$/gm, (line) =>
    line
      .replace(/(^|\t)((?:19|20)\d{2})(?= [A-Za-z])/g, (_, tab: string, year: string) => tab + 'x'.repeat(year.length))
      // A year in brackets after a header word (Baseline (2018), Actual (2025)) dates the column: blanked, bracket and
      // all, so the header holds no digits and names no unit.
      .replace(/(?<=[A-Za-z])\s*\((?:19|20)\d{2}\)(?=\t|$)/g, (year: string) => ' '.repeat(year.length))
      // A year or span of years after a header word (Land sold 2021-2024 (ha)) dates the column as well.
      .replace(/(?<=[A-Za-z] )(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?(?= \(|\t|$)/g, (years: string) => 'x'.repeat(years.length))
      .replace(LABEL_SCALED_UNIT, (all: string, scale: string, unit: string) => {
        const masked = `(${scale === '10,000' ? '万' : '亿'} ${unit})`;
        return masked + ' '.repeat(all.length - masked.length);
      })
      .replace(CELL_QUALIFIER_IN_LINE, (all: string, tab: string) => tab + ' '.repeat(all.length - tab.length)));
}

/** A table row label's unit with a multiplier in digits, before the row's first cell: (100 million yuan), (10,000 yuan). */
const LABEL_SCALED_UNIT = /\((100 million|10,000) ([^()\d\t\n]{1,10})\)(?=\t)/g;
/** A qualifier in words before a table cell's number: around 6, above 7, within 4.5. */
const CELL_QUALIFIER = /^\s*(around|about|approximately|above|over|more than|at least|below|under|within|less than|at most)\s+$/i;
const CELL_QUALIFIER_IN_LINE = /(^|\t)(?:around|about|approximately|above|over|more than|at least|below|under|within|less than|at most) (?=[\d.,]+(?:\t|$))/gim;
const QUALIFIER_APPROX: Record<string, Claim['approx']> = {
  around: 'approx', about: 'approx', approximately: 'approx', above: 'at_least', over: 'at_least', 'more than': 'at_least',
  'at least': 'at_least', below: 'at_most', under: 'at_most', within: 'at_most', 'less than': 'at_most', 'at most': 'at_most',
};

/**
 * A caption's unit that is a share of something (% of GDP, percent of total), perhaps for most of the table only
 * (% of GDP unless noted): its cells are percentages.
 */
const SHARE_UNIT = /^(?:%|per ?cent) of [^()]+?(?:,? unless (?:otherwise )?(?:noted|stated|indicated))?$/i;
/** A column of changes in percentage points, as research notes head it: Change 2022-25 (pp), Change (ppt). */
const POINTS_UNIT = /^(?:pp|ppts?|percentage points?)$/i;
/** A header naming a column of changes: Growth (%), Change 2022-25 (pp), YoY change, a research note's yoy (%). */
const CHANGE_HEADER = /\b(?:growth|change|yoy)\b/i;
/** A row label that names a growth and gives its cells in percent: Real GDP growth (%). */
const GROWTH_ROW = /\b(?:growth|change)\b[^\t]*\(%\)\s*$/i;

/** A unit's time base at its end: per year, a year, per annum, /day. */
const PER_SPAN_OF_TIME = /\s*(?:\bper\s+|\ba\s+|\/\s*)(?:year|annum|month|day)$/i;

/** A bare cell's number written with its table's unit, as the engine reads it in running text. */
function withUnit(number: string, measured: string): string {
  // A quantity over a span of time (Million tonnes per year, tonnes/day) is read in its unit, as in running text
  // ("1.3 million tonnes a year" is tonnes).
  const unit = measured.replace(PER_SPAN_OF_TIME, '');
  if (SHARE_UNIT.test(unit)) return `${number}%`;
  if (POINTS_UNIT.test(unit)) return `${number} percentage points`;
  // A translated label's multiplier, masked as the Chinese one (Regional GDP (100 million yuan) → 亿 yuan).
  const scaled = /^([亿万]) (.+)$/.exec(unit);
  if (scaled) return `${round(Number(number.replace(/,/g, '')) * (scaled[1] === '亿' ? 1e8 : 1e4))} ${scaled[2]}`;
  const currency = CURRENCY_UNIT.exec(unit);
  if (currency) {
    const scale = currency[2] ? (SCALE_NAMES[currency[2].toLowerCase()] ?? currency[2].toLowerCase().replace(/s$/, '')) : '';
    return `${currency[1]}${number}${scale ? ` ${scale}` : ''}`;
  }
  const of = SCALE_OF.exec(unit);
  if (of) return `${number} ${of[1].toLowerCase()} ${of[2]}`;
  // A results framework's Unit of measure column: Number of people, Number, Percentage.
  const counted = /^(?:number|no\.)(?: of (.+))?$/i.exec(unit);
  if (counted) return `${number} ${counted[1] ?? 'units'}`;
  if (/^percentage$/i.test(unit)) return `${number} percent`;
  return /^[a-z]/i.test(unit) ? `${number} ${unit}` : `${number}${unit}`;
}

/**
 * Bare numbers in table cells whose unit the column header or the table's caption gives ("Table 1. Project
 * Cost and Financing (US$ million)" over 112.4, 96.0): each is read as if written with its unit
 * (US$112.4 million) and named by its row label and column header.
 */
function figuresInUnitColumns(text: string, found: readonly Claim[]): Claim[] {
  const claims: Claim[] = [];
  const rows = tableRows(maskTranslatedTables(text));
  for (const cell of unitCells(rows, new Set(found.map((c) => c.start)))) {
    const { row, column, unit, fallback, before } = cell;
    // The header and the label as written (the table reader saw them masked).
    const headerRow = rows.find((r) => r.isHeader && r.cells === row.header?.cells);
    const written = (headerRow ? text.slice(headerRow.start, headerRow.end).split('\t')[column] : row.header?.cells[column]) ?? '';
    // A column of growth or change (Growth (%), 2026 Target Growth (%), Change 2022-25 (pp)) holds changes; a sign says
    // which way and stays outside the span, as a qualifier does (-1.2 is a fall of 1.2).
    const label = text.slice(row.start, row.end).split('\t')[0]!;
    // (So does a row labelled as growth in percent: Real GDP growth (%).)
    const changes = CHANGE_HEADER.test(written) || GROWTH_ROW.test(label);
    const sign = changes ? /^[-+]/.exec(cell.number)?.[0] : undefined;
    const number = sign ? cell.number.slice(1) : cell.number;
    const start = sign ? cell.start + 1 : cell.start;
    // A comparison sign in the cell (<5.5, ≥1.2) is read with it; the span stays the number.
    const readIn = (u: string | undefined) => {
      if (!u) return undefined;
      const written = withUnit(number, u);
      return extractEnglishClaims(`${before}${written}`).find((c) => c.start === before.length && c.end === before.length + written.length);
    };
    const inUnit = readIn(unit);
    const read = inUnit ?? readIn(fallback);
    if (!read) continue;
    // The header's brackets hold its unit, unless the cell was read in the unit behind them: then they qualify the
    // column (Actual (Previous), Actual (Current)) and name it with the header's word.
    const header = (inUnit ? written.replace(/\s*\([^()]*\)\s*$/, '') : written.replace(/\s*\(([^()]*)\)\s*$/, ' $1')).trim();
    const qualifier = CELL_QUALIFIER.exec(text.slice(text.lastIndexOf('\t', start) + 1, start));
    if (qualifier) read.approx = QUALIFIER_APPROX[qualifier[1]!.toLowerCase()]!;
    if (read.unit === 'percent' && changes) read.change = sign === '-' ? 'decrease' : 'increase';
    // A row of per capita income (Per capita disposable income of urban residents (yuan), GDP per capita (US$)) is a
    // rate per person.
    if (unitInfo(read.unit)?.kind === 'money' && !read.unit.includes('/') && /\bper[ -]capita\b/i.test(label) && read.value < PER_HEAD_CEILING) {
      read.unit = rateUnit(read.unit, 'person');
      read.siUnit = read.unit;
    }
    claims.push({
      ...read,
      start,
      end: start + number.length,
      text: number,
      // A results framework numbers its indicators (PDO 1:, IR 2.3:): the code names no subject; the unit in brackets
      // after a row's label (Regional GDP (100 million yuan), Exports (US$ billion)) is its unit, as the header's is.
      subject: [label.trim().replace(/^[A-Z]{2,4} ?\d{1,2}(?:\.\d{1,2})*:\s*/, '').replace(/\s*\([^()]*\)$/, ''), header].filter(Boolean).join(' '),
      sentence: joinLines(row.line.replace(/\t/g, ' '), true),
    });
  }
  return claims;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

interface Num {
  start: number;
  end: number;
  value: number;
  words: boolean;
  year: boolean;
  currency?: string;
}

/** A power of ten after a number: ` × 10⁶`, `×10^6`, `x 10⁻³`; the exponent in ASCII (^) or superscript digits. */
const POWER_OF_TEN = /^ ?[×x*·] ?10(?:\^([-−]?\d{1,2})|(⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])/;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A number in digits, with an optional currency before it, and a power of ten or a scale word after it. */
function readDigits(text: string, i: number): Num | null {
  let p = i;
  let currency: string | undefined;
  for (const [sym, code] of CURRENCY_BEFORE) {
    if (text.startsWith(sym, p)) {
      const q = text[p + sym.length] === ' ' ? p + sym.length + 1 : p + sym.length;
      if (/[0-9]/.test(text[q] ?? '')) {
        currency = code;
        p = q;
      }
      break;
    }
  }
  if (!/[0-9]/.test(text[p] ?? '')) return null;
  const a = readArabic(text, p, true);
  if (a.dotted || a.leadingZero) return { start: i, end: a.end, value: NaN, words: false, year: false };
  let value = a.value;
  let end = a.end;
  // Fractions: 1/4 mile, 10 1/2 miles (a second slash makes it a date: 5/17/2018).
  const frac = /^( \d+)?\/(\d+)(?![\d/])/.exec(text.slice(end, end + 12));
  if (frac && (frac[1] || a.value % 1 === 0)) {
    const den = Number(frac[2]);
    if (!den) return { start: i, end: end + frac[0].length, value: NaN, words: false, year: false };
    value = frac[1] ? a.value + Number(frac[1]) / den : a.value / den;
    end += frac[0].length;
  } else if (/^\/\d/.test(text.slice(end, end + 2))) {
    return { start: i, end: end + 2, value: NaN, words: false, year: false };
  }
  // Scientific notation: 8.6 × 10⁶ m³ (superscript digits, as a page's <sup> shows them), 1.5×10^6 m3.
  const power = POWER_OF_TEN.exec(text.slice(end, end + 12));
  if (power) {
    const exponent = power[1] ?? [...power[2]].map((c) => (c === '⁻' ? '-' : SUPERSCRIPT_DIGITS.indexOf(c))).join('');
    value *= 10 ** Number(exponent.replace('−', '-'));
    end += power[0].length;
  }
  const sm = power ? null : SCALE_RE.exec(text.slice(end, end + 12));
  if (sm && !(sm[1] === 'k' && !/^k\b/.test(text.slice(end)))) {
    value *= SCALE[sm[1].toLowerCase()];
    end += sm[0].length;
  } else if (/^[mb]\b/.test(text.slice(end, end + 2)) && (currency || /^. (?:yuan|rmb|dollars|euros)\b/i.test(text.slice(end, end + 10)))) {
    // "$200m", "€5m", "21.6b yuan" (China Daily's headlines): a glued m or b next to money is million or billion
    // (after a bare number m is metres).
    value *= text[end] === 'b' ? 1e9 : 1e6;
    end += 1;
  } else if (/^m /.test(text.slice(end, end + 2)) && millionsOf(text, end + 2, i)) {
    // "7.2m tonnes", "3m people" (the Economist's million): metres are never followed by another unit.
    value *= 1e6;
    end += 1;
  }
  const year = !currency && !sm && a.intDigits === 4 && !/[,.]/.test(text.slice(p, a.end)) && value >= 1800 && value <= 2100;
  return { start: i, end, value: round(value), words: false, year, currency };
}

/**
 * After a glued m, a unit of measure or people right after it: the m is a million of them (7.2m tonnes, 3m people),
 * not metres (a 30m tower, 30m tall).
 */
function millionsOf(text: string, p: number, start: number): boolean {
  if (/^(?:people|residents|households|visitors|tourists|workers|jobs)\b/i.test(text.slice(p, p + 12))) return true;
  const unit = unitAfter(text, p, { start, end: p, value: 1, words: false, year: false });
  return !!unit && !unit.counter;
}

function scanDigits(text: string, i: number, out: Claim[], sentences: Sentences): number {
  const num = readDigits(text, i);
  if (!num) return i + 1;
  if (Number.isNaN(num.value)) return num.end;
  // Glued to letters (5G, 3rd, COVID-19, A4) or a code.
  const after = text.charCodeAt(num.end);
  if (isLetter(after)) {
    const glued = unitAfter(text, num.end, num);
    if (!glued || glued.counter) return skipWord(text, num.end);
  }
  // "2.1 Electro-acoustics" in a table of contents: a section's number.
  if ((i === 0 || text[i - 1] === '\n') && inSectionList(text, i)) return num.end;
  // Part of a code or date: COVID-19, 2024-09-14, 10:12.
  if ((text[i - 1] === '-' || text[i - 1] === '/' || text[i - 1] === ':') && isWordChar(text.charCodeAt(i - 2))) return num.end;
  if (/^[./]\d/.test(text.slice(num.end, num.end + 2))) return num.end; // 192.168.1.2, codes
  const before = text.slice(Math.max(0, i - 12), i);
  // (A day of a month is a whole number up to 31 with no currency: "CNY 100 million may receive" names no date.)
  const day = !num.currency && Number.isInteger(num.value) && num.value <= 31;
  if (MONTHS.test(before.trimEnd()) || (day && MONTH_AFTER.test(text.slice(num.end, num.end + 12)))) return num.end;
  // "Route 66", "Line 3", "Class 2" name things; "line 356 km of canals" is a verb before a measure.
  if (/\b(?:no\.|number|route|line|room|phase|grade|level|class|version|v)\s*$/i.test(before)) {
    const measure = unitAfter(text, num.end, num);
    if (!measure || measure.counter) return num.end;
  }
  return finish(text, num, out, sentences);
}

/** A numbered heading alone on its line, as a table of contents lists them: 2 Economy, 2.1 Electro-acoustics. */
const SECTION_LINE = /^(\d{1,2}(?:\.\d{1,2}){0,3}) [A-Z][^\n.;:!?\d]{0,60}$/;

/** Whether section number `b` may follow `a`: its first sub-section (2 → 2.1), the next one (2.1 → 2.2, 2.2 → 3). */
function followsSection(a: string, b: string): boolean {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  if (y.length === x.length + 1) return y.slice(0, -1).join('.') === a && y.at(-1) === 1;
  return y.length <= x.length && y.slice(0, -1).every((v, k) => v === x[k]) && y.at(-1) === x[y.length - 1]! + 1;
}

/**
 * Whether the line starting at `i` is a numbered heading next to another whose number it follows or that follows it
 * (1 History / 2 Economy / 2.1 Electro-acoustics / … / 4 References): the numbers are sections', not counts of
 * references or economies. A heading alone, or a list of figures (36 Bridges / 12 Villages), keeps its numbers.
 */
function inSectionList(text: string, i: number): boolean {
  const lineAt = (start: number) => text.slice(start, (text.indexOf('\n', start) + 1 || text.length + 1) - 1);
  const own = SECTION_LINE.exec(lineAt(i));
  if (!own) return false;
  const above = i > 0 ? SECTION_LINE.exec(lineAt(text.lastIndexOf('\n', i - 2) + 1)) : null;
  const nextStart = text.indexOf('\n', i) + 1;
  const below = nextStart > 0 ? SECTION_LINE.exec(lineAt(nextStart)) : null;
  return (!!above && followsSection(above[1]!, own[1]!)) || (!!below && followsSection(own[1]!, below[1]!));
}

/** What says that a time is how long something takes: "takes one", "within one", "in just one". */
const TIME_TAKEN_BEFORE = /\b(?:takes?|took|taking|within|(?:in|for) (?:just|only))\s+$/i;

function scanWords(text: string, i: number, out: Claim[], sentences: Sentences): number {
  // "half a day", "half an hour": half a unit of time.
  const half = /^half an? (?=day|month|year|hour|week)/i.exec(text.slice(i, i + 12));
  if (half) return finish(text, { start: i, end: i + half[0].length - 1, value: 0.5, words: true, year: false }, out, sentences);
  NUMBER_WORDS.lastIndex = i;
  const m = NUMBER_WORDS.exec(text);
  if (!m || m[0].length === 0) return skipWord(text, i);
  const phrase = m[0];
  const end = i + phrase.length;
  // "a one-year note", "a one-hectare plot": "one" joined to a unit by a hyphen is the number of a compound adjective.
  if (/^one$/i.test(phrase) && text[end] === '-') {
    const one: Num = { start: i, end, value: 1, words: true, year: false };
    const unit = unitAfter(text, end, one);
    if (unit && !unit.counter && unitInfo(unit.code)?.kind !== 'money') return finish(text, one, out, sentences);
  }
  // "A business license takes one working day", "approved within one month": "one" before a unit of time that a
  // process takes is its length, as "1 working day" is (a working day is always one; "one day" alone is a story's
  // "some day").
  if (/^one$/i.test(phrase)) {
    const one: Num = { start: i, end, value: 1, words: true, year: false };
    const unit = unitAfter(text, end, one);
    const taken = /^ (?:working|business) day\b/i.test(text.slice(end, end + 14)) || TIME_TAKEN_BEFORE.test(text.slice(Math.max(0, i - 16), i));
    if (unit && unitInfo(unit.code)?.kind === 'duration' && taken) return finish(text, one, out, sentences);
  }
  // "one"/"a" alone is an article, not a figure; fractions need their "a/one" (a third).
  if (/^(?:a|an|one|zero)$/i.test(phrase)) return end;
  // A scale word alone names a unit, not a number (a table's "billion yuan" column, "million tonnes").
  if (/^(?:hundred|thousand|million|billion|trillion)$/i.test(phrase)) return i + phrase.length;
  // "a three-foot trip": the article is not part of the number; "a hundred", "a third" are.
  if (/^an? /i.test(phrase) && !/^an? (?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|half|hundred|thousand|million|billion|dozen)/i.test(phrase)) {
    return i + phrase.indexOf(' ') + 1;
  }
  // "The two cities aim to…", "the two leaves and a bud": a small count after "the" points back to things already
  // named or known, it does not state a figure (digits do: the 12 villages; a measure does: the six-mile trip).
  // So does one after "the past/last/next …" (in the past two rounds): a period or a set named by its place in time.
  if (SMALL_WORD.test(phrase) && /\bthe\s+(?:(?:past|last|previous|next|coming|first|final)\s+)?$/i.test(text.slice(Math.max(0, i - 14), i))) {
    const unit = unitAfter(text, end, { start: i, end, value: 2, words: true, year: false });
    if (!unit || unit.counter) return end;
  }
  let value: number | null = null;
  const frac = FRACTION_WORDS.exec(phrase);
  // "the first three quarters", "the past two quarters": a period of the year, not a fraction.
  if (frac && /quarters$/i.test(phrase) && /\b(?:first|last|past|previous|next|coming)\s+$/i.test(text.slice(Math.max(0, i - 10), i))) return end;
  // "a third straight quarter", "a fifth consecutive year", "one third time": an ordinal counting a run, not a fraction.
  if (frac && /^(?:a|one)[ -](?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i.test(phrase) && ORDINAL_AFTER.test(text.slice(end, end + 16))) return end;
  if (frac) {
    const percent = round((parseEnglishNumber(phrase) ?? 0) * 100);
    if (percent > 0) return finish(text, { start: i, end, value: percent, words: true, year: false }, out, sentences, 'percent');
  }
  value = parseEnglishNumber(phrase);
  if (value === null || value === 0) return end;
  return finish(text, { start: i, end, value, words: true, year: false }, out, sentences);
}

/** A whole number in words at `q` (the "three" of "two or three"), or null. */
function numberWordsAt(text: string, q: number): Num | null {
  NUMBER_WORDS.lastIndex = q;
  const m = NUMBER_WORDS.exec(text);
  if (!m || m[0].length === 0 || /^(?:a|an)\b/i.test(m[0]) || FRACTION_WORDS.test(m[0])) return null;
  const value = parseEnglishNumber(m[0]);
  return value ? { start: q, end: q + m[0].length, value, words: true, year: false } : null;
}

/** A year after a preposition of time is a point in time, never the low end of a range (in 2021 to 16,900 yuan). */
const YEAR_AS_TIME = /\b(?:in|by|since|until|before|after)\s+$/i;
/** What follows "a third" when it is an ordinal: a third straight quarter, a fourth time, a fifth consecutive year. */
const ORDINAL_AFTER = /^\s+(?:straight|consecutive|successive|time|round|term|year|quarter|month|week|day|session|edition|batch|phase)\b/i;
const SMALL_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
const FRACTION_WORDS = /^(a|an|one|two|three|four|five|six|seven|eight|nine)[ -](halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/i;
const DIGIT_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(k|K|thousand|hundred|M|mn|mln|million|b|B|bn|bln|billion|tn|tln|trillion)?$/;
const DIGIT_SCALE: Record<string, number> = {
  k: 1e3, K: 1e3, thousand: 1e3, hundred: 100, M: 1e6, mn: 1e6, mln: 1e6, million: 1e6,
  b: 1e9, B: 1e9, bn: 1e9, bln: 1e9, billion: 1e9, tn: 1e12, tln: 1e12, trillion: 1e12,
};

/**
 * Parses an English number: digits (1,234.5), digits with a scale (2.33 k, 3.5 billion, 10 bln), number
 * words (twenty-one trillion three hundred, two hundred point zero three) and fractions (two thirds,
 * one hundred and three and two thirds). Words go through numberWordsValue; fractions are computed exactly
 * from its numerator and denominator. Returns null when the string is not one number.
 */
export function parseEnglishNumber(input: string): number | null {
  let s = input.trim().replace(/\s+/g, ' ');
  let sign = 1;
  const neg = /^(?:-|−|minus |negative )\s*/i.exec(s);
  if (neg) {
    sign = -1;
    s = s.slice(neg[0].length);
  }
  const d = DIGIT_NUMBER.exec(s);
  if (d && (d[1] || d[2])) {
    const base = Number(`${(d[1] ?? '0').replace(/,/g, '')}${d[2] ?? ''}`);
    return sign * round(base * (d[3] ? DIGIT_SCALE[d[3]] : 1));
  }
  // Slash fractions (3/4, 2 1/4) are exact; so are fraction words (a quarter, three fifths, half), read below.
  const slash = /^(?:(\d+)\s+)?(\d+)\/(\d+)$/.exec(s);
  if (slash) return Number(slash[3]) ? sign * round(Number(slash[1] ?? 0) + Number(slash[2]) / Number(slash[3])) : null;
  if (!/^[a-z -]+$/i.test(s)) return null;
  const whole = numberWordsValue(s);
  if (whole !== null) return sign * round(whole);
  // "one hundred and three and two thirds", "one and a half": a whole number and a fraction joined by the last "and".
  const k = s.toLowerCase().lastIndexOf(' and ');
  if (k > 0) {
    const before = parseEnglishNumber(s.slice(0, k));
    const part = parseEnglishNumber(s.slice(k + 5));
    if (before !== null && part !== null && part > 0 && part < 1) return sign * round(before + part);
  }
  return null;
}

function skipWord(text: string, p: number): number {
  let q = p;
  while (q < text.length && isWordChar(text.charCodeAt(q))) q++;
  return q;
}

interface UnitHit {
  code: string;
  end: number;
  counter?: string;
  /** The written number times factor is the value in `code` (20 gigawatt-hours = 20,000,000 kWh). */
  factor?: number;
}

/** Units written in English that the claim model expresses in another unit of the table. */
const UNIT_ALIASES: Array<[string, string, number]> = [
  ['gigawatt hours', 'kWh', 1e6], ['gigawatt hour', 'kWh', 1e6], ['terawatt hours', 'kWh', 1e9],
  // Their abbreviations too (a battery plant's 40 GWh): the spec's energy unit is kWh, and GWh is none of its codes.
  ['GWh', 'kWh', 1e6], ['TWh', 'kWh', 1e9],
  // A basis point is a hundredth of a percentage point (spreads and yields: narrowed by 145 basis points, 35 bps).
  ['basis points', 'percent', 0.01], ['basis point', 'percent', 0.01], ['bps', 'percent', 0.01], ['bp', 'percent', 0.01],
  // Research notes shorten percentage points to pp or ppt, glued or spaced (slipped 1.7pp, 3.5 ppts faster).
  ['ppts', 'percent', 1], ['ppt', 'percent', 1], ['pp', 'percent', 1],
  // The spec's durations have no week: six weeks is 42 days, as 六周 is.
  ['weeks', 'day', 7], ['week', 'day', 7],
  // Scientific and trade prose writes large masses in kilo-, mega- and gigatonnes (4.6 Mt of carbon, 300 kt of coal).
  ['kt', 't', 1e3], ['Mt', 't', 1e6], ['Gt', 't', 1e9],
];

/** A percentage's unit that counts points, not percent: percentage points, pp, ppt. */
const IN_POINTS = /point|pp/i;

/** The unit after p: a unit word from the table, or a plural noun counted (300 companies). */
function unitAfter(text: string, p: number, num: Num): UnitHit | null {
  // "10,000-plus mu", "1,800-odd counties": the qualifier stands between the number and its unit.
  const qualifier = /^-(?:plus|odd)(?=\s)/i.exec(text.slice(p, p + 6));
  const from = qualifier ? p + qualifier[0].length : p;
  let q = from;
  // One separator: a hyphen (a 90-mu plot), spaces, or a line break of hard-wrapped print text.
  if (text[q] === '-') q++;
  else while (q < text.length && q - from < 3 && /\s/.test(text[q])) q++;
  const rest = text.slice(q, q + 80);
  // Hyphenated compound units read like spaced ones: 5.2-square-kilometer, 12,000-square-metre.
  const lower = rest.toLowerCase().replace(/-/g, ' ');
  for (const [alias, code, factor] of UNIT_ALIASES) {
    // Short abbreviations keep their case (25bp, 35 bps; not BP the company).
    const hit = alias.length <= 3 ? rest.startsWith(alias) : lower.startsWith(alias);
    if (hit && !isWordChar(lower.charCodeAt(alias.length))) return { code, end: q + alias.length, factor };
  }
  for (const [w, u, isWord] of UNIT_LIST) {
    const hit = isWord ? lower.startsWith(w) : rest.startsWith(w);
    if (!hit) continue;
    const after = rest.charCodeAt(w.length);
    if (isWordChar(after)) continue;
    // Bare symbols need to touch the number or be a known symbol (20 km, 12%, 45 m, 41,000 t); "a" alone after a space
    // is a word.
    if (!isWord && w.length === 1 && q > p && w !== '%' && w !== 'm' && w !== 't') continue;
    // A spaced t opening a hyphenated word is no symbol (2 t-shirts).
    if (w === 't' && q > p && after === 45) continue;
    if (u.kind === 'count') continue; // counters are handled below, by noun
    if (u.code === 'times' && w === 'times' && !/^(?:as|more|higher|larger|bigger|that|the)\b/i.test(text.slice(q + w.length + 1, q + w.length + 8))) continue;
    // "42 billion won", "5,000 won": the Korean currency after a scale or four digits; "12 won approval" is a count that
    // won something.
    if (w === 'won' && !/(?:\d,?\d{3}|illion|bn|trn)$/i.test(text.slice(num.start, p))) continue;
    let end = q + w.length;
    let code = u.code;
    if (u.kind === 'money') {
      const rate = rateAfter(text, end, num, code);
      if (rate) return rate;
    }
    // "15 million yuan of output per mu", "150,000 yuan in tax per mu": what the money measures stands between it and
    // the rate; the span stays the money.
    const of = u.kind === 'money' ? /^\s+(?:of|in)(?:\s+[a-z-]+){1,2}\s+per(?=\s)/i.exec(text.slice(end, end + 40)) : null;
    if (of) {
      const per = unitAfter(text, end + of[0].length, { ...num, value: 2 });
      if (per && RATE_DENOMINATORS.has(per.code)) return { code: rateUnit(code, per.code), end };
    }
    return { code, end };
  }
  if (num.year || num.currency) return null;
  // "46 staff hours a year", "1,200 man-days", "300 person-hours": people before hours or days measure the work's time,
  // not how many people there are.
  const labour = /^(?:staff|man|person|worker|labou?r)[\s-](hours?|days?)\b/i.exec(rest);
  if (labour) return { code: /^h/i.test(labour[1]!) ? 'hour' : 'day', end: q + labour[0].length };
  // "a 1,200-bed care home", "a 50,000-seat stadium": a facility's capacity, written as a compound adjective, counts
  // its beds, seats, rooms or berths.
  const capacity = text[from] === '-' ? CAPACITY_COMPOUND.exec(text.slice(from + 1, from + 12)) : null;
  if (capacity) return { code: 'count', end: from + 1 + capacity[1]!.length, counter: 'count' };
  // "a 3,000-strong team", "a 200-strong delegation": a group's size written as a compound adjective counts its
  // members (a fleet's or a herd's, its ships or animals).
  const strong = text[from] === '-' ? /^strong\b(?![\s-]+(?:fleet|herd|flock|collection|portfolio)\b)/i.exec(text.slice(from + 1, from + 30)) : null;
  if (strong) return { code: 'person', end: from + 1 + strong[0].length, counter: 'person' };
  // Across a line break a lower-case noun right after the number counts (hard-wrapped "1,000\npeople").
  const wrapped = /\n/.test(text.slice(p, q));
  const proseBeforeBreak = wrapped && /[a-z]{2,}\s+\S*$/i.test(text.slice(text.lastIndexOf('\n', num.start - 1) + 1, num.start));
  // Counted nouns: a plural noun right after the number or after one or two modifiers (300 new companies).
  // Up to three modifiers (20 strategic emerging industry clusters), up to six with two of them joined by "and" (132
  // refrigeration and cold chain companies, two new oil and gas storage bases), or a list closed by "and" (1,000
  // shipping, trading and logistics companies).
  const m = COUNTED_PHRASE.exec(rest);
  if (!m) return null;
  // "6,300 Hong Kong residents", "2,000 South Korean tourists": a two-word place before people says where they are from.
  const fromPlace = /^[A-Z][a-z]+$/.test(m[1]) && /^[A-Z][a-z]+$/.test(m[2] ?? '') && PERSON_NOUNS.test(m[3] ?? '');
  for (let k = 1; k <= 7 && m[k]; k++) {
    const noun = m[k];
    const lowerNoun = noun.toLowerCase();
    // "small- and medium-sized enterprises", "Hong Kong- and Macau-funded firms": a hyphen left hanging before "and".
    // "27 Dutch and Chinese agri-tech firms", "30 Chinese and foreign companies": two origins joined by "and" describe the
    // noun as two adjectives do.
    if (k > 1 && k < 7 && lowerNoun === 'and' && m[k + 1] && (/-$/.test(m[k - 1]) || !isCountedNoun(m[k - 1]))) continue;
    // "40 more elderly-care canteens": more between the number and its noun adds to a count already there.
    if (k === 1 && lowerNoun === 'more' && m[2]) continue;
    if (FUNCTION_WORDS.test(noun)) return null;
    // "three times what wheat earns", "five years their senior": a multiple or a span, no counted noun after it. But a
    // noun that only looks plural may describe a counted noun (4,800 news items, 12 series standards).
    if (k === 1 && NOT_COUNTERS.test(noun) && !(/^(?:news|series)$/i.test(noun) && m[2] && isCountedNoun(m[2]))) return null;
    // Three modifiers may stand alone (20 strategic emerging industry clusters); more need an "and" among them.
    // Four may, when all are lower-case words, hyphenated ones too (38 small waste water treatment stations, 13
    // cross-border e-commerce comprehensive pilot zones), never a name.
    if (k > 4 && !m.slice(2, k).some((w) => w.toLowerCase() === 'and') && !(k === 5 && m.slice(1, 5).every((w) => /^[a-z]+(?:-[a-z]+)*$/.test(w)))) return null;
    // One capitalised word may describe the noun (30 Chinese companies, 320 Tan sheep, 2,700 Hanfu businesses);
    // more make a name (14 Jiading District plans).
    // A capitalised word joined to a lower-case one describes too (Macau-funded, Shenzhen-based).
    // An initialism joined by & is a modifier, not a name (12 joint R&D centers); so is the second of two origins joined by
    // "and" (Dutch and Chinese).
    if (k > 2 && /^[A-Z]/.test(m[k - 1]) && !/^[A-Z][a-z]+-[a-z]+$/.test(m[k - 1]) && !m[k - 1].includes('&')
      && !(k > 3 && m[k - 2].toLowerCase() === 'and') && !(fromPlace && k === 3)) return null;
    if (fromPlace && k === 2) continue;
    // A capitalised word and a lower-case one describe the noun after them (1,873 China-Europe freight trains); two
    // capitalised words make a name, unless the second is joined to a lower-case one (138 Hong Kong-funded companies).
    if (k === 2 && /^[A-Z]/.test(m[1]) && !isCountedNoun(noun) && /^[A-Z]/.test(noun) && !/-$/.test(noun) && !/^[A-Z][a-z]+-[a-z]+$/.test(noun)) return null;
    // Across a line break, modifiers too when the number ends a line of prose and every word is lower-case (a
    // hard-wrapped "… and five\nframe workshops"); never a name.
    if (wrapped && (/^[A-Z]/.test(noun) || (k > 1 && !(proseBeforeBreak && m.slice(1, k + 1).every((w) => /^[a-z]/.test(w)))))) return null;
    // "the Two Sessions", "Four Modernizations": a number word before a capitalised noun is a name (but a place may
    // describe a lower-case noun counted after it: four Chongzhou towns, as digits do). An initialism's plural is a
    // noun, not a name (eight LGFVs, three SMEs).
    if (num.words && /^[A-Z]/.test(noun) && !INITIALISM_PLURAL.test(noun) && !(k === 1 && /^[a-z]/.test(m[2] ?? '') && isCountedNoun(m[2]!))) return null;
    // A quoted phrase may itself end in the noun (86 "new villagers"): its last word is what is counted.
    const head = /^["“]/.test(noun) ? noun.slice(1, -1).split(' ').pop()! : noun;
    // "1.3 million overseas Chinese", "2,000 Japanese": a nationality whose plural is its singular counts people, unless
    // a noun it describes follows (30 Chinese companies, 12 Japanese tech firms).
    // ("$1 = 7.2651 Chinese yuan": no fraction of a person, and a unit after it is what the figure measures.)
    const nationals = NATIONALITY_PLURALS.test(head) && Number.isInteger(num.value)
      && !m.slice(k + 1, 8).some((w) => w && (PERSON_NOUNS.test(w) || isCountedNoun(w) || UNIT_LIST.some(([u]) => u.toLowerCase() === w.toLowerCase())));
    if (NATIONALITY_PLURALS.test(head) && !nationals) continue;
    // "21,400 household toilets": household in the singular describes the noun counted after it.
    if (/^household$/i.test(head) && m[k + 1] && isCountedNoun(m[k + 1])) continue;
    const person = nationals || PERSON_NOUNS.test(head);
    if (!person && !isCountedNoun(head)) continue;
    const at = rest.indexOf(noun, k === 1 ? 0 : m[1].length);
    // A plural-looking word before a noun that is counted describes it (136 logistics firms, 1,200 overseas buyers),
    // unless a comma after it opens a list of nouns that "and" closes (32 provinces, regions and municipalities).
    if (!person && m[k + 1] && !COUNTED_NOUNS.has(lowerNoun) && (PERSON_NOUNS.test(m[k + 1]) || isCountedNoun(m[k + 1]))
      && !(rest[at + noun.length] === ',' && headsNounList(m.slice(k + 1)))) continue;
    const code = person ? (/^households?$/i.test(noun) ? 'household' : 'person') : /^(?:projects|items|measures|policies)$/i.test(noun) ? 'item' : 'count';
    // A comma inside the phrase ends the figure's words unless it separates a list that "and" closes or two
    // adjectives of the noun (eight certified, insect-proof nurseries).
    if (rest.slice(0, at).includes(',') && !COMMA_LIST.test(rest.slice(0, at)) && !COORDINATE_ADJECTIVES.test(rest.slice(0, at))) return null;
    return { code, end: q + at + noun.length, counter: code };
  }
  return null;
}

/** Rates: yuan per mu, yuan/sq m, RMB 28-35 per sq m, per capita: the money's unit over what follows "per", "/" or "a". */
function rateAfter(text: string, end: number, num: Num, currency: string): UnitHit | null {
  // "6,000 yuan ($830) per mu": a conversion in brackets is the same amount, so the rate after it is both figures'
  // rate; each span stays its money.
  const conversion = CONVERSION_BEFORE_RATE.exec(text.slice(end, end + 40));
  if (conversion && (conversion[0].trimStart().startsWith('(') || text[num.start - 1] === '(')) {
    const rate = rateAfter(text, end + conversion[0].length, num, currency);
    return rate && { code: rate.code, end };
  }
  const rate = /^\s*(?:per|\/|a)\s*/i.exec(text.slice(end, end + 6));
  // A line that opens with a capital starts a label or sentence of its own ("38,600 yuan\nPer capita disposable
  // income …" in a listicle); a line wrapped mid-phrase goes on in lower case.
  if (!rate || /\n\s*[A-Z]/.test(rate[0])) return null;
  // One person or household is written in the singular, which is no counted noun (20,000 yuan per person).
  const head = PER_HEAD.exec(text.slice(end + rate[0].length, end + rate[0].length + 12));
  if (head) return { code: rateUnit(currency, /^(?:household|family)$/i.test(head[1]) ? 'household' : 'person'), end: end + rate[0].length + head[0].length };
  // (After a slash the unit touches it: 192,000 yuan/mu, CNY 288/m2.)
  const at = end + rate[0].length;
  const per = unitAfter(text, /\s$/.test(rate[0]) ? at - 1 : at, { ...num, value: 2 });
  return per && RATE_DENOMINATORS.has(per.code) ? { code: rateUnit(currency, per.code), end: per.end } : null;
}

/** A money figure's conversion in brackets, or the bracket that closes one, before "per" or a slash. */
const CONVERSION_BEFORE_RATE = /^(?:\s*\((?:US\$|HK\$|S\$|NT\$|\$|¥|€|£)?[\d.,]+(?:\s?(?:million|billion|bn|mn|m|bln|mln))?(?:\s?[a-z]+)?\)|\))(?=\s*(?:per\s|\/))/i;

/** One person or household after "per" or "a": singular nouns the counted-noun reader does not take (not "per head of cattle"). */
const PER_HEAD = /^(person|head(?! of\b)|capita|resident|household|family)\b/i;

/** Per capita, or per one person named by what they are (per visitor, per worker), before a money figure. */
const PER_ONE_PERSON = /per[ -]capita|\bper (?:person|head|visitor|tourist|resident|worker|employee|villager|student|farmer|passenger)\b/i;

/**
 * "7. 38,600 yuan\nPer capita disposable income of …": a figure alone on its line (a "by the numbers" heading, maybe
 * numbered) is described by the line after it; anything else is described by its own sentence (empty here).
 */
function describedBy(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || !/^\s*(?:\d{1,2}[.)]\s+)?$/.test(text.slice(lineStart, start)) || !/^\s*$/.test(text.slice(end, lineEnd))) return '';
  return text.slice(lineEnd + 1, lineEnd + 200);
}

/** After a bond's year: one to three capitalised words and a series number, maybe after letters (MTN001, PPN002). */
const BOND_SHORT_NAME_AFTER_YEAR = /^ (?:[A-Z][a-z]+ ){1,3}(?:[A-Z]{2,4})?\d{2,3}\b/;

/** A money figure from here up is a total, whatever "per capita" said earlier in its sentence. */
const PER_HEAD_CEILING = 10_000_000;

/** The unit a money figure is given per, when "per …" comes before the figure. */
/** "A mu of persimmon trees now brings in 8,000 yuan", "each household earns 5,000 yuan": one unit of land or one
 * household as the subject of an earning verb right before the figure is a rate, like "per mu". */
const ONE_UNIT_EARNS = /\b(?:a|one|each|every) (mu|hectare|household)\b(?: of (?:[a-z'-]+ ){0,2}[a-z'-]+)? (?:now |can |could |typically |usually )?(?:brings? in|brought in|earn(?:s|ed)?|yield(?:s|ed)?|generat(?:es?|ed)|makes?|made|fetch(?:es|ed)?|net(?:s|ted)?)\s+(?:about |around |roughly |nearly |almost |up to |over |more than |less than )?$/i;
/**
 * "We pay each household a dividend of about 1,200 yuan": one household or person named as the receiver, with no
 * other figure and no clause break before the money, gives the rate.
 */
/**
 * "Each mu of new industrial land must bring investment of at least 4 million yuan, and tax of at least 400,000 yuan a
 * year": one unit of land as the subject of what it is required to bring sets a rate for each amount it must bring,
 * the amounts joined by "and" as the verb's objects (a measure and "of", "in" or "worth" before each), however long
 * the measure's words make the lead. Another clause after "and" ("and the county gets …") is not its object.
 */
const ONE_UNIT_MUST_BRING = /\b(?:a|one|each|every) (mu|hectare)\b(?: of (?:[a-z'-]+ ){0,3}[a-z'-]+)?(?: \([^()]{0,40}\))?(?: there| here)?,? (?:must|should|has to|is required to|needs? to|is expected to)(?: also)? (?:bring|generate|yield|deliver|attract|carry|produce|pay|contribute)(?: in)?\s+(?:(?:[^;:!?.]|\.\d){0,80}?,?\s+and\s+)?(?:(?:[a-z-]+ ){1,3}(?:of|in|worth)\s+)?(?:at least |no less than |not less than |more than |over |about |around |roughly |up to )?$/i;
const EACH_UNIT = /\b(?:each|every) (mu|hectare|household|family|person|resident|villager)\b[^0-9,;:!?]{0,40}$/i;
/**
 * "For each local worker a new firm hires in its first year, the county pays a subsidy of 1,000 yuan": a sentence that
 * opens on "for each" and what is paid for, then a comma and the payment, gives the rate.
 */
const FOR_EACH_OPENING = /^\s*(?:for|per) (?:each|every) (?:[a-z-]+ )?(mu|hectare|household|family|person|resident|villager|worker|employee|student|graduate|trainee)\b[^0-9;:!?]{0,60},[^0-9,;:!?]{0,60}$/i;
const PER_WORD: Record<string, string> = {
  mu: 'mu', hectare: 'ha', household: 'household', family: 'household', 'square meter': 'm2', person: 'person', resident: 'person', villager: 'person',
  worker: 'person', employee: 'person', student: 'person', graduate: 'person', trainee: 'person',
};

/**
 * A word, a technology's digit-and-letter name (420 5G base stations, 12 4K cameras), an initialism joined by &
 * (165 000 I&T jobs, 40 R&D centres), or a quoted phrase that modifies the
 * noun as one word (12 national-level "little giant" firms).
 */
const PHRASE_WORD = '([0-9][a-z]{1,2}(?![a-z])|[a-z]{1,3}&[a-z]{1,3}|[a-z][a-z-]*|["“][a-z][a-z -]{0,24}["”])';
/** The number's noun and up to six words before it, each group one word; a comma may follow a word of a list. */
const COUNTED_PHRASE = new RegExp(`^${PHRASE_WORD}${`(?:,?\\s+${PHRASE_WORD})?`.repeat(6)}`, 'i');
/** Two adjectives with a comma between them and no "and": certified, insect-proof (nurseries); large, modern (plants). */
const COORDINATE_ADJECTIVES = /^[a-z-]*(?:ed|al|ic|ive|ous|ful|ent|ant|able|ible|ary|less|proof|[a-z]-[a-z]+),\s+[a-z-]+\s+$/;
/** Modifiers that are a list closed by "and": shipping, trading and supply-chain (service). */
const COMMA_LIST = /^(?:[a-z-]+\s+)*[a-z-]+(?:,\s+[a-z-]+)+,?\s+and\s/i;

/** "per enterprise", "per import container" after money: the figure's own base, not a unit of time it is paid in. */
const OWN_BASE_AFTER = /^\s*per\s+(?!(?:year|month|week|day|hour|annum)\b)[a-z]/i;

/** An initialism in the plural: LGFVs, SMEs, NEVs. */
const INITIALISM_PLURAL = /^[A-Z]{2,}s$/;

/** A facility's capacity noun in the singular after a hyphen, before the facility's name (1,200-bed care home). */
const CAPACITY_COMPOUND = /^(bed|seat|room|berth)(?=\s+[a-z])/;

/**
 * The words after a comma list's first word: a list of nouns when "and" closes it on a plural noun that no counted noun
 * follows (…, regions and municipalities), not modifiers of a noun after the list (…, trading and finance firms).
 */
function headsNounList(words: ReadonlyArray<string | undefined>): boolean {
  const and = words.findIndex((w) => w?.toLowerCase() === 'and');
  const last = words[and + 1];
  const after = words[and + 2];
  return and > 0 && !!last && isCountedNoun(last) && !(after && (isCountedNoun(after) || PERSON_NOUNS.test(after)));
}

/** A plural noun that can name what a number counts (companies, villages, sheep), not a word like "decades". */
function isCountedNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (UNCHANGED_PLURALS.test(lower)) return true;
  // Words in -us and -is are singular (citrus, census, bonus, basis, analysis); an initialism's plural is not (TEUs).
  // ("overseas" is an adjective: 1.3 million overseas Chinese.)
  return /(?:[^s]s|ies|ses|xes)$/.test(lower) && !/(?:us|is)$/.test(word) && lower !== 'overseas' && lower.length > 3 && !NOT_COUNTERS.test(word);
}

/**
 * A word of change (output grew from …, cut approval time from …, an increase from …, the share went from …, compared
 * with last year, from …); not "higher" or "lower", which before from … to are a grade's ("Higher-grade land is priced
 * from 300 to 500 yuan"; "lowered from" is a change), nor the "up" of a phrasal verb. Stems end
 * in their inflections, so that a place or a noun that only starts like one (Changzhou, contracts, additional, diplomats,
 * turnover) is none.
 */
const CHANGE_WORD = new RegExp(String.raw`\b(?:ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|ing|th)?|increas\w*|decreas\w*|f[ae]ll(?:s|en|ing)?|drop\w*|declin\w*|jump\w*|climb\w*|surg(?:e|es|ed|ing)|soar\w*|cut(?:s|ting)?|reduc\w*|reduction|rais\w*|lift\w*|expan\w*|shr[aiu]nk\w*|went|go(?:es|ne|ing)?|mov(?:e|es|ed|ing)|improv\w*|doubl\w*|tripl\w*|halv\w*|narrow\w*|widen\w*|extend\w*|shorten\w*|lengthen\w*|lower(?:s|ed|ing)|boost\w*|revis\w*|adjust\w*|chang(?:e|es|ed|ing)|upgrad\w*|downgrad\w*|slash\w*|trim\w*|accelerat\w*|slow\w*|sw[iau]ng\w*|edg(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|plung\w*|slump\w*|tumbl\w*|sank|sink\w*|slid\w*|dip(?:s|ped|ping)?|rebound\w*|recover\w*|shift\w*|turn(?:s|ed|ing)?|switch\w*|convert\w*|brought|bring\w*|push\w*|pull\w*|leap\w*|leapt|rocket\w*|swell\w*|contract(?:ed|ing)|eas(?:e|ed|es|ing)|gain\w*|add(?:s|ed|ing)?|compar(?:ed|ing)|${UP_AS_CHANGE}|down)\b`, 'gi');
/** A word that makes from … to a span, whatever changed before it (wages range from, vary from, terms run from, span from). */
const SPAN_WORD = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|runs?|running|spans?|spanning)\b/gi;
/** What stands before a participle said as an adjective: a determiner, or nothing in its clause (the improved land, Advanced manufacturing firms). */
const ADJECTIVE_PARTICIPLE_BEFORE = /(?:^\s*|\b(?:the|a|an|its|their|this|these|those|our|his|her)\s+)$/i;
/**
 * Whether a word of change in the clause before "from" makes from … to two levels, a level and the one it reached: not
 * a participle said as an adjective before its noun (not "Adjusted from 10 to 12 yuan, the fee …", a verb), nor a word
 * before a span word ("Rents that rose last year now range from 10 to 15 yuan" is a range).
 */
function changeBeforeFrom(before: string): boolean {
  // (Within its sentence's last piece, as a stop in U.S. or 5 p.m. ends one.)
  const clause = clauseBeforeFrom(before).split(/[.!?]/).at(-1)!;
  if (!/\bfrom(?:\s+(?:[a-z]+|(?:19|20)\d{2}['’]s)){0,2}\s*$/i.test(clause)) return false;
  const afterSpan = Math.max(0, ...[...clause.matchAll(SPAN_WORD)].map((m) => m.index + m[0].length));
  return [...clause.slice(afterSpan).matchAll(CHANGE_WORD)].some((m) => {
    const at = afterSpan + m.index;
    const adjective = /ed$/i.test(m[0]) && ADJECTIVE_PARTICIPLE_BEFORE.test(clause.slice(0, at)) && /^\s+(?!(?:from|by|to|with|than)\b)[a-z]/i.test(clause.slice(at + m[0].length));
    return !adjective;
  });
}
/**
 * The clause "from" is in ("…6.8 percent higher, while commercial land, in six grades from": "in six grades from"), or
 * the one before when "from" opens its own ("output grew, from …").
 */
function clauseBeforeFrom(before: string): string {
  const clauses = before.split(/[,;:(—]/);
  return /^\s*from\b/i.test(clauses.at(-1)!) && clauses.length > 1 ? clauses.slice(-2).join(',') : clauses.at(-1)!;
}
/**
 * A verb in the past before "by": what happened is one change, so "dropped by 46 billion yuan to 312 billion yuan" gives
 * the change and the level, not a range; a range after "by" is a plan or a forecast ("will cut costs by 15% to 25%").
 */
const PAST_CHANGE_BY = /\b(?:[a-z]+ed|fell|rose|grew|shrank|sank|slid|swelled)(?:\s+(?!(?:to|will|would|could|may|might|should|be)\b)[a-z'-]+){0,5}\s+by(?:\s+(?:about|around|nearly|almost|roughly|some|just|only|another|a further))?\s*$/i;

/** What a term after "for the first" is the term of: a waiver (rent, tax, fee) or a grant (subsidy, refund, rebate). */
const WAIVED_OR_GRANTED = /\b(rent|tax|fee|interest|charge|subsid(?:y|ies)|refund|rebate)/gi;
/** The text before a term that may name its waiver or grant: a grant's object may be long (the local share of CIT …). */
function waiverWindow(text: string, start: number): string {
  return text.slice(Math.max(0, start - 130), start);
}
/**
 * A rent, tax, fee or interest waived, or a subsidy, refund or rebate granted, then "for the first": the term it runs
 * ("pay no rent for the first two years", "a rent subsidy of RMB 10 per square meter for the first three years",
 * "refunds 50 percent of the local share of CIT … for its first three years of production").
 */
/** "for the first nine months of the year", "of 2025": a part of a year is a period, whatever was granted in it. */
const PART_OF_A_YEAR = /^\s+of\s+(?:(?:the|this|last|that)\s+year|\d{4})\b/i;
const WAIVED_FOR_THE_FIRST = /\b(?:no (?:rent|taxe?s?|fees?|interest|charges?)|(?:rent|tax|fee|interest|charge)[- ]free|free of (?:rent|charge)|exempt(?:ed|ion)?|waive[sd]?|suspended|halved|subsid(?:y|ies)|refunds?|rebates?)\b[^.;:!?]{0,90}\bfor (?:the|its|their) first\s+$/i;
/** "Rent-free period: the first 2 years": a field that names the waiver's term, in a brochure or a term sheet. */
const WAIVER_TERM_FIELD = /\b(?:(?:rent|tax|fee|interest|charge)[- ]free (?:period|term)|tax holiday|exemption period)s?\s*:\s*(?:the\s+)?first\s+$/i;
/**
 * "… and for the first two years the rent is free": the waiver said after the term, in the clause it opens, or right
 * after it ("get the first six months rent-free").
 */
const WAIVED_AFTER_THE_FIRST = /^\s*,?\s*(?:the\s+)?(rent|tax|fee|interest|charge)(?:e?s)?\s+(?:is|are|will be|remains?)\s+(?:free|waived|exempt(?:ed)?)\b|^\s+(rent|tax|fee|interest|charge)[- ]free\b/i;

/**
 * "raise its capacity from 1.8 million to 3 million units": after "from", a bare figure whose level "to" gives next
 * takes that level's unit (two levels, two claims; the span stays the figure). Only with the same scale written on
 * both ("from 2 to 3 million yuan" leaves the scale of the first unsaid), and not for years (from 2021 to 2025).
 */
function unitOfLevelAfter(text: string, num: Num, q: number): UnitHit | null {
  if (num.year || !/[0-9]/.test(text[q] ?? '')) return null;
  const second = readDigits(text, q);
  if (!second || Number.isNaN(second.value) || second.year) return null;
  const scale = (s: Num) => /(thousand|million|billion|trillion|bn|mn)\b/i.exec(text.slice(s.start, s.end))?.[1]?.toLowerCase();
  if (scale(num) !== scale(second)) return null;
  const u2 = second.currency ? { code: second.currency, end: second.end } : unitAfter(text, second.end, second);
  // (The counted noun is the second figure's: the first is named by what the sentence measures, its capacity.)
  return u2 && !u2.factor ? { code: u2.code, end: num.end } : null;
}

/** The currency of the last amount of money written with its scale (2.1bn yuan, $6.4m) earlier in the sentence at p. */
function currencyBefore(text: string, p: number, out: readonly Claim[], sentences: Sentences): string | undefined {
  const [sentenceStart] = sentences.at(p);
  for (let k = out.length - 1; k >= 0 && out[k]!.start >= sentenceStart; k--) {
    const c = out[k]!;
    // (A scale in words may follow digits or number words: 1.5 billion yuan, one point five billion yuan.)
    if (c.end <= p && unitInfo(c.unit)?.kind === 'money' && /\d\s?(?:bn|trn|m|mn)\b|\b(?:million|billion|trillion)\b/i.test(c.text)) return c.unit.split('/')[0];
  }
  return undefined;
}

function finish(text: string, num: Num, out: Claim[], sentences: Sentences, forcedUnit?: string): number {
  let unit: UnitHit | null = forcedUnit ? { code: forcedUnit, end: num.end } : null;
  let high: Num | null = null;
  if (!unit && num.currency) unit = { code: num.currency, end: num.end };
  if (!unit) unit = unitAfter(text, num.end, num);
  // Ranges: 10-20 hectares, 10 to 20 hectares, between 10 and 20 hectares, 10%-20%.
  // ("two or three leading industries", "5 or 6 percent": two neighbouring numbers said together are a range too.)
  // "RMB 156,000 per mu to RMB 228,000 per mu": each end may write its currency before it and its rate after it; the
  // range is then looked for past the first end's rate, and holds only if the second end's rate is the same.
  const ownRate = num.currency && unit?.code === num.currency ? rateAfter(text, unit.end, num, num.currency) : null;
  const rateConn = ownRate && /^\s*(?:-|–|—|to)\s*/i.exec(text.slice(ownRate.end, ownRate.end + 8));
  const rateBeforeConn = rateConn && CURRENCY_BEFORE.some(([sym]) => text.startsWith(sym, ownRate!.end + rateConn[0].length)) ? ownRate : null;
  const connFrom = rateBeforeConn ? rateBeforeConn.end : unit ? unit.end : num.end;
  const conn = /^\s*(?:-|–|—|to|and|or(?=\s))\s*/i.exec(text.slice(connFrom, connFrom + 8));
  const between = /\bbetween\s*$/i.test(text.slice(Math.max(0, num.start - 10), num.start));
  // "rose from less than 30 percent to 70 percent": after a word of change, from … to is a change from one level to
  // another, not a range; else it is a range ("commercial land, in six grades from 1,860 to 5,420 yuan", "rents from 10
  // to 15 yuan", "terms run from 10 to 30 years").
  // ("went from 2019's 10 percent to 20 percent": a year's level.)
  const from = /\bfrom(?:\s+(?:19|20)\d{2}['’]s)?(?:\s+(?:less than|fewer than|more than|about|around|nearly|almost|over|under|roughly|some|just|only))?\s*$/i.test(
    text.slice(Math.max(0, num.start - 30), num.start),
  ) && changeBeforeFrom(text.slice(Math.max(sentences.at(num.start)[0], num.start - 90), num.start));
  // A range of counts names its noun once ("10 to 20 companies"); "1.2 million units to 87 countries" is two counts.
  // "dropped by 46 billion yuan to 312 billion yuan": a change that happened and the level it reached.
  // "will increase the subsidiary's capital by 1.6 billion yen to 4 billion yen": after a verb of change and "by", two
  // amounts each with its unit written are the change and the level in any tense; a plan's range after "by" is one of
  // percentages ("will cut costs by 15% to 25%").
  const changeThenLevel = conn?.[0].trim() === 'to' && (PAST_CHANGE_BY.test(text.slice(Math.max(0, num.start - 60), num.start))
    || (!!unit && unit.end > num.end && unit.code !== 'percent' && CHANGE_BY.slice(0, 2).some(([re]) => re.test(text.slice(Math.max(0, num.start - 90), num.start)))));
  if (conn && !from && !changeThenLevel && !unit?.counter && (conn[0].trim() !== 'and' || between)) {
    const q = connFrom + conn[0].length;
    // "RMB 5,800 to RMB 6,900": the currency may be written again before the second figure.
    // ("two to three plants", "two or three big operators": the second number in words.)
    const second = /[0-9$¥€]/.test(text[q] ?? '') || CURRENCY_BEFORE.some(([sym]) => text.startsWith(sym, q)) ? readDigits(text, q)
      : num.words ? numberWordsAt(text, q) : null;
    const or = conn[0].trim().toLowerCase() === 'or';
    // A range runs up: "bringing the share in its fleet of 210 to 57 percent" is a count and a level reached.
    // "from US$2,150 in 2021 to US$3,010": a year before "to" and an amount is no range; nor is a year after "in",
    // "by" or "since", a point in time ("from 11,600 yuan in 2021 to 16,900 yuan in 2025").
    if (second && !Number.isNaN(second.value) && !(second.value < num.value || (or && second.value === num.value)) && !(num.year && (second.currency || YEAR_AS_TIME.test(text.slice(Math.max(0, num.start - 8), num.start))))) {
      // "RMB 480,000-560,000 per mu": a currency written before the first figure is the unit of both.
      const u2 = second.currency ? { code: second.currency, end: second.end }
        : (unitAfter(text, second.end, second) ?? (num.currency ? { code: num.currency, end: second.end } : null));
      // "rose 2.3 percentage points to 38.5 percent" is a change and the level it reached, not a range.
      const sameRate = !rateBeforeConn || rateAfter(text, second.end, second, rateBeforeConn.code.split('/')[0]!)?.code === rateBeforeConn.code;
      if (u2 && sameRate && (!unit || (unit.code === u2.code && IN_POINTS.test(text.slice(num.end, unit.end)) === IN_POINTS.test(text.slice(second.end, u2.end))))) {
        if (num.year && second.year && u2.code === 'year') return u2.end;
        high = second;
        unit = u2;
      }
    }
  }
  // "41.3bn yuan in 2025, up from 27.6bn in 2021", "raised just 380m": an amount with its scale but no unit, after money
  // in its sentence, is money in that currency (the Economist names the currency once). A glued m is read as metres
  // by then; before a word other than a preposition it still is (380m long).
  if (!unit || (unit.code === 'm' && text[num.end] === 'm' && !/^m[\s-]+(?!(?:in|on|by|from|to|and|or|a|an|last|this|each|per)\b)[a-z]/i.test(text.slice(num.end, num.end + 12)))) {
    const scaled = /(?:\d(?:bn|trn|m|mn)|\s(?:million|billion|trillion))$/i.test(text.slice(num.start, unit ? unit.end : num.end));
    const currency = scaled ? currencyBefore(text, num.start, out, sentences) : undefined;
    if (currency) {
      if (unit) num = { ...num, value: num.value * 1e6, end: unit.end };
      unit = { code: currency, end: num.end };
    }
  }
  if (!unit && from && conn?.[0].trim().toLowerCase() === 'to') unit = unitOfLevelAfter(text, num, num.end + conn[0].length);
  if (!unit) return num.end;
  // "RMB 480,000 per mu", "US$12 per square meter": a currency before the figure, the rate after it.
  if (num.currency && unit.code === num.currency) unit = rateAfter(text, unit.end, num, unit.code) ?? unit;
  // "a 40 ft container", "20-foot boxes": a shipping container's size names its class, it measures nothing here.
  if (unit.code === 'ft' && /^[\s-]+(?:high[\s-]cube\s+)?(?:containers?|boxes|box|equivalent)\b/i.test(text.slice(unit.end, unit.end + 24))) return unit.end;
  if (num.year && !high) return unit.end;
  // "($1 = 7.1325 Chinese yuan)": an exchange rate states no amount, on either side of the equals sign.
  if ((num.currency || unitInfo(unit.code)?.kind === 'money') && (/^\s*=/.test(text.slice(unit.end, unit.end + 3)) || /[0-9]\s*=\s*$/.test(text.slice(Math.max(0, num.start - 4), num.start)))) return unit.end;
  const tail0 = text.slice(unit.end, unit.end + 12);
  const head0 = text.slice(Math.max(0, num.start - 24), num.start);
  // A paper's statistics measure its estimates, not the place: a confidence level and the interval after it (95% CI
  // 6.1-13.3%, a 90% confidence interval of 2.1% to 4.4%), and a sample size (N = 11,574 firm-year observations, n = 734).
  if (unit.code === 'percent' && /^\s*(?:CI\b|C\.I\.|(?:confidence|credible) intervals?\b)/.test(text.slice(unit.end, unit.end + 24))) return unit.end;
  if (/(?:\bCI|C\.I\.|\b(?:confidence|credible) intervals?)(?:\s+(?:of|was|is|from))?\s*[:=]?\s*[[(]?\s*(?:-?[\d.]+%?\s*[,;]\s*)?$/.test(head0)) return unit.end;
  if (/(?<![\w.])[Nn]\s?=\s?$/.test(head0)) return unit.end;
  const kind0 = unit.code === 'year' || unit.code === 'month' || unit.code === 'week' || unit.code === 'day' || unit.code === 'hour';
  // Ages and points in time: 48-year-old, ten years ago, two years on, five years earlier, the first six months, Five-Year Plan.
  // ("2.3 days on average", "three years on the job", "three years on 24,000 sq m of space" measure a stay, a tenure, a term.)
  if (kind0 && /^(?:[\s-]+old\b|\s+ago\b|\s+on\b(?!\s+(?:(?:average|the|a|an|each|every|end|its|their)\b|\d))|\s+later\b|\s+earlier\b|[\s-]+plan\b)/i.test(tail0)) return unit.end;
  // "on a three-month moving average basis", "a 12-month rolling total": the window a statistic is smoothed or summed
  // over, how a series is computed, not a span of anything.
  if (kind0 && /^\s+(?:(?:moving|rolling|running|trailing)\s+)?(?:average|mean|total|sum|basis)\b/i.test(text.slice(unit.end, unit.end + 24))) return unit.end;
  // "Reading Time: 6 minutes", "a 5-minute read": a page's reading time measures nothing of the article.
  if ((kind0 || unit.code === 'minute') && (/\breading time\s*:?\s*$/i.test(head0) || /^[\s-]+read\b/i.test(tail0))) return unit.end;
  // (But "pay no rent for the first two years": after a waiver, "for the first" gives the term it runs, a claim.)
  if (kind0 && /\b(?:first|last|past|previous|next|coming|recent)\s+$/i.test(head0)
    && !(((WAIVED_FOR_THE_FIRST.test(waiverWindow(text, num.start)) || WAIVER_TERM_FIELD.test(waiverWindow(text, num.start))) && !PART_OF_A_YEAR.test(text.slice(unit.end, unit.end + 16)))
      || WAIVED_AFTER_THE_FIRST.test(text.slice(unit.end, unit.end + 40)))) return unit.end;
  // "in the nine months", "over the 12 months to March": a span after a preposition and "the" points back to a period
  // already named (a compound adjective still measures its noun: in the 25-year operating period).
  if (kind0 && /\b(?:in|during|over|through|throughout|for|across)\s+the\s+$/i.test(head0) && text[num.end] !== '-') return unit.end;
  // "The city sold 14 residential plots … bought 5 of the 14 residential plots": "the" before a count already reported
  // with its noun points back to it, and counts nothing new.
  if (unit.counter && /\bthe\s+$/i.test(head0) && !high) {
    const noun = /([a-z]+)\s*$/i.exec(text.slice(num.end, unit.end))?.[1]?.toLowerCase();
    if (noun && out.some((c) => c.value === num.value && c.unit === unit!.code && c.text.toLowerCase().endsWith(noun))) return unit.end;
  }
  // Numbers inside names and ranks: Fortune Global 500, Top 100, the top 10 men.
  // A table's or figure's number labels it (Table 1 Main Indicators).
  if (/\b(?:Global|Fortune|Top|top|Forbes|Route|Highway|Line|Article|Table|Figure|Chart|Annex|Appendix|No\.)\s+$/.test(head0)) return unit.end;
  // A Chinese bond's short name: the two-digit year of issue, the issuer's name and the series number ("21 Mile Chengtou
  // 01", "24 Mile Chengtou MTN001") names the bond, even where the issuer's name is also a unit's word.
  if (/^\d{2}$/.test(text.slice(num.start, num.end)) && BOND_SHORT_NAME_AFTER_YEAR.test(text.slice(num.end, num.end + 48))) return unit.end;
  // A voltage class used as an attribute names the facility (a 110 kV substation): optional in gold, not reported.
  if (unit.code === 'kV' && /^[\s-]+(?!and\b|or\b|of\b|to\b)[a-z]/.test(text.slice(unit.end, unit.end + 6))) return unit.end;
  let value = round(num.value * (unit.factor ?? 1));
  if (high) {
    const scaleWord = SCALE_RE.exec(text.slice(high.start, high.end).replace(/^[^a-z]*/i, ''));
    void scaleWord;
    // "3.5-4 billion yuan": the scale written once applies to both ends.
    const hs = /(thousand|million|billion|trillion|bn|mn)\b/i.exec(text.slice(high.start, high.end));
    const ls = /(thousand|million|billion|trillion|bn|mn)\b/i.exec(text.slice(num.start, num.end));
    if (hs && !ls) value = round(value * SCALE[hs[1].toLowerCase()]);
  }
  // Money written twice: "500 million yuan ($70 million)" keeps both; "$20 million USD" is one.
  if (num.currency && /^\s*(?:usd|us dollars|dollars|yuan|rmb)\b/i.test(text.slice(unit.end, unit.end + 12))) {
    unit = { ...unit, end: unit.end + /^\s*\S+/.exec(text.slice(unit.end))![0].length };
  }
  // "roughly another 30bn yuan", "nearly a further 2,000 jobs": the qualifier reaches over another / a further.
  const before = text.slice(Math.max(0, num.start - 40), num.start).replace(/\s(?:another|a further)\s+$/i, ' ').slice(-30);
  let approx: Approx = 'exact';
  for (const [re, a] of BEFORE) if (re.test(before)) { approx = a; break; }
  // "implemented over six years": before a duration, "over" is "during" unless a word of length comes before it
  // (for over 20 years, a history of over 500 years, took over six years).
  if (approx === 'at_least' && kind0 && /\bover\s*$/i.test(before) && !/\b(?:for|of|in|took|takes|take|taking|lasted|lasts|last|spent|after|than|aged)\s+over\s*$/i.test(before)) approx = 'exact';
  // "a population spread over 2,908 square kilometers", "a line stretching over 40 km", "investment spread over 46
  // projects": after a verb of extent, "over" says across what the thing lies, not more than.
  if (approx === 'at_least' && /\b(?:spread|spreads|spreading|stretch(?:es|ed|ing)?|sprawl(?:s|ed|ing)?|scattered|extend(?:s|ed|ing)?|span(?:s|ned|ning)?|distributed|dispersed)\s+over\s*$/i.test(before)
    && ['area', 'length', 'count'].includes(unitInfo(unit.code)?.kind ?? '')) approx = 'exact';
  // "The section will be double-tracked over 188 km": after a passive verb, "over" a length or area with nothing "of"
  // after it is the stretch the work covers ("has paved over 300 km of roads" is more than).
  if (approx === 'at_least' && /\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z-]+ed\s+over\s*$/i.test(before)
    && ['area', 'length'].includes(unitInfo(unit.code)?.kind ?? '') && !/^\s+of\b/i.test(text.slice(unit.end, unit.end + 4))) approx = 'exact';
  const tail = text.slice(unit.end, unit.end + 20);
  if (approx === 'exact') for (const [re, a] of AFTER) if (re.test(tail)) { approx = a; break; }
  // "listed price from CNY 192,000/mu", "fares from 12 yuan", "a day trip costs from HK$380": a price from a figure
  // starts there, as "starting at" does (not "prices from 5,000 to 8,000 yuan", a range, nor "from … in 2021 to …", two levels; "up to" bounds
  // another figure: "priced from CNY240,000 per mu, and the zone can refund up to 50 percent").
  // So is a rate from a figure, unless a word of change says it moved from there ("industrial land from 312 yuan per
  // square meter", not "rents rose from 20 yuan per square meter").
  if (approx === 'exact' && !high && (/\b(?:prices?|priced|rents?|fares?|tickets?|costs?|costing)\s+from\s*$/i.test(before)
    || (unit.code.includes('/') && /\bfrom\s*$/i.test(before) && !changeBeforeFrom(before)))
    && !/^[^.;()]{0,40}?(?<!\bup )\bto\s+(?:[A-Z]{3}\s?|[$¥])?\d/.test(text.slice(unit.end, unit.end + 50))) approx = 'at_least';
  // 2,000+ firms, 2,000-plus livestreaming rooms, 1,800-odd counties (some more than 1,800).
  if (approx === 'exact' && /^(?:\+|-plus\b|-odd\b)/i.test(text.slice(num.end, num.end + 6))) approx = 'at_least';
  let change: Change | undefined;
  // "fell another 11%", "rose just 1.2%": the qualifier and words of degree between the verb and the figure.
  const stripped = before
    .replace(/(?:about|around|approximately|roughly|nearly|almost|(?:no |not )?(?:more|less|fewer) than|over|at least|some|up to|circa|\bca?\.|~)\s*$/i, '')
    .replace(/(?:\s(?:another|a further|an additional|just|only|a mere|a modest|a sharp|a steep))+\s*$/i, ' ');
  for (const [re, ch] of CHANGE_BEFORE) if (re.test(stripped)) { change = ch; break; }
  // "Rmb31.2bn (+8.6% yoy)", "+1.5ppt": a plus sign right before a percentage marks a rise, as an arrow does (the sign
  // stays outside the span; a phone number's +852 names no percentage).
  if (!change && unit.code === 'percent' && /(?:^|[\s([,;:])\+$/.test(text.slice(Math.max(0, num.start - 2), num.start))) change = 'increase';
  // The object between the verb and "by" can be long (cut chemical fertilizer use by): look further back.
  const byWindow = text.slice(Math.max(0, num.start - 90), num.start).replace(/(?:about|around|nearly|an estimated|(?:no |not )?(?:more|less) than|at least)\s*$/i, '');
  if (!change) for (const [re, ch] of CHANGE_BY) if (re.test(byWindow)) { change = ch; break; }
  // "rose by 4.8 percent and 6.5 percent": a figure joined to a change of the same unit is a change too.
  const prev = out[out.length - 1];
  // "about 2.5 million residents and 650 000 jobs": "about" reaches the figure "and" joins to the first, when it is a
  // figure of the same kind ("About 140 households and 23 hectares of farmland": the area is as written), and for
  // counts one of the same counter ("Nearly 40,000 residents and 26,000 head of livestock": the herd is as written).
  // ("about 48 kilometres from Phnom Penh and 190 kilometres from Sihanouk Port": so does a figure in the same unit and
  // the same construction, each followed by the same preposition and its object.)
  if (approx === 'exact' && prev?.approx === 'approx'
    && (/^\s*and\s*$/.test(text.slice(prev.end, num.start))
      || (prev.unit === unit.code && sameConstruction(text.slice(prev.end, num.start), text.slice(unit.end, unit.end + 8))))
    && unitInfo(prev.unit)?.kind === unitInfo(unit.code)?.kind
    && (unitInfo(unit.code)?.kind !== 'count' || prev.unit === unit.code)) approx = 'approx';
  // "more than 420 billion yuan ($58 billion)", "120,000 mu (8,000 hectares)": a conversion in brackets is the same
  // amount, so it keeps the qualifier of the figure it converts.
  if (approx === 'exact' && prev && prev.approx !== 'exact' && /^\s*\(\s*$/.test(text.slice(prev.end, num.start))
    && unitInfo(prev.unit)?.kind === unitInfo(unit.code)?.kind) approx = prev.approx;
  if (!change && prev?.change && prev.unit === unit.code && /^\s*(?:,|and|or|, and)\s*$/.test(text.slice(prev.end, num.start))) change = prev.change;
  // "Firms on small parcels gained 14.2%, those on parcels of 2 to 10 hectares 8.1%": a clause that opens on "those" or
  // "that" and has no verb of its own before its percentage leaves out the verb of the change before it (other figures,
  // as the parcels' size, may stand between).
  if (!change && unit.code === 'percent') {
    const [sentenceStart] = sentences.at(num.start);
    const changed = out.findLast((c) => c.start >= sentenceStart && c.unit === 'percent' && c.change);
    if (changed && /^\s*,\s*(?:and\s+|while\s+)?(?:those|that)\s[^;:!?]{0,80}$/i.test(text.slice(changed.end, num.start))
      && !/\b(?:is|are|was|were|has|have|had|saw|sees|posted|reached|stood|made|got|showed)\b/i.test(text.slice(changed.end, num.start))
      && /^\s*(?:[,;.)]|and\b|$)/.test(text.slice(unit.end, unit.end + 6))) change = changed.change;
  }
  // "rose by 38.2% over the period, against 21.5% in 14 comparable counties": the figure a change is set against, in
  // its unit and sentence, is the same measure's change elsewhere.
  if (!change && prev?.change && prev.unit === unit.code && prev.start >= sentences.at(num.start)[0]
    && /^[^0-9;.]{0,40}\b(?:against|compared (?:with|to)|versus|vs\.?)\s*$/i.test(text.slice(prev.end, num.start))) change = prev.change;
  // "cut energy use by 13.5 percent … and emissions by 18 percent": the verb written once serves both.
  if (!change && prev?.change && prev.unit === unit.code && /^[^0-9.;]{0,60}\band\s+[^0-9.;]{1,60}\bby\s*$/i.test(text.slice(prev.end, num.start))) change = prev.change;
  if (!change && unit.code === 'percent') for (const [re, ch] of CHANGE_AFTER) if (re.test(tail)) { change = ch; break; }
  // A field whose label names a growth holds a change, as a growth row of a table does (a key-facts box's "Average
  // annual GDP growth, 2020-25: 5.8%").
  if (!change && unit.code === 'percent' && GROWTH_FIELD.test(before)) change = 'increase';
  // "revenue to grow 2%-4% a year": the verb's plain form before a percentage is a change; not before an amount
  // ("farmers grow 2,000 mu of tea") nor before a share of a crop ("the county grows about 40 percent of China's danggui").
  if (!change && unit.code === 'percent' && /\bgrows?\s*$/i.test(stripped) && !/^\s*of\b/i.test(tail)) change = 'increase';
  // "1.9 percentage points higher than the provincial average", "… than the national rural average" compares with
  // another place: no change.
  if (/^\s*(?:higher|lower|more|less|faster|slower|above|below)(?: than)? (?:the )?(?:[a-z]+ ){0,2}average\b/i.test(text.slice(unit.end, unit.end + 48))) change = undefined;
  // "about a third less than in neighbouring Kunshan" compares with another place, "9.7% higher than it would otherwise
  // have been" with what did not happen: no change (but "higher than in 2024", "than in March" compare with a time).
  if (/^\s*(?:higher|lower|more|less|cheaper|dearer|faster|slower|above|below)\s+than\s+(?:(?:in|at)\s+(?:[a-z]+\s+){0,2}(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]|(?:(?:it|they|this|that|these|those)\s+)?(?:would|might|could|otherwise)\b)/.test(text.slice(unit.end, unit.end + 48))) change = undefined;
  // "about 55 percent higher than the minimum wage of the garment sector", "15% less than the same box by sea", "20% to
  // 25% lower than domestic ones": a comparison with another measure or thing, no time among the words after "than",
  // is no change ("than last year", "than the same period of 2024", "than at the end of 2025" compare with a time).
  const comparedWith = COMPARED_WITH.exec(text.slice(unit.end, unit.end + 60));
  if (comparedWith && !TIME_WORDS.test(comparedWith[1]!)) change = undefined;
  // "the national rural average was still 15% higher": the average is the subject, and the figure compares it.
  if (change && /\baverage (?:is|was|were|are|remains|remained|stood)\b[^0-9,.;]{0,20}$/i.test(text.slice(Math.max(0, num.start - 50), num.start))
    && /^\s*(?:higher|lower|more|less|above|below)\b/i.test(text.slice(unit.end, unit.end + 10))) change = undefined;
  let code = unit.code;
  if (code === 'CNY' || code === 'USD' || code === 'EUR') {
    const s0 = sentences.at(num.start);
    const lead = text.slice(s0[0], num.start);
    // Per capita reaches on through its sentence ("rose … to 78,420 yuan and 49,360 yuan"), but no one earns
    // tens of millions a head: "and GDP rose to 40 billion yuan" has moved on to a total.
    // ("average spending per visitor rose to 1,450 yuan": one visitor, tourist or worker is one person too.)
    if ((PER_ONE_PERSON.test(lead) || /^per[ -]capita\b/i.test(describedBy(text, num.start, unit.end))) && value < PER_HEAD_CEILING) code = rateUnit(code, 'person');
    // "Household income among members rose from US$2,150 to US$3,010": one household's income, as 户均收入.
    else if (/\b(?:per[ -]household|household) incomes?\b/i.test(lead) && !/\btotal household/i.test(lead) && value < PER_HEAD_CEILING) code = rateUnit(code, 'household');
    // "… 350,000 yuan per mu for the difference, plus a subsidy of up to 1.5 million yuan per enterprise": a figure
    // given per something of its own (an enterprise, a container, a trip) takes no rate from its sentence.
    else if (!OWN_BASE_AFTER.test(text.slice(unit.end, unit.end + 24))) {
      // "Tax revenue per mu of industrial land reached 312,000 yuan": the rate named before the figure,
      // with no other figure between them.
      // ("Average annual income per participating household: CNY 21,400": one word may describe the unit.)
      // ("… or 300,000 yuan per mu, and will receive a subsidy of up to 30 million yuan": a "per mu" that is an earlier
      // figure's own rate, inside its span, names nothing for a later one.)
      const perBefore = /\bper (?:[a-z-]+ )?(mu|hectares?|households?|square (?:meters?|metres?))\b[^0-9]*$/i.exec(lead);
      const perAt = s0[0] + (perBefore?.index ?? 0);
      const per = (perBefore && !out.some((c) => c.start >= s0[0] && c.start < perAt && c.end > perAt) ? perBefore : null)
        ?? ONE_UNIT_EARNS.exec(lead)
        ?? ONE_UNIT_MUST_BRING.exec(lead)
        ?? (value < PER_HEAD_CEILING ? EACH_UNIT.exec(lead) ?? FOR_EACH_OPENING.exec(lead) : null);
      if (per) code = rateUnit(code, PER_WORD[per[1].toLowerCase().replace(/s$/, '').replace(/metre$/, 'meter')]!);
      // "… per mu hit 186,000 yuan, well above the county average of 124,000 yuan": a figure compared with a rate
      // in its sentence is in that rate, and so is the same measure in another year in brackets ("… averaged 186,000
      // yuan in 2024 (2020: 142,000 yuan)").
      else if (prev?.unit.startsWith(`${code}/`) && prev.start >= s0[0]
        && (/\b(?:average|above|below|than|from|against)\b/i.test(text.slice(prev.end, num.start)) || /\(\s*(?:19|20)\d{2}\s*:\s*$/.test(text.slice(prev.end, num.start))
          // A row of cells after a rate (baseline / target / achieved: CNY 21,400 / CNY 26,000 / CNY 27,850, or with
          // arrows) gives the same measure in each.
          || /^\s*(?:\/|→|->)\s*$/.test(text.slice(prev.end, num.start))
          // "… earn about 3,800 yuan per mu, nearly 1,000 yuan more than they would with corn": a difference said right
          // after a rate, as more or less than something, is in that rate.
          || (/^[\s,;–—-]*(?:about |around |roughly |nearly |almost |some |just )?$/i.test(text.slice(prev.end, num.start))
            && /^\s+(?:more|less|higher|lower)\b/i.test(text.slice(unit.end, unit.end + 10)))
          // "Rents rose from around 500 yuan per mu in 2010 to a peak of 1,000 yuan": from one level of a measure to another.
          || (/\bfrom(?:\s+(?:around|about|roughly|nearly|some|just|only|less than|more than|over|under))?\s*$/i.test(text.slice(Math.max(s0[0], prev.start - 30), prev.start))
            && /\bto\b/i.test(text.slice(prev.end, num.start))))) code = prev.unit;
    }
  }
  // A sign: -3.2%, minus five percent (not a hyphen after a word or number, which joins a range or code).
  let start = num.start;
  const neg = /(?:^|[^\w-])(-|−|minus |negative )$/i.exec(text.slice(Math.max(0, start - 10), start));
  if (neg && !high) {
    start -= neg[1].length;
    value = -value;
  }
  // "one in every five freezers", "two in five villagers", "one out of 4 households": a share, 100·k/N percent, not a
  // count of N.
  const share = unit.counter && !high ? /\b(one|two|three|four|five|six|seven|eight|nine|\d) (?:in|out of) (?:every )?$/i.exec(text.slice(Math.max(0, num.start - 20), num.start)) : null;
  const part = share ? parseEnglishNumber(share[1]!) : null;
  if (share && part && num.value > part) {
    start = num.start - share[0].length;
    value = round((100 * part) / num.value);
    code = 'percent';
    approx = 'exact';
  }
  const [sa, sb] = sentences.at(num.start);
  const sentence = joinLines(text.slice(sa, sb), true);
  const previousEnd = prev && prev.end > sa && prev.end <= num.start ? prev.end : sa;
  let subject = englishSubject(text, sa, num.start, unit.end, unit.counter, previousEnd).replace(GROSS_DOMESTIC_PRODUCT, 'GDP');
  // "…reached 94.6 billion yuan, up 6.2 percent", "or about 72,000 hectares": the figure before it in the sentence
  // (what it measures, not its growth).
  // "120,000 mu (8,000 hectares) of land", "11.5 billion yuan ($1.6 billion)": a conversion in brackets measures what the
  // figure it converts does.
  if (prev && prev.start >= sa && /^\s*\(\s*(?:about|around|roughly|some|nearly|almost|approximately|over|more than)?\s*$/i.test(text.slice(prev.end, num.start))
    && unitInfo(prev.unit)?.kind === unitInfo(code)?.kind && prev.subject) subject = prev.subject;
  // "CNY 21,400 / CNY 26,000 / CNY 27,850": the next cell of a row measures what the cell before it did.
  if (prev && prev.start >= sa && /^\s*(?:\/|→|->)\s*$/.test(text.slice(prev.end, num.start)) && prev.unit === code && prev.subject) subject = prev.subject;
  // (After a share, "Land-sale revenue share of income, … slumped 28%": what took the share, or else the whole.)
  if (subject === '' && previousEnd > sa) subject = inherited(prev.subject, code, change);
  // "Land sale revenue covered roughly 60% of this. It peaked at 5.27 billion yuan …": a sentence led by "It" or "They"
  // measures what the figure just before it did.
  if (subject === '' && prev && prev.end <= sa && sa - prev.end < 200 && /^\s*(?:It|They)\s/.test(text.slice(sa, sa + 8))) subject = inherited(prev.subject, code, change);
  // "1. 600,000 mu\nThe area Shouguang farms under vegetables": a heading figure is named by the line under it.
  if (subject === '') subject = describedSubject(describedBy(text, num.start, unit.end));
  subject = withPronounOwner(withOwnerName(groupSubject(text, sa, num.start, unit.end, code, change, prev) ?? subject, text, num.start), text, sa);
  // (What a share, a value, an area or a price is of: as read, or as the figure before gave it.)
  if (!change) {
    subject = withShare(subject, text, sa, previousEnd, num.start, unit.end);
    for (const measure of [withWorth, withArea, withPrice, withCap]) subject = measure(subject, text, sa, num.start, unit.end);
  }
  // "pay no rent for the first two years": the term is the waiver's, named by what is waived (rent-free period), or
  // the grant's (subsidy period, refund period).
  const window = waiverWindow(text, num.start);
  const waived = kind0 && WAIVED_FOR_THE_FIRST.test(window) ? [...window.matchAll(WAIVED_OR_GRANTED)].pop()
    : kind0 ? WAIVED_AFTER_THE_FIRST.exec(text.slice(unit.end, unit.end + 40)) ?? undefined : undefined;
  if (waived) {
    const word = (waived[1] ?? waived[2])!.toLowerCase().replace(/ies$/, 'y');
    subject = /^(?:subsidy|refund|rebate)$/.test(word) ? `${word} period` : `${word}-free period`;
  }
  // "GDP grew 6.1 percent": a percentage that is a rise measures the growth of what the sentence names.
  // (Not a share that gained percentage points, nor a subject that already names the rise.)
  if (change === 'increase' && code === 'percent' && subject && !/\b(?:growth|increase|rise|CAGR)\b/i.test(subject) && !/(?:\bpoints?|[\d\s]pp(?:ts?)?)$/i.test(text.slice(num.start, unit.end))) {
    // ("grew at a CAGR of 17.8%": a compound annual rate, named as the text names it.)
    subject = `${subject} ${/\bCAGR (?:of|at)\s*$/.test(text.slice(Math.max(0, num.start - 12), num.start)) ? 'CAGR' : 'growth'}`;
  }
  // (What a figure is compared with, a change or not: "15% less than the same box by sea".)
  subject = withComparison(subject, text, sa, num.start, unit.end);
  subject = withYear(withRate(subject, text, unit.end), text, unit.end);
  subject = withArticle(withPartSaid(withComplement(subject, text, unit.end), text, unit.end), text, sa, sb);
  out.push(
    makeClaim(text, {
      start, end: unit.end, value, unit: code, approx, change,
      // (A subject read across a line break of wrapped text is one line.)
      range: high ? { low: value, high: round(high.value * (unit.factor ?? 1)) } : undefined, subject: subject.replace(/\s+/g, ' '), sentence,
    }),
  );
  return unit.end;
}

/** Groups of people or firms whose figures a sentence gives side by side (urban and rural residents). */
const GROUP_NOUN = '(?:residents|households|villagers|workers|farmers|people|employees|enterprises|firms|companies)';
/** "Per capita disposable income of urban and rural residents rose by 4.8 percent and 6.5 percent": two groups named once. */
const TWO_GROUPS = new RegExp(`\\b((?:[A-Za-z-]+\\s+){0,4}[A-Za-z-]+)\\s+of\\s+([a-z-]+)\\s+and\\s+([a-z-]+)\\s+(${GROUP_NOUN})\\b(?:[^.;]|\\.\\d)*$`);
/** "reached 79,360 yuan for urban residents and 48,120 yuan for rural residents": each figure's group after it. */
const FOR_GROUP = new RegExp(`^\\s+for\\s+((?:[a-z-]+\\s+)?${GROUP_NOUN})\\b`);
/** What such figures measure, named before them: per capita disposable income, average wages. */
const GROUP_MEASURE = /\b((?:[Pp]er[ -]capita\s+|[Aa]verage\s+)?(?:[a-z-]+\s+){0,2}(?:income|incomes|wages?|earnings|spending|consumption|pay|savings|deposits))\b/g;

/**
 * Two groups' figures in one sentence, named once for both ("of urban and rural residents … 78,420 yuan and 49,360
 * yuan") or each after its figure ("79,360 yuan for urban residents"): each figure is its own group's, in the order
 * written. A percentage that is a change of them is its growth.
 */
function groupSubject(
  text: string, sentenceStart: number, figureStart: number, unitEnd: number, unit: string, change: Change | undefined, prev: Claim | undefined,
): string | null {
  const lead = text.slice(sentenceStart, figureStart);
  const growth = (s: string) => (unit === 'percent' && change === 'increase' ? `growth of ${s}` : s).replace(/\s+/g, ' ');
  const after = FOR_GROUP.exec(text.slice(unitEnd, unitEnd + 40));
  if (after) {
    // (The last named before the figure: "… income reached 79,360 yuan for urban residents and 48,120 yuan for rural".)
    const measure = [...lead.matchAll(GROUP_MEASURE)].pop();
    return measure ? growth(`${measure[1]} of ${after[1]}`) : null;
  }
  const both = TWO_GROUPS.exec(lead);
  if (!both) return null;
  // The second of a pair follows the first, of the same unit, across "and".
  const second = !!prev && prev.start >= sentenceStart && prev.unit === unit && /^\s*,?\s*and\s*$/i.test(text.slice(prev.end, figureStart));
  return growth(`${both[1]} of ${second ? both[3] : both[2]} ${both[4]}`);
}

/** Subjects name the economy's output by its usual short name, as the corpus and readers do. */
const GROSS_DOMESTIC_PRODUCT = /\bgross domestic product\b/gi;
const GROWTH_SUFFIX = / (?:growth|CAGR)$/;

/**
 * The subject a figure takes from the one before it: that thing, not its growth; and for an amount or a change after
 * a share, not the share (a level after a share, "up from 6 per cent", is that share again).
 */
function inherited(subject: string, unit: string, change: Change | undefined): string {
  const share = unit === 'percent' && !change ? null : /^(.*?)\s*\bshare of (.+)$/.exec(subject);
  return (share ? share[1] || share[2]! : subject).replace(GROWTH_SUFFIX, '').replace(YEAR_SUFFIX, '');
}

function round(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number.parseFloat(x.toPrecision(12));
}

interface Sentences {
  at(pos: number): [number, number];
}

/**
 * Print or PDF text pasted with every line broken at about 70 characters: the tokenizer ends a sentence at each
 * line break, so a figure would lose the words on the line before it ("per capita\ndisposable income reached …").
 * A break after a line of running text that ends in no sentence mark (and is no table row), followed by more text
 * that is no list item, is read as a space; the same length keeps every offset.
 */
export function unwrapLines(text: string): string {
  // (A wrapped line may be indented to hang under its list item's text: "* Cluster size: … puts eyewear output at\n  Rmb31.2bn".)
  return text.replace(/\n(?=([ \t]*)[^\s•·▪*\-–—])/g, (br, indent: string, at: number) => {
    const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
    const next = at + 1 + indent.length;
    if (line.includes('\t') || /[.!?:;]["”’)]?\s*$/.test(line) || /^\(?\d{1,2}[.)]\s/.test(text.slice(next, next + 5))) return br;
    // A narrow newspaper column breaks at 40-odd characters: a line that runs on in lower case or with a figure is
    // wrapped however short it is.
    return line.length >= WRAPPED_LINE || /^[a-z0-9]/.test(text[next]!) ? ' ' : br;
  });
}
/** Shorter lines that run on in capitals are headlines, bylines, datelines and list items, not wrapped running text. */
const WRAPPED_LINE = 50;

/** A list item's mark at the start of the last line of a span, alone (the next item's bullet). */
const NEXT_ITEM_MARK = /\n[ \t]*[•·▪*–—-][ \t]*$/;

/**
 * Sentence spans from compromise's tokenizer (offsets into the text), looked up by binary search. Its
 * tagger (noun phrases) costs about 100 ms per 2 KB, too slow for a page, so subjects use the word
 * heuristic below. Text with no number is not tokenized at all.
 */
function sentenceIndex(text: string): Sentences {
  const spans: Array<[number, number]> = [];
  if (/[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|billion|third|half|dozen)\b/i.test(text)) {
    type Json = { offset: { start: number; length: number } };
    const tokens = nlp.tokenize(unwrapLines(text)) as unknown as { json(options: object): Json[] };
    for (const s of tokens.json({ offset: true, terms: false })) {
      const end = s.offset.start + s.offset.length;
      // The tokenizer ends a list item's sentence after the next item's bullet (… 47.6% urban\n•): the bullet is not its.
      const nextMark = NEXT_ITEM_MARK.exec(text.slice(s.offset.start, end));
      spans.push([s.offset.start, end - (nextMark?.[0].length ?? 0)]);
    }
  }
  return {
    at(pos: number): [number, number] {
      let lo = 0, hi = spans.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (pos < spans[mid][0]) hi = mid - 1;
        else if (pos >= spans[mid][1]) lo = mid + 1;
        else return spans[mid];
      }
      let a = pos;
      while (a > 0 && pos - a < 300 && !/[.!?\n]/.test(text[a - 1])) a--;
      let b = pos;
      while (b < text.length && b - pos < 300 && !/[.!?\n]/.test(text[b])) b++;
      return [a, Math.min(text.length, b + 1)];
    },
  };
}

