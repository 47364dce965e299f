/**
 * The subject of an English figure: the short phrase that names what it measures ("industrial land" in
 * "1,000 mu of industrial land", "homestays" in "three homestays", "GDP" in "GDP reached 94.6 billion
 * yuan"). Word heuristics only: compromise's tagger would read noun phrases, but it costs about 100 ms
 * per 2 KB of text, too slow for a page. An empty subject means the clause names nothing of its own ("…, up
 * 6.2 percent", "or about 72,000 hectares"): the caller gives the figure the subject of the one before it.
 */

/** Words that stop a subject phrase read backwards from a figure: verbs of measuring, qualifiers, function words. */
const STOP_WORDS = (
  // ("15 young graduates, each paid 4,500 yuan a month": each points back to what the figure before counts.)
  'each every ' +
  'reached reach reaches rose rise rises grew grow grows fell fall falls hit hits was were is are be been totaled totalled ' +
  'totals stood stands at to of by about around nearly almost over more than less up down some approximately approx circa roughly much many ' +
  'exceeded topped passed passes surpassed increased decreased dropped declined climbed jumped will would has have had the a an ' +
  'its their our his her my and with worth covering covers cover spanning spans for in on from into only just already ' +
  'still also now invest invested investing attracted attract signed supplied supply added add built build created create ' +
  'employs employ earned earn generated generate handled received receive welcomed saw see per capita annually ' +
  'totaling totalling within no or but which whom whose we they it there respectively year-on-year y/y yoy so that as if while when where though although whereas because since ' +
  // A reporting verb ends the reported clause's subject ("Local officials say exports from the county rose 23 per cent").
  'say says said'
).split(' ');
/** Words dropped from the end of the phrase before a figure, besides those: more verbs of doing and reporting. */
const TRAILING_VERBS = (
  'reaching rising growing falling hitting remained remain remains earns earning produced produces produce producing ' +
  'account accounts accounted accounting peaked covered paid make makes able enough spent spend spends spending takes took take taking planned planning get gets got sells sold sell selling ' +
  'costing exported imported registered recorded posted achieved making made bringing brought raised raising serving ' +
  'providing provided offered connected upgraded revitalized revitalised expected estimated projected targeted aims aiming ' +
  'could should can may that who brings plans compared comparing whole not cut cuts risen jumping fetch fetches fetched ' +
  'exceed exceeds approved approve set aside least above below further combined total annual another fewer both i once ' +
  // Verbs of change ("Land-sale revenue slumped 28%").
  'slumped plunged plummeted soared surged tumbled jumps climbs edged dipped slid slipped shrank widened narrowed ' +
  'expanded contracted eased rebounded advanced retreated gained lost doubled tripled record low high slowed ' +
  // Verbs of where a thing is ("Zhangbei County sits some 1,400 meters above sea level").
  'sits sit sat lies located situated along put puts shrunk contributing contributed contributes hosts hosted ' +
  // "an 800-kilovolt link due to carry more than 36 terawatt-hours": due to is a verb of the future.
  'due lasting ' +
  // Verbs of a source ("A survey by the chamber shows 18 per cent of its members …").
  'shows show showed found finds suggests suggested indicates indicated ' +
  // "drawing orders of $1.1bn", "quotas between 98.5 billion yuan and …".
  'drawing drew draws between ' +
  // "they came to 3.71 billion yuan", "will occupy 1,200 mu", "want to add 2 mu", "beating a return of 3.9%".
  // "tax revenue from them averages 96,000 yuan per mu": the verb of an average.
  'averages ' +
  'came come comes amounted amounts occupy occupies occupied occupying want wants wanted beating beat beats against ' +
  // "a 10% subsidy, capped at Rmb20mn": the cap of what the figure before measured (withCap).
  'capped ' +
  // "has been flat at around 210mn units": an adjective of no change is the clause's verb.
  'flat unchanged'
).split(' ');
/** Nouns said in pairs as one measure ("imports and exports", "wind and solar"). */
/**
 * Words that hedge or bound a figure, between the word that introduces it and the figure (invested about, covers more
 * than, Total floor area: approx., ~5 km, which ran at just). One list for every pattern that reads past them, so each
 * accepts the same words.
 */
const QUALIFIER_WORDS = String.raw`about|around|roughly|nearly|almost|some|approximately|approx\.|circa|c\.|ca\.|~|more than|over|fewer than|less than|no more than|not less than|not more than|up to|at least|just|only`;
/** One qualifier with the spaces after it; not the end of a longer word (handsome, turnover, etc.). */
const QUALIFIER = String.raw`(?<![A-Za-z.])(?:${QUALIFIER_WORDS})\s*`;
/**
 * Any qualifiers right before a figure. (Repeated with other words, a pattern repeats QUALIFIER, never QUALIFIED: a
 * repetition of one that can match nothing splits a run of qualifiers, "~~~~" on a hostile line, in exponentially many
 * ways before it fails.)
 */
const QUALIFIED = String.raw`(?:${QUALIFIER})*`;
/**
 * Words that add a figure to one said before (another 20 GWh, a further Rmb3.5bn, an additional 300 beds). Kept apart
 * from the qualifiers on purpose: such a figure measures what the clause before measured, so only patterns whose verb
 * names the measure itself (invest, spend, set aside) or that read the figure's own clause read past them.
 */
const ADDITIVE_WORDS = 'another|a further|an additional';
const PAIRED_NOUNS = /^(?:imports exports|exports imports|wind solar|urban rural|rural urban|forest grass|income expenditure|revenue expenditure)$/i;
/** Verbs that end a subject read backwards ("posted output of …" is output, "cut costs by …" costs), unless a determiner
 * makes them an adjective (the estimated cost). */
const VERBS = new Set([...TRAILING_VERBS, ...'reached rose grew fell hit totaled totalled exceeded topped passed surpassed increased decreased dropped declined climbed jumped invested attracted signed supplied added built created employs employ earned earn generated handled received receive welcomed saw see'.split(' ')].filter((w) => !['that', 'who', 'whole', 'not', 'least', 'above', 'below', 'further', 'combined', 'total', 'annual', 'another', 'fewer', 'both', 'i'].includes(w)));
const STOP = new Set(STOP_WORDS);
const AUXILIARY = /^(?:has|have|had|be|been|being|is|are|was|were)$/i;
const MODAL = /^(?:will|would|can|could|may|might|should|must|to)$/i;
const REPORTING = /^(?:posted|recorded|reported|registered|logged|achieved|booked|generated|earned|had|has|have)$/i;
/** A time phrase before a figure (last year, the first nine months, January-September) names no subject. */
const TIME_PHRASE = /^(?:(?:last|this|next|past|previous|same|first|nine|six|three)\s+)*(?:years?|months?|weeks?|quarters?|seasons?|periods?|days?|decades?)(?:\s+(?:earlier|ago|before|later))?$|^[A-Z][a-z]+-[A-Z][a-z]+$/i;
const TRAILING = new Set([...STOP_WORDS, ...TRAILING_VERBS]);
const MULTIPLIER_WORDS = /^(?:(?:half|a|an|one|two|three|four|five|six|seven|eight|nine|ten|hundred|hundreds|thousand|thousands|million|millions|billion|trillion|dozen|dozens|of|m|mn|bn|mln|bln)\s+)+/i;
/** Nouns of a measure: a phrase before the figure ending in one names it better than "in …" after it. */
const MEASURE_NOUN = /\b(?:cost|costs|area|value|output|revenue|income|investment|length|capacity|population|rate|share|price|prices|sales|turnover|budget|spending|GDP|GFA|total)$/i;
/** "of/in/for" and what is measured right after the figure: "1,000 mu of industrial land", "15% of the city's workforce". */
const OF_AFTER = /^\s*(?:of|in|for)\s+((?:the\s+)?[a-z][a-z' -]{2,40}?)(?=[,.;:()]|\s(?:in|at|on|by|to|was|were|is|are|will|has|have|had|from|with|and|this|last|since|per|according)\b|$)/i;
/** The "of" phrase up to a figure in words and the verb before it ("of storage lasting four hours" → storage). */
function untilFigure(of: RegExpExecArray | null): RegExpExecArray | null {
  const cut = of && /\s+(?:[a-z]+ing\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds?|thousands?)\b/i.exec(of[1]!);
  if (!cut) return of;
  // ("in the nine months": nothing is left but the article.)
  of[1] = of[1]!.slice(0, cut.index);
  return /^\s*(?:the|a|an|its|their)?\s*$/i.test(of[1]) ? null : of;
}

/** "and" and up to four words naming a thing, to the end of the clause, a preposition or a verb of a figure's level. */
const AND_MORE = /^\s+and\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)(?=\s*[,.;:()]|\s*$|\s+(?:in|at|on|by|to|for|of|was|were|is|are|will|would|from|with|when|this|last|since|per|according|installed|connected|under)\b)/;

/**
 * "640 km of county and township roads", "45 GW of wind and solar capacity": two words joined by "and" before a shared
 * noun are one thing measured, read whole where the "of" phrase stopped at "and"; not a new clause ("of orchards and
 * build 38 ponds", "of land and the factory shell was ready", "of farmland and forcing …").
 */
function withSharedHead(of: RegExpExecArray | null, rest: string): RegExpExecArray | null {
  if (!of || of[1]!.trim().split(/\s+/).length > 2 || !rest.startsWith(of[0])) return of;
  const more = AND_MORE.exec(rest.slice(of[0].length));
  if (!more || more[1]!.split(/\s+/).some((word) => DETERMINER.test(word) || /ing$/.test(word) || isStop(word) || VERBS.has(word))) return of;
  of[1] = `${of[1]!.trim()} and ${more[1]}`;
  return of;
}

/**
 * An area's "of land" (or of space) and the named place it lies along, near or in, then "for" and what it is for: a
 * name in quotes whole, else up to the next preposition or verb.
 */
const LAND_FOR = new RegExp(
  String.raw`^(?:\s*of\s+(land|space|floor space))?(?:,?\s+(?:along|near|beside|by|around|in|at|on|outside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?\s+for\s+(?:an?\s+|the\s+)?` +
    String.raw`(?:["“]([A-Za-z][A-Za-z' &-]{2,50})["”]|([a-z][a-z' -]{2,40}?)(?=[,.;:()]|\s(?:in|at|on|near|by|to|was|were|is|are|will|from|with|and|of)\b|$))`,
);
/** A thing between two others and the verb of its figure: "Trade between Singapore and the park reached". */
const BETWEEN_BEFORE = new RegExp(String.raw`(?:^|\s)([A-Za-z][a-z-]+)\s+between\s+((?:the\s+)?[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+and\s+((?:the\s+)?[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+[a-z]+\s*${QUALIFIED}$`);
/** "in" and a proper name after a figure ("in the Lankao Economic and Technological Development Zone", "in Jiangxi"): a place. */
const PLACE_AFTER = /^\s*in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])\b)[A-Z]/;
/** "for three years", "for decades": how long, not what for. */
const FOR_A_TIME = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|decades|years|months)\b/i;
/**
 * What people counted are, named right after them: a participle and its phrase (affected by land acquisition, lifted
 * out of poverty), a risk (at risk of returning to poverty) or a named place (in Liangshan), up to six words, to the
 * verb, figure or punctuation that ends it.
 */
function peopleWhich(after: string): string {
  const head = /^\s+(?:([a-z]+ed)\s+(?:by|out of|from|in|to|into|under|for)\s|at risk of\s|in\s+(?=[A-Z]))/.exec(after);
  if (!head) return '';
  const words = head[0].trim().split(/\s+/);
  for (const m of after.slice(head[0].length).matchAll(/[^\s]+/g)) {
    const word = bare(m[0]);
    if (!word || /\d/.test(word) || AUXILIARY.test(word) || /^(?:will|would|can|could|may|might|should|must|and|or|with|who|which|that)$/i.test(word) || /ed$/i.test(word) || words.length === 6) break;
    words.push(word);
    if (/[,.;:!?()]$/.test(m[0])) break;
  }
  // ("in" alone, or a preposition left at the end, names nothing.)
  while (words.length && /^(?:in|of|to|by|from|out|into|under|for|the|a|an)$/i.test(words[words.length - 1]!)) words.pop();
  return words.length >= 2 ? words.join(' ') : '';
}

/** A survey of a count, or a verb of surveying right before it. */
const SURVEYED_BEFORE = /\bsurvey(?:s|ed)?\b[^.;:,\d]{0,50}?\bof\s*$|\b(?:surveyed|polled|interviewed)\s*$/i;

/** "with" closing the clause before a figure, and a measure with its "of" between them ("three sites with a total area of"). */
const WITH_BEFORE = /\s+with\s+(?:(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}of\s*)?$/i;
/** A phrase up to the number word in it ("runs three homestays"): how many, and what came before, are no part of the name. */
const UP_TO_NUMBER_WORDS = /^(?:.*\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|all|both)\s+/i;

/**
 * "homestays with about 17,000 beds", "three sites with a total area of 7.2 hectares": what the things counted, or the
 * measure, belong to is the thing before "with"; none when that is a verb's phrase (compared with, together with).
 */
function withOwner(text: string, sentenceStart: number, figureStart: number): string {
  // The clause up to the figure, past a figure before it ("18 bridges with a total length of"), but not past a comma:
  // ", with an output value of" hangs on its whole clause, not on a thing.
  const clause = text.slice(sentenceStart, figureStart).replace(/\([^()]*\)/g, ' ').split(/[,;:]/).pop()!;
  const at = WITH_BEFORE.exec(clause.replace(QUALIFIER_END, ''));
  if (!at) return '';
  const head = clause.slice(0, at.index);
  if (/\b(?:compared|together|along|line|deal|dealt|agreement|talks|ties|trade)\s*$/i.test(head)) return '';
  const owner = phraseBefore(head).replace(UP_TO_NUMBER_WORDS, '').replace(/^(?:(?:of|in|from|per)\s+)+/i, '');
  // ("a room she shares with", "the centre that opened last year with": a clause's verb, not a thing, is before "with".)
  // ("three consolidated parks with", "German-funded companies with": a participle before its noun is an adjective; one
  // last, or with a time, is a clause's verb: "that opened last year with".)
  const words = owner.split(' ');
  const clauseVerb = words.some((word, i) => /[a-z]ed$/.test(word) && (i === words.length - 1 || TIME_PHRASE.test(words.slice(i + 1).join(' '))));
  return clauseVerb || words.some((word) => /^(?:i|we|you|he|she|they|it)$/i.test(word) || VERBS.has(word.toLowerCase())) ? '' : owner;
}

/** The verb "cost" ending a clause, with a modal or a relative pronoun before it ("which would cost"). */
const COST_VERB = /(?:\s+(?:which|that))?(?:\s+(?:will|would|could|may|might|should|is to|are to|is expected to|are expected to|to))?\s+costs?\s*$/i;
/** A verb of making right before a count (create 60 jobs, generating 3,000 jobs). */
const CREATED_BEFORE = /\b(creat(?:e|es|ed|ing)|generat(?:e|es|ed|ing))\s*$/i;
/**
 * A verb in the past right before a count, its object (signed 32 projects, trained 18,000 livestreamers, built 46
 * wells): what was done to the things counted names them; not after an article (an estimated 300 people).
 */
const DONE_BEFORE = /(?<!\b(?:a|an|the)\s+)\b([a-z]{2,}ed|built|sold|made|won|drew)\s*$/i;
/**
 * A verb in -ing right before a count, its object (roads connecting 142 villages, adding some 4,600 beds, forcing 2,000
 * people from their homes): what is being done to the things counted names them, as a verb in the past does.
 */
const DOING_BEFORE = /(?<!\b(?:a|an|the)\s+)\b([a-z]{3,}ing)\s*$/i;
/** Words in -ing that measure, compare or hold what they count, or are no verb (including 15 projects, totaling, during). */
const NOT_DOING_TO = /^(?:including|excluding|totall?ing|reaching|exceeding|covering|comprising|numbering|involving|employing|benefit+ing|housing|hosting|having|holding|averaging|topping|surpassing|containing|representing|accounting|lasting|costing|hitting|nearing|approaching|rising|falling|growing|jumping|climbing|gaining|spending|earning|generating|creating|producing|bringing|providing|contributing|absorbing|during|according|morning|evening|nothing|something|everything|anything)$/i;
/** Verbs of measuring or comparing, which say how many there are, not what was done to them. */
const MEASURING_VERB = /^(?:reached|totaled|totalled|averaged|exceeded|topped|numbered|surpassed|passed|increased|decreased|dropped|declined|climbed|jumped|doubled|tripled|included|compared|needed|required|used|employed|stood|listed|ranked|rated|involved|covered|owned|hosted|housed|counted)$/i;
/** Verbs of estimating or carrying a figure, not of doing something to a thing (estimated, carried, valued). */
const ESTIMATED = /^(?:estimated|expected|projected|forecast|forecasted|predicted|valued|carried|posted|reported|recorded|booked|logged|registered|achieved|generated|earned|received|attracted|raised|held|owned|had|accumulated)$/i;
/** An area figure (1,500 mu, 160 hectares, 12 sq km, a 40-acre site). */
const AREA_FIGURE = /(?:\bmu|hectares?|\bha|square[\s-](?:kilo)?met(?:er|re)s?|\bsq\s?k?m|\bkm2|\bm2|acres?|\bping)$/i;
/** A span of time. */
const DURATION_FIGURE = /(?:days?|weeks?|months?|years?|hours?)$/i;
/** Things built with the money written before them. */
const BUILT_THING = /\b(?:project|plant|base|park|factory|complex|centre|center|facility|hub|line)$/i;
/** "of", "in" or "for" followed by a figure. */
const FIGURE_AFTER_OF = /^\s*(?:of|in|for)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b)/i;
const NOT_OF_OBJECT = /^(?:which|whom|whose|them|those|these|it|this|that|its|their|his|her)\b|^(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|^(?:the\s+)?(?:first|second|third|last|next|past|same|whole|entire|previous|total|overall)\b|^(?:the\s+)?(?:years?|months?|days?|weeks?|hours?|time)\b/i;
/** Qualifiers between a verb and its figure (more than about, only some), all of them. */
const QUALIFIER_END = new RegExp(String.raw`\s*(?:(?<![A-Za-z.])(?:${QUALIFIER_WORDS})\s*)+$`, 'i');
/** Words that add the figure to one before, at the end of what precedes it (trained another 300). */
const ADDITIVE_END = new RegExp(String.raw`\s+(?:${ADDITIVE_WORDS})\s*$`, 'i');
/** The same, or a determiner, between a verb still to be done and its count (to train all 1,000, will add another 300). */
const DETERMINER_END = new RegExp(String.raw`\s+(?:${ADDITIVE_WORDS}|all|the|its|their)\s*$`, 'i');
/** A comma that opens an aside, maybe "once", "now", "still" or "or" and qualifiers, before its figure (Land-sale revenue, once a third of …). */
const ASIDE_BEFORE = new RegExp(String.raw`,\s*(?:(?:once|now|still|or)\s+)?${QUALIFIED}$`, 'i');
/** What a head count of people measures, by the words before it: [words, with the sentence's subject, alone]. */
const PEOPLE_ROLES: Array<[RegExp, string, string]> = [
  [/\bemploy(?:s|ed|ing)?\s*$/i, 'employees of $', 'employees'],
  [/\bbenefit(?:s|ed|ing)?\s*$/i, '$ beneficiaries', 'beneficiaries'],
  [/\b(?:home to|population of|(?:a|the) (?:[a-z-]+ ){0,2}(?:county|city|town|township|village|district|prefecture|province) of)\s*$/i, 'population of $', 'population'],
];
/** A name in capitals, a comma and a place it is said to be, with "of" before a figure (Hegang, a coal city of). */
const PLACE_IN_APPOSITION = /(?:^|[\s(])([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}),\s+(?:a|the) (?:[a-z-]+ ){0,2}(?:county|city|town|township|village|district|prefecture|province) of\s*$/;
/** A group noun and whom it gathers: team of live-streamers, delegation of officials. */
const GROUP_OF = /^\s+(team|group|army|force|workforce|delegation|crew|contingent|corps)\s+of\s+([a-z][a-z-]*[a-z])(?=[\s,.;:]|$)/i;
/** A figure written as a compound adjective: "a 2.3-hectare plot", "500,000-square-meter park", "48-km link". */
const COMPOUND_ADJECTIVE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred))-(?!(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?\b)[a-z]/i;
/**
 * A field's label at the head of its line, after a bullet or a number maybe ((3) Total floor area:, 2. Capital:), and its colon right before the figure (a qualifier
 * or an empty cell, n/a /, between them): a capitalised name of up to ten words, no figure in it (not a speaker's
 * turn in capitals, REPORTER:), though the year or years it covers may follow it (GDP growth, 2020-25: or (2025):), or an
 * aside in brackets that says where or which it is, not what it measures (Grade I (Danyang Economic Development Zone): → Grade I).
 */
/** A noun phrase, then a comma and perhaps a qualifier, right before a figure in apposition to it. */
const APPOSITIVE_BEFORE = new RegExp(String.raw`(?:^|[,;:]\s*)((?:(?:the|its|their|our|this|that)\s+)?[a-z][a-z' -]{1,50}?),\s*${QUALIFIED}$`, 'i');
/** A noun phrase (its last four words), a comma, then "which" and its intransitive verb before the figure (…, which ran at 91%), or its verb of covering (…, which covers 46 square kilometres). */
const WHICH_BEFORE = new RegExp(String.raw`((?:[A-Za-z][a-z'-]*\s+){0,3}[A-Za-z][a-z'-]*),\s+which\s+(?:(?:has|have|had|now)\s+)?(?:(?:ran|runs|stood|stands|came|comes|amounted|amounts)\s+(?:at|to|in)|(?:covers|covered|spans|spanned)(?:\s+(?:an area of|a total of))?)\s+${QUALIFIED}$`, 'i');
/** The comma that closes an apposition, then the verb of the noun phrase before it. */
const APPOSITIVE_AFTER = /^,\s+(?:(?:is|was|are|were|has|had|have|will|would|remains?|remained|stands?|stood)\b|[a-z]+ed\b)/;
const FIELD_BEFORE = new RegExp(String.raw`^\s*(?:(?:[-•*]|\(?\d{1,2}[.)]|\([a-z]\))\s+)?((?=[^:]*[a-z])[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,9})(?:,?\s*\(?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?\)?|\s*\([^():\n]{1,80}\))?\s*:\s*(?:(?:n\/a|–|—)\s*\/\s*)?${QUALIFIED}$`);
/** The low end of a range and its connector, before the high end (10-20, 10 to 20, two or three; not twenty-five). */
const RANGE_LOW = /^(?:[\d,.]+\s*(?:-|–|—|\bto\b|\bor\b)\s*(?=\d)|(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:to|or)\s+(?=(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)))/i;
/** A change named alone ("an increase of 6.2 percent"): a change of the figure before it. */
const CHANGE_ALONE = /^(?:increase|growth|rise|decline|drop|decrease|jump|fall|gain|loss|CAGR)$/i;
/** An amount of money as written (1.2 billion yuan, $45 million, RMB 3 billion, USD 6.2 million, S$11.8 billion, 18.5 billion yen, 42 billion won). */
const MONEY_FIGURE = /^(?:US\$|HK\$|S\$|NT\$|\$|RMB|CNY|USD|EUR|HKD|SGD|TWD|JPY|KRW|¥|€)|(?:yuan|dollars?|euros?|yen|won|RMB)$/i;
/** A verb of investing and the qualifiers between it and its amount. */
const INVEST_BEFORE = new RegExp(String.raw`\binvest(?:s|ed|ing)?\s+(?:(?:${ADDITIVE_WORDS})\s+|${QUALIFIER})*$`, 'i');
/** A verb of spending and the qualifiers between it and its amount (plans to spend a further Rmb3.5bn). */
const SPEND_BEFORE = new RegExp(String.raw`\bspen(?:d|ds|ding|t)\s+(?:(?:${ADDITIVE_WORDS})\s+|${QUALIFIER})*$`, 'i');
/** What money is spent on, after the amount and maybe a deadline or a period (… by 2028 on a liquid-cooled hall, … a year on routine maintenance). */
const SPENT_ON = /^\s+(?:(?:by|in|before|until) (?:the end of )?\d{4}\s+|(?:a|per|each) (?:year|month)\s+|annually\s+)?on\s+(?:the\s+|a\s+|an\s+)?([a-z][a-z' -]{2,40}?)(?=[,.;:()]|\s(?:in|at|on|by|to|for|was|were|is|are|will|from|with|and|this|next|over)\b|$)/i;
/** A verb of putting money by for a purpose, and the qualifiers between it and its amount. */
const PUT_BY_BEFORE = new RegExp(String.raw`\b(set aside|earmarked|allocated|budgeted|reserved)\s+(?:(?:${ADDITIVE_WORDS})\s+|${QUALIFIER})*$`, 'i');
/** What the money is for, after its amount, maybe a period between (… a year for young people who …). */
const PUT_BY_FOR = /^\s+(?:(?:a|per) year\s+|annually\s+)?for\s+(?:the\s+|a\s+|an\s+)?([a-z][a-z' -]{2,40}?)(?=[,.;:()]|\s(?:in|at|on|by|to|was|were|is|are|will|from|with|and|this|next|over|who|that)\b|$)/i;
/** The same said in the passive after the amount ("… had been earmarked for the programme", "… is budgeted for a 160,000
 * sq m container yard": the yard's size is no part of its name). */
const PUT_BY_AFTER = /^\s+(?:(?:has|have|had|will|would)?\s*(?:be|been)|is|are|was|were)\s+(set aside|earmarked|allocated|budgeted|reserved)\s+for\s+(?:the\s+|a\s+|an\s+)?(?:[\d,.]+\s?(?:sq m|sq km|square met(?:er|re)s|mu|hectares)\s+)?([a-z][a-z' -]{2,40}?)(?=[,.;:()]|\s(?:in|at|on|by|to|was|were|is|are|will|from|with|and|this|next|over|who|that)\b|$)/i;

/** What money is spent doing, after the amount and maybe when (… since 2021 luring electric-vehicle makers). */
const SPENT_DOING = /^\s+(?:(?:since|in|by) (?:19|20)\d{2}\s+|(?:last|this) year\s+)?([a-z]+ing\s+[a-z' -]{2,40}?)(?=[,.;:()]|\s(?:in|at|on|by|to|was|were|is|are|will|from|with|and|this|next|over)\b|$)/i;
/** The unit an amount is given per, at its end (… yuan per mu, … CNY/m2). */
const PER_UNIT_END = /\s*(?:\bper\s+\S+|\/\s*\S+)$/i;
/** A percentage or a fraction (12.4%, 40 per cent, a third, two-thirds). */
const PERCENT_FIGURE = /(?:%|\bper ?cent|\b(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|half)s?)$/i;
/** A length figure (12 km, 400km, two hundred kilometers), not an area or a volume. */
const LENGTH_FIGURE = /(?<!square[\s-]|sq\s|cubic[\s-]|[A-Za-z])(?:km|kilomet(?:er|re)s?|met(?:er|re)s?|miles?)$/i;
/** "12 km from Changzhou airport", "50 km south of Changsha": the place a distance is measured from. */
const DISTANCE_FROM = /^\s+(?:(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|(?:away\s+)?from)\s+/i;
/** "about 200 kilometers away", "400km to the north": a distance whose other end the sentence names before. */
const DISTANCE_AWAY = /^\s+(?:away|(?:to the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?)\b(?!\s+(?:of|from)\b)/i;
/** A speaker label in capitals before a colon (REPORTER, WANG HAO): who speaks in a transcript or an interview. */
const SPEAKER_LABEL = /^\s*[A-Z][A-Z'.-]*(?:\s+[A-Z][A-Z'.-]*){0,3}\s*$/;
const DETERMINER = /^(?:the|a|an|its|their|our|this|that|these|those)$/i;

const bare = (word: string) => word.replace(/[^A-Za-z0-9'/-]/g, '');
const isStop = (word: string) => STOP.has(bare(word).toLowerCase());
const isTrailing = (word: string) => TRAILING.has(bare(word).toLowerCase());

/** Up to four words read forward from `from`, stopping at punctuation, a figure or a word that is no subject. */
function phraseAfter(text: string, from: number): string {
  const words: string[] = [];
  for (const m of text.slice(from, from + 80).matchAll(/[^\s]+/g)) {
    const word = bare(m[0]);
    if (!word || /\d/.test(word) || isTrailing(word) || words.length === 4) break;
    words.push(word);
    if (/[,.;:!?()]$/.test(m[0])) break;
  }
  return words.join(' ');
}

/** Words that count things without naming them (210mn units, 480mn pairs, 1.12 million head), unless "of" follows. */
const COUNTING_UNIT = /^(?:units|pairs|head|sets|pieces)\b/i;
/** A verb of measuring or being, or "to" or "at" after one, right before a figure (reached, has grown to, stood at, is). */
const MEASURED_AT = /\b(?:reached|reaches|reach|rose|grew|grown|fell|fallen|totall?ed|totals?|hit|stood|stands|is|was|are|were|at|to)\s*$/i;
/** A measure counted in bare units: capacity, output, sales, exports. */
const MEASURE_BEFORE_UNITS = /\b(capacity|output|production|sales|exports)\b[^,;:]*$/i;
const AVERAGE_BEFORE = /\s(?:on|(?:at\s+)?an)\s+average(?:\s+of)?\s*$/i;
/** Past participles in no -ed, -en or -wn: "the area of mobile sand dunes has shrunk", "pipes were laid". */
const IRREGULAR_PARTICIPLE = /^(?:shrunk|sunk|laid|paid|built|spent|sold|held|kept|made|set|cut|hit|lost|left|brought|bought|found)$/i;

/** Rates and charges, which name what they are on (interest rate on bonds, tariff on laptops, coupon on notes). */
const CHARGED_ON = /^(?:rates?|coupons?|returns?|yields?|interest|spreads?|premiums?|tariffs?|levy|levies|fees?|charges?|duty|duties)$/i;

/** Whether words[k] is the "added" of "added value" or "value added", a noun, not a verb. */
function valueAdded(words: string[], k: number): boolean {
  return /^added$/i.test(bare(words[k] ?? '')) && (/^value$/i.test(bare(words[k + 1] ?? '')) || /^value$/i.test(bare(words[k - 1] ?? '')));
}

/** The last words of a clause before a figure that name a thing: verbs, qualifiers and earlier figures dropped. */
function phraseBefore(clause: string): string {
  // "earn on average 8,600 yuan", "paying an average of $24.60": how the figure is taken, not what it measures, which
  // the words before name; the subject says it is an average.
  const average = AVERAGE_BEFORE.exec(clause);
  if (average) {
    // ("up 11%, but at an average of …": a conjunction left alone names nothing.)
    const phrase = phraseBefore(clause.slice(0, average.index)).replace(/^(?:and|or|but)$/i, '');
    return phrase && !/\baverage\b/i.test(phrase) ? `average ${phrase}` : phrase || 'average';
  }
  // "Prices averaged 452 yuan", "Transit times to Duisburg average 16 days": the verb of an average says the figure is
  // one, of the thing before it.
  const averageVerb = /\s(?:averaged|averages|average)\s*$/i.exec(clause);
  if (averageVerb && !/\b(?:a|an|the|on|its|their|national|provincial)\s*$/i.test(clause.slice(0, averageVerb.index))) {
    const phrase = phraseBefore(clause.slice(0, averageVerb.index));
    if (phrase && !/\baverage\b/i.test(phrase)) return `average ${phrase}`;
  }
  const words = clause.split(/\s+/).filter(Boolean);
  // A participle after "has" or "been" (has stayed, been shortened) and any word after "to" or a modal (to occupy, will
  // reach) is a verb: dropped like the verbs listed ("had revenue of" keeps its noun).
  const afterAuxiliary = () => {
    if (words.length < 2) return false;
    const [aux, word] = [bare(words[words.length - 2]), bare(words[words.length - 1])];
    // ("will cost about 12 billion yuan": a verb that names the measure stays.)
    return (MODAL.test(aux) && !MEASURE_NOUN.test(word)) || (AUXILIARY.test(aux) && (/(?:ed|en|wn|ing)$/i.test(word) || IRREGULAR_PARTICIPLE.test(word)));
  };
  let verbPopped = false;
  while (words.length && ((isTrailing(words[words.length - 1]) && !valueAdded(words, words.length - 1)) || !bare(words[words.length - 1]) || afterAuxiliary()
    // ("bring its debt ratio under 300%": under right before the figure bounds it, as below does.)
    || (words.length === clause.trim().split(/\s+/).length && /^under$/i.test(bare(words[words.length - 1]))))) {
    // "… kitchens and earns about": the verb's subject is before the conjunction, no thing of this clause.
    if (/^(?:and|or|but)$/i.test(bare(words[words.length - 1]))) return '';
    const popped = bare(words.pop()!).toLowerCase();
    verbPopped ||= VERBS.has(popped) || AUXILIARY.test(popped);
  }
  // "performance bonuses for 2025 were cut by": the year a thing is for, before its verb, says when, not what.
  if (verbPopped && words.length > 2 && /^(?:19|20)\d{2}$/.test(bare(words[words.length - 1])) && /^(?:for|in)$/i.test(words[words.length - 2]!)) words.length -= 2;
  const tail: string[] = [];
  for (let k = words.length - 1; k >= 0 && tail.length < 8; k--) {
    const word = bare(words[k]);
    if (!word || /\d/.test(word)) break;
    // "energy consumption per unit of GDP": "of" and "per" join two nouns of one subject; "sales in the country" and
    // "investment in the park" join over "in" and the article after it.
    // ("spending per student": a measure's noun that is also a verb's form joins too.)
    // ("the average rate on the swapped debt", "the US tariff on laptops": a rate or a charge joins what it is on.)
    const joins = tail.length > 0 && k > 0 && !/\d/.test(words[k - 1])
      && ((/^(?:of|per|in|from)$/i.test(word) && ((!isStop(bare(words[k - 1])) && (!VERBS.has(bare(words[k - 1]).toLowerCase()) || MEASURE_NOUN.test(bare(words[k - 1])))) || valueAdded(words, k - 1)))
        || (/^on$/i.test(word) && CHARGED_ON.test(bare(words[k - 1]))));
    // "online sales of flowers and plants": two nouns joined by "and" after "of" are one thing measured.
    // ("Total imports and exports reached …": a pair of nouns that opens the clause is one thing too.)
    const pair = tail.length > 0 && /^and$/i.test(word) && k > 0 && !isStop(bare(words[k - 1])) && !/[,;:]$/.test(words[k - 1])
      && ((k > 1 && /^of$/i.test(bare(words[k - 2]))) || (tail.length === 1 && PAIRED_NOUNS.test(`${bare(words[k - 1])} ${tail[0]}`)));
    if (pair) {
      tail.unshift(word);
      continue;
    }
    // ("Output value of its fishery sector": an owner's determiner after the join word is kept like "the".)
    const article = tail.length > 0 && /^(?:the|its|their)$/i.test(word) && k > 1
      && ((/^(?:of|in|from)$/i.test(bare(words[k - 1])) && !isStop(bare(words[k - 2])) && !VERBS.has(bare(words[k - 2]).toLowerCase()))
        || (/^on$/i.test(bare(words[k - 1])) && CHARGED_ON.test(bare(words[k - 2]))));
    if (article) {
      tail.unshift(word);
      continue;
    }
    // "its bamboo industry posted output of …", "Liyang's battery industry had output of …": a measure reported, made or
    // had by the thing before the verb is that thing's.
    // ("The sheep industry generated an output value of …": an article may stand between the verb and a measure of two words.)
    if (tail.length <= 2 && MEASURE_NOUN.test(tail[tail.length - 1]!)) {
      if (REPORTING.test(word) && (tail.length === 1 || MEASURE_NOUN.test(tail[0]!) || /^(?:output|sales|tax)$/i.test(tail[0]!))) continue;
      if (/^(?:a|an)$/i.test(word) && k > 1 && REPORTING.test(bare(words[k - 1]!))) {
        k--;
        continue;
      }
    }
    // "the added value of the primary industry", "Industrial value added per hectare": "added" beside "value" is no verb
    // but part of the noun.
    // (Both words of "value added" at once, as one noun past the phrase's length.)
    if (valueAdded(words, k)) {
      tail.unshift(...(/^value$/i.test(bare(words[k - 1] ?? '')) ? [bare(words[--k]!), word] : [word]));
      continue;
    }
    // "The per capita GDP was …", "a per capita disposable income of …": "per capita" belongs to the noun after it.
    if (tail.length > 0 && /^capita$/i.test(word) && k > 0 && /^per$/i.test(bare(words[k - 1]!))) {
      tail.unshift(bare(words[--k]!), word);
      continue;
    }
    if (isStop(word) && !joins) break;
    if (tail.length > 0 && VERBS.has(word.toLowerCase()) && !(k > 0 && DETERMINER.test(bare(words[k - 1]))) && !(MEASURE_NOUN.test(word) && /^(?:of|per|in)$/i.test(tail[0]!))) {
      break;
    }
    // Four words, and two more for each join (energy consumption per unit of GDP).
    if (!joins && tail.length >= 4 + 2 * tail.filter((w) => /^(?:of|per|in|from|on)$/i.test(w)).length + tail.filter((w) => /^(?:the|and)$/i.test(w)).length) break;
    tail.unshift(word);
  }
  // ("… said a survey from the Hong Kong General Chamber …": a join word that begins the phrase joins nothing.)
  while (tail.length > 1 && /^(?:from|the)$/i.test(tail[0]!)) tail.shift();
  const phrase = tail.join(' ');
  // "slumped 28% last year to": a time phrase names no subject.
  return TIME_PHRASE.test(phrase) ? '' : phrase;
}

/** The thing a sentence is about when its clause names nothing: its first words ("The new energy battery industry, our largest, generated …"). */
function sentenceHead(text: string, sentenceStart: number, figureStart: number): string {
  const pieces = text.slice(sentenceStart, figureStart).replace(/\([^()]*\)/g, ' ').split(/[,;:]/);
  // "REPORTER (LIU YANG): Zhangbei County sits …": a transcript's speaker label in capitals names who speaks, not the thing.
  if (pieces.length > 1 && SPEAKER_LABEL.test(pieces[0]!)) pieces.shift();
  // "Of this, the urban population was …", "Among them, …": a lead-in that points back names nothing; the next piece may.
  for (const head of pieces) {
    const words = headWords(head);
    if (words) return words;
  }
  return '';
}

/** "The area Shouguang farms under vegetables, or about …": what a line describing a heading figure names first. */
export function describedSubject(line: string): string {
  return sentenceHead(line, 0, /[.!?](?:\s|$)|\n/.exec(line)?.index ?? line.length);
}

function headWords(head: string): string {
  const words: string[] = [];
  for (const raw of head.split(/\s+/)) {
    const word = bare(raw);
    if (!word) continue;
    if (words.length === 0 && DETERMINER.test(word)) continue;
    // "A new 220-kilovolt substation, costing …": a measure written as a compound adjective describes the noun after it.
    if (/^\d[\d,.]*-[a-z]+$/i.test(word)) continue;
    // "Per capita disposable income of residents is to grow …": per capita and of belong to the thing named.
    const inside = /^(?:per|capita|of)$/i.test(word) && (words.length > 0 || /^per$/i.test(word));
    if (/\d/.test(word) || (isTrailing(word) && !inside) || words.length === 7) break;
    words.push(word);
  }
  while (words.length && /^(?:per|of)$/i.test(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/**
 * A length that says how far a place lies rather than how long a thing is: the distance from the place named after it
 * (The zone is 12 km from Changzhou Benniu International Airport), to the place named just before its clause (to
 * Beijing, about two hundred kilometers away; from Shanghai's Hongqiao transport hub, about 80 kilometers away), or the altitude of what the sentence is about (some 1,400 meters above
 * sea level).
 */
function distanceSubject(text: string, sentenceStart: number, clauseAt: number, figureStart: number, figureEnd: number): string {
  const after = text.slice(figureEnd, figureEnd + 80);
  if (/^\s+above sea level\b/i.test(after)) {
    const owner = sentenceHead(text, sentenceStart, figureStart);
    return owner ? `altitude of ${owner.split(' ').slice(0, 4).join(' ')}` : 'altitude';
  }
  const from = DISTANCE_FROM.exec(after);
  if (from) {
    const place = placeAfter(text.slice(figureEnd + from[0].length, figureEnd + 80));
    if (place) return `distance from ${place}`;
  }
  if (DISTANCE_AWAY.test(after)) {
    // (… a train ride from Shanghai's Hongqiao transport hub, about 80 kilometers away.)
    const end = /\b(to|from)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[\w'-]+){0,4})\s*,\s*$/.exec(text.slice(Math.max(sentenceStart, clauseAt - 60), clauseAt));
    if (end) return `distance ${end[1]} ${end[2]}`;
    // "the provincial capital, is 560 km away", "our customers are 500 km away", "apartments in the county seat, about
    // 70 km away": the thing that is or lies so far away, before the verb or before the figure's comma.
    const lead = text.slice(Math.max(sentenceStart, clauseAt), figureStart).replace(QUALIFIER_END, '');
    const verb = /\s*\b(?:is|are|was|were|lies|lie|sits|sit|stands|now)(?:\s+(?:is|are|only|just|now))*\s*$/i.exec(lead);
    const beforeVerb = verb ? lead.slice(0, verb.index) : !lead.trim() ? '' : null;
    const far = beforeVerb === null ? '' : beforeVerb.trim() ? phraseBefore(beforeVerb) : text[clauseAt - 1] === ',' ? phraseBefore(text.slice(sentenceStart, clauseAt - 1)) : '';
    return far && !/^(?:it|they|we)$/i.test(far) ? `distance to ${far}`.slice(0, 60) : 'distance';
  }
  return '';
}

/** A place named after "from": up to six words, to the end of the clause ("Shanghai's Yangshan port"). */
function placeAfter(rest: string): string {
  const words: string[] = [];
  for (const m of rest.matchAll(/[^\s]+/g)) {
    const word = m[0].replace(/[,.;:!?()]+$/, '');
    if (!word || /\d/.test(word) || /^(?:and|or|but|in|on|where|which|that|with|by|for)$/i.test(word) || words.length === 6) break;
    words.push(word);
    if (/[,.;:!?()]$/.test(m[0])) break;
  }
  return words.join(' ');
}

/** "time", maybe what kind of time, what it takes, and "to" or "for" ("delivery time for", "the time it takes to"). */
const TIME_TO = /\b(?:([a-z-]+)\s+)?time(\s+(?:needed|required|it takes|taken))?\s+(to|for)\s+(?=[a-z])/gi;
/** Words that end what a time is the time to do: its verb, or the start of its figures. */
const TIME_TO_END = /^(?:has|have|had|was|were|is|are|will|would|been|be|cut|fell|fallen|shortened|reduced|dropped|from|within|by|under|at|now|down|only|just|stood)$/i;

/** The time named last in a sentence's words before a span of time, and what it is the time to do, up to six words. */
function timeTo(lead: string): string {
  const named = [...lead.matchAll(TIME_TO)].pop();
  if (!named) return '';
  const words: string[] = [];
  const rest = lead.slice(named.index + named[0].length);
  for (const m of rest.matchAll(/[^\s]+/g)) {
    const word = bare(m[0]);
    // ("to reach buyers in Shanghai from four days to two": "to" or "in" before a figure or its qualifier ends it.)
    const beforeFigure = /^(?:to|in)$/i.test(word) && /^\s+(?:\d|(?:within|about|around|under|less|fewer|no|just|only|one|two|three|four|five|six|seven|eight|nine|ten)\b|$)/i.test(rest.slice(m.index! + m[0].length));
    if (!word || /\d/.test(word) || TIME_TO_END.test(word) || beforeFigure || words.length === 6) break;
    words.push(word);
    if (/[,.;:!?()]$/.test(m[0])) break;
  }
  while (words.length && /^(?:of|the|a|an|for|to)$/i.test(words[words.length - 1]!)) words.pop();
  if (!words.length) return '';
  const kind = named[1] && !isStop(named[1]) && !VERBS.has(named[1].toLowerCase()) && !/^(?:cut|the|its|their)$/i.test(named[1]) ? `${named[1]} ` : '';
  return `${kind}time${named[2] ?? ''} ${named[3]!.toLowerCase()} ${words.join(' ')}`;
}

/** "within", "in", "for" or "over" and its qualifiers closing a clause, before a span of time. */
const SPAN_AFTER = new RegExp(String.raw`\s(?:within|in|for|over)\s+(?:(?:the first|the next)\s+|${QUALIFIER})*$`, 'i');
/** Words that open a clause but name nothing of it. */
const CLAUSE_OPENER = /^(?:and|but|so|or|then|that|which|who|the|a|an|of|in|on|at|to|for|by|with|from)$/i;

/**
 * The time a clause takes or lasts, said in its words (time construction must begin, time Trucks now reach Beijing), and
 * what it is counted from when "of" follows the span (within six months of delivery → after delivery). None unless the
 * clause has a verb (a modal, an auxiliary, a verb listed or one in -s or -ed) and no figure.
 */
function timeOfClause(clause: string, after: string): string {
  const span = SPAN_AFTER.exec(clause);
  if (!span) return '';
  const words = clause.slice(0, span.index).split(/\s+/).map(bare).filter(Boolean);
  while (words.length && CLAUSE_OPENER.test(words[0]!)) words.shift();
  if (words.length < 2 || words.length > 10 || words.some((word) => /\d/.test(word))) return '';
  // ("it will be finished in", ", will draw up its plan within": a clause with no thing of its own before its verb.)
  if (/^(?:i|we|you|he|she|it|they|will|would|can|could|may|might|should|must)$/i.test(words[0]!)) return '';
  if (!words.some((word) => (MODAL.test(word) && !/^to$/i.test(word)) || AUXILIARY.test(word) || VERBS.has(word.toLowerCase()) || /^[a-z]+(?:s|ed)$/.test(word))) return '';
  const from = /^\s+of\s+(?:the\s+)?([a-z][a-z' -]{2,40}?)(?=[,.;:()]|\s(?:in|at|on|by|to|was|were|is|are|will|from|with|and)\b|$)/i.exec(after);
  return `time ${words.join(' ')}${from ? ` after ${from[1]}` : ''}`.slice(0, 60);
}

/** Where the clause before a figure starts: after a comma, semicolon or colon, or after the figure before it. */
function clauseStart(text: string, sentenceStart: number, figureStart: number, previousEnd: number): number {
  let a = figureStart;
  while (a > Math.max(sentenceStart, previousEnd) && !/[,;:]/.test(text[a - 1])) a--;
  return a;
}


/**
 * A percentage that is a part of what is named: "Tax revenue made up 74.2% of the total", "with exports accounting for
 * over 90 percent" is the thing's share; "1.12 million people, of whom 49 percent are women", "140,000 orders, about a
 * quarter of them from repeat customers" is a share of what the figure before counted. `subject` is the figure's subject
 * as read, or as given by the figure before it.
 */
export function withShare(subject: string, text: string, sentenceStart: number, previousEnd: number, figureStart: number, figureEnd: number): string {
  if (!PERCENT_FIGURE.test(text.slice(figureStart, figureEnd))) return subject;
  const lead = text.slice(Math.max(sentenceStart, previousEnd, figureStart - 40), figureStart).replace(QUALIFIER_END, '');
  const covered = coveredShare(text, sentenceStart, previousEnd, figureStart, figureEnd);
  if (covered) return covered;
  if (!subject || /\bshare\b/i.test(subject)) return subject;
  if (SHARE_VERB.test(lead)) return `${subject} share`;
  // ("…, and about 70% of that came out of Lujiang": a demonstrative stands for what the figure before measured, as "them"
  // does, where the figure opens its clause; not where the clause names what takes the share: "Land sale revenue
  // covered 60% of this".)
  const ofThem = /^\s*of\s+(?:them|it|which|whom)\b/i.test(text.slice(figureEnd, figureEnd + 12))
    || /\bof\s+(?:which|whom)\s*$/i.test(text.slice(Math.max(sentenceStart, figureStart - 40), figureStart).replace(QUALIFIER_END, ''))
    || (/^\s*of\s+(?:that|this|these|those)\b/i.test(text.slice(figureEnd, figureEnd + 12)) && FIGURE_OPENS_CLAUSE.test(text.slice(sentenceStart, figureStart)));
  if (!ofThem) return subject;
  // "created more than 900 jobs, about 70 percent of them for former miners", "of whom 49 percent are women": what the
  // part is said to be, after "of them" and its verb of being, tells it from the whole (share of jobs for former miners).
  const said = partSaid(text.slice(figureEnd, figureEnd + 80).replace(/^\s*of\s+(?:them|whom|which|it|that|this|these|those)\b/i, ''));
  return `share of ${subject}${said ? ` ${said}` : ''}`.slice(0, 60);
}

/** A verb of covering right before a share (covers, are expected to cover, covering, covered between). */
const COVERS_SHARE_BEFORE = /\bcover(?:s|ed|ing)?(?:\s+between)?\s*$/i;
/** Words that point back or ask, which name no whole of their own. */
const POINTING_BACK = /^(?:this|that|these|those|them|it|which|what)$/i;

/**
 * "the city's own revenue covers less than a quarter of its spending", "the money covered between 30% and 40% of
 * spending": a share a thing covers of a whole is the share of that whole covered by the thing (share of spending covered
 * by city's own revenue), the thing before the verb, none for a pronoun (they are expected to cover, that covers) or a
 * participle after a comma (…, covering roughly 40% of losses); '' when no verb of covering takes the share.
 */
function coveredShare(text: string, sentenceStart: number, previousEnd: number, figureStart: number, figureEnd: number): string {
  const lead = text.slice(Math.max(sentenceStart, previousEnd), figureStart).replace(QUALIFIER_END, '');
  const verb = COVERS_SHARE_BEFORE.exec(lead);
  const of = /^\s*of\s+(?:(?:the|its|their|his|her|our)\s+)?/i.exec(text.slice(figureEnd, figureEnd + 30));
  if (!verb || !of) return '';
  // (The whole's first word whatever it is, "spending" too, which ends a phrase read before a figure as a verb.)
  // ("losses on insured land": a join word inside the whole keeps what it joins.)
  const words = /^[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}/.exec(text.slice(figureEnd + of[0].length, figureEnd + of[0].length + 60))?.[0].split(/\s+/) ?? [];
  const stop = words.findIndex((word, i) => i > 0 && isTrailing(word) && !(/^(?:of|on|in|for)$/i.test(word) && i + 1 < words.length && !isStop(words[i + 1]!)));
  const whole = (stop > 0 ? words.slice(0, stop) : words).join(' ');
  const coverer = phraseBefore(lead.slice(0, verb.index).split(/[,;:]/).pop()!);
  const by = coverer && !POINTING_BACK.test(coverer) && !/\b(?:i|we|you|he|she|they)$/i.test(coverer) ? ` by ${coverer}` : '';
  return `share${whole && !POINTING_BACK.test(words[0]!) ? ` of ${whole}` : ''} covered${by}`.slice(0, 60);
}

/** What a part is said to be or do, after its verb of being: up to five words, to punctuation, a figure or a join word. */
function partSaid(text: string): string {
  const after = text.replace(PART_BEING, '');
  if (/^[,.;:!?(]/.test(after.trim())) return '';
  const words: string[] = [];
  for (const m of after.matchAll(/[^\s]+/g)) {
    const word = bare(m[0]);
    if (!word || /\d/.test(word) || /^(?:and|or|but|while|against|according|said|says|which|who)$/i.test(word) || words.length === 5) break;
    words.push(word);
    if (/[,.;:!?()]$/.test(m[0])) break;
  }
  // ("paid for about 60% of park investment in 2018-2021": a join word left before a figure joins nothing.)
  while (words.length && /^(?:in|to|of|by|the|a|an|from|for|since|at|on|with)$/i.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/**
 * "Some 92% of the rice crop is now planted and harvested by machine", "more than 70 percent of the loans have gone to
 * first-time borrowers": a share of a whole named after its figure, then said to be or do something, is the share that
 * is or does it (share of the rice crop planted), as a part "of them" is. `subject` is the subject as finished.
 */
export function withPartSaid(subject: string, text: string, figureEnd: number): string {
  const whole = /^share of (?:the\s+)?(.+)$/i.exec(subject);
  if (!whole) return subject;
  const after = text.slice(figureEnd, figureEnd + 160);
  const of = /^\s+of\s+(?:(?:the|its|their|our)\s+)?/i.exec(after);
  if (!of || !after.slice(of[0].length).toLowerCase().startsWith(`${whole[1]!.toLowerCase()} `)) return subject;
  const said = partSaid(after.slice(of[0].length + whole[1]!.length));
  return said ? `${subject} ${said}`.slice(0, 60) : subject;
}

/** A verb of being and its auxiliaries before what a part is said to be (are, will be, have been, now). */
const PART_BEING = /^\s*(?:(?:are|is|were|was|will|would|be|been|have|has|had|now|still|all)\s+)*/i;

/** Only a join word and qualifiers between a clause's start (its sentence's, or a comma's) and its figure. */
const FIGURE_OPENS_CLAUSE = new RegExp(String.raw`(?:^|[,;]\s*)(?:(?:and|but|while|yet)\s+)?${QUALIFIED}$`, 'i');
/** A sentence that opens with the whole its parts are taken from, then a comma before the part (Of the 26 disputes we have seen, …). */
const FRONTED_WHOLE = new RegExp(String.raw`^(\s*Of\s+(?:the|its|their|these|those|all)\s+)[^,;:]*,\s*${QUALIFIED}$`, 'i');

/**
 * "signed 47 projects worth a total of 61.5 billion yuan", "tea output reached 6,800 tonnes, worth ¥2.14 billion": an
 * amount something is worth is its value. `subject` is as read, or as given by the figure before.
 */
export function withWorth(subject: string, text: string, sentenceStart: number, figureStart: number, figureEnd: number): string {
  if (!subject || /\b(?:value|worth|price|cost|investment)\b/i.test(subject) || !MONEY_FIGURE.test(text.slice(figureStart, figureEnd))) return subject;
  return WORTH_BEFORE.test(text.slice(Math.max(sentenceStart, figureStart - 40), figureStart)) ? `value of ${subject}`.slice(0, 60) : subject;
}

/**
 * "a 10% subsidy, capped at Rmb20mn", "a subsidy of 300 yuan per square metre, capped at 30,000 yuan": a figure a
 * participle "capped" sets after a comma is the cap of what the figure or noun before measured (subsidy cap). `subject`
 * is as given by the figure before.
 */
export function withCap(subject: string, text: string, sentenceStart: number, figureStart: number): string {
  if (!subject || /\b(?:cap|ceiling|limit)\b/i.test(subject)) return subject;
  return CAPPED_BEFORE.test(text.slice(Math.max(sentenceStart, figureStart - 30), figureStart)) ? `${subject} cap`.slice(0, 60) : subject;
}

/**
 * "Rent for the standard factories is 8 yuan …, about 40 percent below that in nearby cities", "the county's GDP grew
 * 6.9 percent …, 1.9 percentage points higher than the provincial average": a figure followed by a word of comparison
 * and what it is compared with measures its thing against that (standard factories below nearby cities); not against a
 * time (23% more than a year earlier, than in 2025), nor a bound named so (above designated size, above sea level).
 * `subject` is as read, or as given by the figure before.
 */
export function withComparison(subject: string, text: string, _sentenceStart: number, _figureStart: number, figureEnd: number): string {
  const compared = COMPARED_AFTER.exec(text.slice(figureEnd, figureEnd + 90));
  if (!subject || !compared) return subject;
  const words: string[] = [];
  for (const m of text.slice(figureEnd + compared[0].length, figureEnd + compared[0].length + 80).matchAll(/[^\s]+/g)) {
    const word = bare(m[0]);
    if (!word || /\d/.test(word) || /^(?:and|or|but|because|once|as|while|which|when|where|according|said|says|via|lifted|mainly|at|for)$/i.test(word) || (words.length === 0 && /^in$/i.test(word)) || words.length === 6) break;
    words.push(word);
    if (/[,.;:!?()]$/.test(m[0])) break;
  }
  while (words.length && /^(?:of|the|in|a|an)$/i.test(words[words.length - 1]!)) words.pop();
  const other = words.join(' ');
  if (!other || TIME_PHRASE.test(other) || /^(?:last|this|next|a|the same|five|four|three|two|ten)\b.*\b(?:year|years|ago|earlier|period|before)\b|^(?:designated size|sea level)|^(?:i|we|you|he|she|it|they)\b/i.test(other)) return subject;
  const side = /^(?:more|higher|above)$/i.test(compared[1]!) ? 'above' : /^(?:less|fewer|lower|below)$/i.test(compared[1]!) ? 'below' : `${compared[1]!.toLowerCase()} than`;
  // (What the figure before measured, without its period or its growth: "standard factories a month" → standard factories.)
  const thing = subject.replace(/\s+(?:(?:a|per|each)\s+(?:year|month|day|week)|growth)$/i, '');
  return `${thing} ${side} ${other}`.slice(0, 60);
}

/**
 * "a RMB 5bn fund for equipment upgrades", "a 5-km bus line to the county seat", "a 15% rebate on power bills": a figure
 * before the noun it measures names that noun with what "for", "on", "to" or "from" says of it, up to four words (fund
 * for equipment upgrades), to a function word or a verb in the past (a site along
 * the river, a plant in the zone, a park opened in 2022 keep the noun). `subject` is the subject as finished.
 */
export function withComplement(subject: string, text: string, figureEnd: number): string {
  if (!subject) return subject;
  const after = text.slice(figureEnd, figureEnd + 120).replace(/^\s*\([^()]{0,40}\)/, '');
  if (!after.toLowerCase().startsWith(` ${subject.toLowerCase()} `)) return subject;
  const complement = /^\s+(for|on|to|from)\s+((?:the\s+|a\s+)?[a-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3})/.exec(after.slice(subject.length + 1));
  if (!complement) return subject;
  const words: string[] = [];
  for (const word of complement[2]!.split(/\s+/)) {
    if (words.length > 0 && (isStop(word) || /ed$/i.test(word)) && !/^(?:the|a)$/i.test(word)) break;
    words.push(word);
  }
  while (words.length && /^(?:the|a)$/i.test(words[words.length - 1]!)) words.pop();
  return words.length ? `${subject} ${complement[1]} ${words.join(' ')}`.slice(0, 60) : subject;
}

/**
 * "The six plots cover 412,600 square meters" → area of the six plots; "about 60 percent of the province's total" →
 * share of the province's total: a noun joined to a measure by "of", "in" or "for" keeps the article "the" its sentence
 * writes before it, as readers quote it, where the subject's reading left it out. `subject` is the subject as finished;
 * [sentenceStart, sentenceEnd) is its sentence.
 */
export function withArticle(subjectRead: string, text: string, sentenceStart: number, sentenceEnd: number): string {
  // ("…, of the output of its automobile sector, which topped …": a subject taken from a share it follows opens with no article.)
  const subject = subjectRead.replace(/^the\s+/i, '');
  const joined = JOINED_NOUN.exec(subject);
  if (!joined || NOT_A_NOUN.test(joined[2]!) || !new RegExp(String.raw`\bthe\s+${joined[2]}(?![\w'-])`, 'i').test(text.slice(sentenceStart, sentenceEnd))) return subject;
  const at = joined.index + joined[0].length - joined[2]!.length;
  return `${subject.slice(0, at)}the ${subject.slice(at)}`;
}

/** The first word "of", "in" or "for" joins to a measure (only the first: a subject read twice gains one article). */
const JOINED_NOUN = /(?<![\w'-])(of|in|for)\s+([A-Za-z][\w'-]*)/i;
/** Words after a join that are no bare noun: a determiner of their own. */
const NOT_A_NOUN = /^(?:the|a|an|its|their|our|his|her|this|that|these|those|each|every|all|some)$/i;

/** A word of comparison right after a figure, and "than" or the words that stand for the compared thing's measure (that in, those of, comparable). */
const COMPARED_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(more|less|fewer|lower|higher|cheaper|dearer|faster|slower|below|above)\s+(?:(?<=(?:more|less|fewer|lower|higher|cheaper|dearer|faster|slower)\s+)than\s+|(?<=(?:below|above)\s+))(?:(?:that|those)\s+(?:in|of|on|for|at)\s+|the\s+|on\s+|from\s+|with\s+|comparable\s+(?:space\s+in\s+)?)*/i;

/** A comma, "capped at" and its qualifiers before a figure. */
const CAPPED_BEFORE = new RegExp(String.raw`,\s*capped\s+at\s+${QUALIFIED}$`, 'i');

/** "worth" and what may stand between it and its amount (a total of, a combined, about). */
const WORTH_BEFORE = new RegExp(String.raw`\bworth\s+(?:a\s+(?:total|combined)(?:\s+of)?\s+)?${QUALIFIED}$`, 'i');

/**
 * "The zone covers 37.2 square kilometers", "a science city covering about 60 hectares", "The market, which spans 5.5
 * million square meters": an area a thing covers or spans is its
 * area; not land, a crop or a planting, which is itself what the area measures (White tea plantations cover 200,000 mu).
 */
export function withArea(subject: string, text: string, sentenceStart: number, figureStart: number, figureEnd: number): string {
  if (!subject || /\barea\b|^(?:value|share|cost|price)\b/i.test(subject) || LAND_USE.test(subject) || !AREA_FIGURE.test(text.slice(figureStart, figureEnd))) return subject;
  const lead = text.slice(Math.max(sentenceStart, figureStart - 40), figureStart);
  // "a 3.2-billion-yuan complex on 260 mu", "220,000 square meters of plants on 310 mu": an area a built thing stands on
  // is its land.
  if (BUILT_ON_BEFORE.test(lead) && BUILT_THINGS.test(subject)) return `land of ${subject}`.slice(0, 60);
  return COVERS_BEFORE.test(lead) ? `area of ${subject}`.slice(0, 60) : subject;
}

/** "on", or "built on", right before an area (and its qualifiers). */
const BUILT_ON_BEFORE = new RegExp(String.raw`\s(?:built\s+)?on\s+${QUALIFIED}$`, 'i');
/** Things built on land: a plant, a complex, a base, a park, a town, the buildings of a project. */
const BUILT_THINGS = /\b(?:project|plant|base|park|factory|factories|complex|centre|center|facility|hub|campus|town|building|warehouse)s?$/i;

/** A verb of covering or spanning, and the qualifiers between it and its area. */
const COVERS_BEFORE = new RegExp(String.raw`\b(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?)\s+(?:(?:an area of|a total of)\s+|${QUALIFIER})*$`, 'i');
/** Land and what grows on it, which an area measures itself. */
const LAND_USE = /(?:land|farmland|fields?|orchards?|plantations?|forests?|gardens?|crops?|citrus|paddy|pastures?|grassland|trees|cropland)$/i;

/**
 * "Land there sells for about 280,000 yuan per mu", "an instrument that sells for 8,000 yuan": what a thing sells, lists
 * or changes hands for is its price.
 */
export function withPrice(subject: string, text: string, sentenceStart: number, figureStart: number, figureEnd: number): string {
  if (!subject || /\b(?:price|prices|cost|rent|value)\b|^(?:share|area)\b/i.test(subject) || !MONEY_AMOUNT.test(text.slice(figureStart, figureEnd))) return subject;
  // ("sold the land at €38 per square metre": past the thing sold, only a rate per unit is a price; "sold industrial
  // land for 2.1 billion yuan" is what the sale raised.)
  const lead = text.slice(Math.max(sentenceStart, figureStart - 100), figureStart);
  const figure = text.slice(figureStart, figureEnd);
  if (!SELLS_FOR.test(lead) && !(PER_UNIT.test(figure) && SELLS_THING_FOR.test(lead))) return subject;
  // ("Industrial land changed hands at an average of …": the average price of the land; "its model, priced at …": the
  // price.) The verb of selling may close the subject read before the figure; it names no thing.
  const average = /^average\b\s*/i.exec(subject);
  const thing = subject.slice(average?.[0].length ?? 0).replace(SELLING_VERB_END, '').trim();
  const price = average ? 'average price' : 'price';
  return !thing || /^(?:priced|listed|sold|lists)$/i.test(thing) ? price : `${price} of ${thing}`.slice(0, 60);
}

/** An amount of money, maybe per unit (280,000 yuan per mu, CNY 2,600/m2). */
const MONEY_AMOUNT = /^(?:US\$|HK\$|S\$|NT\$|\$|RMB|CNY|USD|EUR|HKD|SGD|TWD|JPY|¥|€)|\b(?:yuan|dollars?|euros?|yen)\b/i;

/** Verbs of selling a thing at a price (one list for the two patterns below). */
const SELLING_VERBS = 'sells?|sold|retails?|retailed|changed hands|changes hands|change hands|lists?|listed|priced';

/** A verb of selling and "for" or "at", and the qualifiers between them and the price. */
const SELLS_FOR = new RegExp(String.raw`(?:\b(?:${SELLING_VERBS}|selling)|\b(?:is|are|was|were|be|been)\s+(?:offered|supplied))\s+(?:for|at|from)\s+(?:an average of\s+|${QUALIFIER})*$`, 'i');

/** A rate per unit in a figure (192,000 yuan per mu, Rmb180k/mu). */
const PER_UNIT = /\bper\s|\//i;

/** A verb of selling, the thing sold (up to eight words, no figure), and "for" or "at" before its price (sold the land at). */
const SELLS_THING_FOR = new RegExp(String.raw`\b(?:sells?|sold|selling)(?:\s+(?!(?:for|at)\b)[^\d\s.,;:!?]+){1,8}\s+(?:for|at)\s+(?:an average of\s+|${QUALIFIER})*$`, 'i');

/** A verb of selling closing a phrase ("Industrial land changed hands"). */
const SELLING_VERB_END = new RegExp(`\\s+(?:${SELLING_VERBS})$`, 'i');

/** A verb of making up a part of a whole, right before its percentage. */
const SHARE_VERB = /\b(?:account(?:s|ed|ing)? for|ma(?:de|kes?|king) up|represent(?:s|ed|ing)?|contribut(?:es|ed|ing))\s*$/i;

/**
 * The subject of the figure spanning [figureStart, figureEnd) in the sentence that starts at
 * `sentenceStart`; `counter` is its counted noun when it has one; `previousEnd` is where the figure before
 * it in the sentence ends (or the sentence's start).
 */
/** A clause with its verb before a colon ("… is falling too:", "… has doubled:"), not a field's label. */
const CLAUSE_BEFORE_COLON = /\b(?:is|are|was|were|has|have|had)\s+(?:\w+ly\s+)?\w+(?:ing|ed)\b/i;
/** Words that may stand before a figure that opens its sentence: "Another", "A further", a qualifier. */
const OPENING_FIGURE = new RegExp(String.raw`^\s*(?:(?:${ADDITIVE_WORDS})\s+|${QUALIFIER})*$`, 'i');
/** The verb after such a figure, past its auxiliaries: "is being levelled" → being levelled, "has been earmarked" →
 * earmarked, "falls due" → falls due. */
const VERB_AFTER_OPENING = /^\s+(?:(?:is|are|was|were|has|have|had|will)\s+)?(?:(?:been|be)\s+)?(?!(?:is|was|has|does)\b)((?:being\s+)?[a-z]{2,}(?:ed|en|s)(?:\s+(?:due|back|up|out|down|over|off))?)\b(?![-'])/i;

/** Measures of money a thing has, makes or owes, named after its amount (46 bln yuan of debt, NT$1.62 trillion in revenue). */
const MONEY_MEASURE = /^(?:debt|debts|revenue|revenues|output|output value|sales|profit|profits|income|turnover|investment|loans|liabilities)$/i;
/** A verb of having, making or owing ending a clause, with its qualifiers (carried, generated, produced, has received). */
const MEASURE_VERB_END = /\s+(?:(?:has|have|had)\s+)?(?:carried|carries|carry|generated|generates|generate|produced|produces|posted|reported|recorded|earned|received|receives|raised|owes|owed|held|holds|attracted|booked|logged)\s*$/i;
/** A verb of paying ending a clause, maybe after an auxiliary, a modal or "expected to" (paid, will pay, were expected to pay). */
const PAID_END = /\s+(?:(?:has|have|had|will|would|must|can|to)\s+)?(?:paid|pays|pay)\s*$/i;
/** Only an article, an owner or qualifiers before a count: the count opens its clause. */
/** A verb of building or opening, a few words maybe, and "with (an) investment of" before money (built with an investment of). */
const BUILT_WITH_INVESTMENT = new RegExp(String.raw`\b(?:built|opened|completed|constructed|launched)(?:\s+(?:last|this)\s+year)?\s+(?:with|at)\s+(?:an?\s+)?investment\s+of\s*${QUALIFIED}$`, 'i');
/** A verb of having, hosting or housing right before a count, with "now", "already" or "still" maybe (now hosts, is home to). */
const HOSTS_BEFORE = /\s(?:(?:now|already|still|also|currently|today)\s+)?(?:has|have|had|hosts|hosted|houses|housed|(?:is|are|was|were)\s+home\s+to|counts|boasts)\s*$/i;
/** Owners that are pronouns name no place the things are in ("Together they cover … and are home to" leads with one). */
const HOST_PRONOUN = /^(?:i|we|you|he|she|they|it|this|these|those|there|which|who|together)\b/i;
const COUNT_OPENS_CLAUSE = new RegExp(String.raw`^\s*(?:(?:and|but|the|its|their|an estimated|${ADDITIVE_WORDS})\s+|${QUALIFIER})*$`, 'i');
/** Auxiliaries, modals and adverbs between a subject and its verb. */
const BEFORE_VERB = /^(?:have|has|had|will|would|can|could|may|might|should|must|are|were|be|been|now|also|already|still|together|so far)$/i;
/** Words that are no verb after an auxiliary (a place, a number, a join). */
const NO_VERB = /^(?:in|on|at|of|to|from|for|by|with|since|and|or|the|a|an|some|not|no|among|about|around|more|less|than|over|under|up)$/i;

/**
 * What things counted at the head of their clause do, from the words after the count: the verb (after its auxiliaries,
 * which are dropped: "have returned from coastal cities" → returned from coastal cities) and up to six words after it,
 * to the clause's end or a figure. None unless an auxiliary or a verb in -ed shows it is a verb.
 */
function whatTheyDo(rest: string): string {
  const words = /^[^,.;:!?()\n\d]*/.exec(rest)![0].trim().split(/\s+/).filter(Boolean);
  let k = 0;
  let auxiliary = false;
  for (; k < words.length && BEFORE_VERB.test(words[k]!); k++) auxiliary ||= !/^(?:now|also|already|still|together)$/i.test(words[k]!);
  const verb = words[k];
  // (Not a verb of measuring, which gives another figure: "169 villages exceeded 1.8 million yuan".)
  if (!verb || !/^[a-z]+$/.test(verb) || NO_VERB.test(verb) || MEASURING_VERB.test(verb) || !(auxiliary || /[a-z]ed$/.test(verb))) return '';
  const phrase = words.slice(k, k + 7);
  const end = phrase.findIndex((word, i) => i > 0 && /^(?:and|or|but|which|who|that|while|as|because)$/i.test(word));
  if (end > 0) phrase.length = end;
  while (phrase.length > 1 && NO_VERB.test(phrase[phrase.length - 1]!)) phrase.pop();
  return phrase.join(' ').replace(/["“”]/g, '');
}

/** A verb in its plain form after a modal or "to", right before a count: what is still to be done to the things counted. */
const TO_DO_BEFORE = /\b(?:will|would|to|can|could|must|should|may|might)\s+(?:also\s+)?([a-z]{3,})\s*$/i;
/** Verbs of having, measuring or reaching, which say how many there are, not what is done to them. */
const NOT_DONE_TO = /^(?:reach|exceed|total|have|hold|number|include|cover|need|require|cost|take|employ|benefit|be|become|serve|see|get|top|surpass|hit|double|triple|more|fewer|about|around|over|some|nearly)$/i;
/** Participles in no -ed. */
const IRREGULAR_DONE: Record<string, string> = {
  build: 'built', make: 'made', sell: 'sold', send: 'sent', buy: 'bought', bring: 'brought', keep: 'kept', set: 'set', cut: 'cut',
  put: 'put', win: 'won', draw: 'drawn', grow: 'grown', give: 'given', lead: 'led', pay: 'paid', lay: 'laid', run: 'run', lend: 'lent',
  spend: 'spent', find: 'found', hire: 'hired', plan: 'planned', ship: 'shipped', stop: 'stopped',
};
/**
 * The participle of a verb in -ing: connecting → connected, adding → added, saving → saved, shipping → shipped,
 * building → built, rebuilding → rebuilt (a prefix kept before an irregular verb).
 */
function participleOfDoing(verb: string): string {
  const stem = verb.slice(0, -3).toLowerCase();
  const prefix = /^(?:re|over|under|out)(?=[a-z]{3})/.exec(stem)?.[0] ?? '';
  const base = stem.slice(prefix.length);
  const own = IRREGULAR_DONE[stem] ?? IRREGULAR_DONE[`${stem}e`];
  if (own) return own;
  const prefixed = prefix ? IRREGULAR_DONE[base] ?? IRREGULAR_DONE[`${base}e`] : undefined;
  if (prefixed) return `${prefix}${prefixed}`;
  return /[^aeiou]y$/.test(stem) ? `${stem.slice(0, -1)}ied` : `${stem}ed`;
}
/** The participle of a verb in its plain form: rehabilitate → rehabilitated, train → trained, build → built, supply → supplied. */
function participle(verb: string): string {
  return IRREGULAR_DONE[verb] ?? (/e$/.test(verb) ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`);
}

/** "at a cost of", "at an estimated cost of", "with a total cost of" before an amount. */
const AT_A_COST = new RegExp(String.raw`\s(?:at|with)\s+(?:a|an)\s+(?:(estimated|total)\s+)?cost\s+of\s+${QUALIFIED}$`, 'i');
/** A preposition before a determiner phrase that says where to or from, not what is done to. */
const WHERE_TO = /^(?:to|from|into|onto|by|in|at|near|across|along|on|over|under|for|of|with)$/i;

/**
 * The thing a clause does something to, read from the last determiner phrase that is not where it goes (a water main
 * about 1.3 miles to the site → water main; its main production lines to Longnan → main production lines): up to four
 * words, past a measure written with figures, to a preposition, punctuation or a verb in -ed.
 */
function thingDone(before: string): string {
  const words = before.split(/\s+/).filter(Boolean);
  let at = -1;
  for (let k = 0; k < words.length; k++) if (DETERMINER.test(bare(words[k]!)) && !(k > 0 && WHERE_TO.test(bare(words[k - 1]!)))) at = k;
  // (Not the sentence's own subject: "The county … at a cost of" has no thing done to.)
  if (at <= 0) return '';
  const thing: string[] = [];
  for (const raw of words.slice(at + 1)) {
    const word = bare(raw);
    if (/\d/.test(word)) {
      if (thing.length) break;
      continue;
    }
    if (!word || WHERE_TO.test(word) || (thing.length > 0 && /[a-z]ed$/.test(word)) || isStop(word) || thing.length === 4) break;
    thing.push(word);
    if (/[,;:]$/.test(raw)) break;
  }
  return thing.join(' ');
}

/** A figure a whole opens with (680,000, 1.2 million), before what it counts; not a year (of its 2021 peak). */
const WHOLE_FIGURE = /^(?!(?:19|20)\d\d\b)[\d,.]+\s*(?:(?:million|billion|mn|bn|m)\s+)?/i;

/** Counted nouns that are people or places, which belong to an owner named after "of" rather than being made of it. */
const PERSON_COUNT = /^(?:staff|people|residents|workers|employees|members|farmers|households|teachers|officials|students)$/i;
const PLACE_COUNT = /^(?:townships|towns|villages|counties|districts|cities|provinces|communities|parks|zones)$/i;

/** People counted as staff, the last word of a head count (1,500 people, 30,000 workers, 2,000 local villagers). */
const EMPLOYED_COUNT = /\b(people|persons|workers|staff|employees|villagers)$/i;
/** A verb of employing at the end of the words before a figure, past adverbs, modals and "is to" (now employs, is to employ). */
const EMPLOYS_BEFORE = /(?:^|\s)(?:(?:now|also|still|together|currently|already|directly|will|would|could|can|is to|are to|is expected to|are expected to|to)\s+)*employ(?:s|ed)?\s*$/i;

/**
 * Who employs the people counted after a verb of employing: the thing before the verb in its clause (the tea industry
 * employs, the city's 2,100-odd Taiwanese firms now employ), the noun a relative pronoun stands for (a cluster that now
 * employs, 216 instrument makers, which employ), past "and" what the sentence is about (the park will cover …, house 14
 * plants and employ); '' for a pronoun (they employ), null when no such verb comes before the figure.
 */
function employer(text: string, sentenceStart: number, figureStart: number): string | null {
  const lead = text.slice(sentenceStart, figureStart).replace(/\([^()]*\)/g, ' ').replace(QUALIFIER_END, '');
  const verb = EMPLOYS_BEFORE.exec(lead);
  if (!verb) return null;
  const pieces = lead.slice(0, verb.index).split(/[,;:]/);
  let piece = pieces.pop()!;
  const relative = /\b(?:which|that)\s*$/i.exec(piece);
  if (relative) piece = piece.slice(0, relative.index).trim() ? piece.slice(0, relative.index) : pieces.pop() ?? '';
  // ("the firms they run employ": a relative clause with no pronoun of its own hangs on the noun before its subject.)
  piece = piece.replace(/\s+(?:they|we|you|he|she|it)\s+[a-z]+\s*$/i, '');
  const owner = /\band\s*$/i.test(piece) ? sentenceHead(text, sentenceStart, figureStart) : phraseBefore(piece).replace(MULTIPLIER_WORDS, '');
  return !owner || HOST_PRONOUN.test(owner) || /\b(?:who|whose)\b/i.test(piece) || TIME_PHRASE.test(owner) ? '' : owner.split(' ').slice(0, 5).join(' ');
}

/** A verb of renting or leasing out and "for" or "at" before a rent (rents for, rent their fields to … for, leased from … at,
 * available for lease at, lets out … at; not "lets", allows: "lets firms buy land at"): group 1 is a verb in the present
 * with its thing before it, group 2 what comes between. */
const RENTED_FOR = new RegExp(String.raw`(?:\b(rents?|lets?(?=\s+out\b))|\b(?:rented|leases?|leased|renting|leasing|for lease|for rent))\b((?:\s+(?!for\b|at\b)[^\s,;:]+){0,6})\s+(?:for|at)\s+(?:an average of\s+|${QUALIFIER})*$`, 'i');
/** A verb of owing, in the active, and its qualifiers or "another" right before money (still owed another, owes about). */
const OWED_BEFORE = new RegExp(String.raw`(?<!\b(?:is|are|was|were|be|been|being)\s+)\b(?:owe|owes|owed|owing)\s+(?:(?:${ADDITIVE_WORDS})\s+|${QUALIFIER})*$`, 'i');
/** A verb of expanding or extending, the thing (its last word kept) and "by" before a measure (expand the park by another). */
const EXPANDED_BY = new RegExp(String.raw`\b(?:expand|expands|expanded|expanding|extend|extends|extended|extending|enlarge|enlarges|enlarged|enlarging)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+by\s+(?:(?:${ADDITIVE_WORDS})\s+|${QUALIFIER})*$`, 'i');
/** A verb of earning and its qualifiers right before money (earns about, made, can earn). */
const EARNED_BEFORE = new RegExp(String.raw`(?:^|\s)(?:earn|earns|earned|earning|make|makes|made|making)\s+${QUALIFIED}$`, 'i');
/** What earnings come from, after the amount and maybe its period (… a year from tea, … from my sheep). */
const EARNED_FROM = /^\s+(?:(?:a|per|each)\s+(?:year|month|day|week)\s+|on average\s+)?from\s+(?:my|his|her|their|its|our|the)?\s*([a-z][a-z -]{1,30}?)(?=[,.;:()"”]|\s(?:in|at|on|by|to|was|were|is|are|will|and|this|last|since)\b|$)/i;

/**
 * "Sino-German (Changzhou) Innovation Park\nPartner: … | Opened: 2013\nArea: 6.2 square kilometers": a field in a block of
 * field lines under a heading line that names a thing (a listing of parks, plants or projects) is that thing's; the
 * name, without its asides in brackets, and a space, or '' when the block has no such heading (its first line is a
 * field, a sentence, a section's title or longer than eight words).
 */
function blockHeading(text: string, lineStart: number): string {
  const blankLine = text.lastIndexOf('\n\n', lineStart - 1);
  const blockStart = blankLine < 0 ? 0 : blankLine + 2;
  const lines = text.slice(blockStart, lineStart).split('\n').filter((line) => line.trim());
  if (lines.length === 0 || !lines.slice(1).every((line) => /^[^:]{1,40}:\s/.test(line))) return '';
  const heading = lines[0]!.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  // (A name in title case, two words or more: "Land" or "Labour and costs" heads a section, not a thing.)
  return /^[A-Z][\w'’-]*(?: (?:[A-Z][\w'’&-]*|of|and|the|for|in|on)){1,7}$/.test(heading) && !/[:.!?;,]/.test(heading) ? `${heading} ` : '';
}

/** The verb after a figure in apposition, past its closing comma (", is less than half"). */
const APPOSITION_VERB_AFTER = /^\s*(?:\([^()]*\)\s*)?,\s+(?:is|was|are|were|has|had|remains|stays)\b/i;

export function englishSubject(text: string, sentenceStart: number, figureStart: number, figureEnd: number, counter?: string, previousEnd = sentenceStart): string {
  // The clause before the figure, without asides in brackets, and the thing it names.
  const start = clauseStart(text, sentenceStart, figureStart, previousEnd);
  const clause = text.slice(start, figureStart).replace(/\([^()]*\)/g, ' ').replace(/[()]/g, ' ');
  const before = phraseBefore(clause);
  // A conversion in brackets right after the figure (60,000 mu (4,000 hectares) of …) stands between it and "of".
  const skipped = /^\s*\([^()]{0,40}\)|^\)/.exec(text.slice(figureEnd, figureEnd + 44))?.[0].length ?? 0;
  const after = text.slice(figureEnd + skipped, figureEnd + skipped + 60);
  // A range's figure is read from its high end ("10 to 20 companies", "two or three big operators" count companies and operators).
  const figure = text.slice(figureStart, figureEnd).replace(RANGE_LOW, '');
  // A field's label alone at the head of its line (- Forest and grass cover in project micro-watersheds: 41.5%, Total:
  // $228.60 million) is the whole name of what its figure measures, "and" or "or" in it included.
  const lineStart = text.lastIndexOf('\n', figureStart - 1) + 1;
  const field = counter ? null : FIELD_BEFORE.exec(text.slice(lineStart, figureStart));
  if (field) return `${blockHeading(text, lineStart)}${field[1]}`.slice(0, 60);
  // "its per capita GDP, about 84,500 yuan, is less than half …", "the land, about 1,200 mu, was supplied at …": a figure
  // set off by commas between a noun phrase and its verb is in apposition to that noun phrase, which it measures.
  const appositive = APPOSITIVE_AFTER.test(text.slice(figureEnd, figureEnd + 30)) ? APPOSITIVE_BEFORE.exec(text.slice(sentenceStart, figureStart)) : null;
  const apposed = appositive ? phraseBefore(appositive[1]!) : '';
  if (apposed && !TIME_PHRASE.test(apposed)) return apposed.slice(0, 60);
  // "utilization in Lujiang, which ran at 91%": "which" after a comma stands for the noun phrase before it, which the
  // figure its verb reaches measures.
  const whichClause = WHICH_BEFORE.exec(text.slice(sentenceStart, figureStart));
  const antecedent = whichClause ? phraseBefore(whichClause[1]!) : '';
  if (antecedent && !TIME_PHRASE.test(antecedent)) return antecedent.slice(0, 60);
  // "cut the time needed to approve an industrial project to within 15 working days": a span of time is the time named
  // before it in its sentence, with what it is the time to do.
  const time = DURATION_FIGURE.test(figure) ? timeTo(text.slice(sentenceStart, figureStart)) : '';
  if (time) return time;
  // "construction must begin within six months of delivery", "Trucks now reach Beijing within 48 hours": a span after
  // "within", "in", "for" or "over" that closes a clause with its verb is the time that clause takes or lasts.
  // (Not a clause that opens right after a figure: "6trn yuan of bonds over three years" is no clause of its own.)
  const taken = DURATION_FIGURE.test(figure) && (start > previousEnd || previousEnd === sentenceStart) ? timeOfClause(clause, after) : '';
  if (taken) return taken;
  // "The county plans to invest 1.2 billion yuan in rural roads": money after a verb of investing is an investment,
  // in what the phrase after it names.
  const lead = text.slice(Math.max(start, figureStart - 60), figureStart);
  // ("must invest at least 4.5 million yuan per mu": an amount per unit is money too.)
  const money = !counter && MONEY_FIGURE.test(figure.replace(PER_UNIT_END, ''));
  if (money && INVEST_BEFORE.test(lead)) {
    const target = /^\s+in\s+((?:the\s+)?[a-z][a-z' -]{2,40}?)(?=[,.;:()]|\s(?:in|at|on|by|to|was|were|is|are|will|from|with|this|last|since|over|and)\b|$)/i.exec(after);
    // (plans to invest, will invest: an investment still planned.)
    const investment = /\b(?:plans?|planned|planning|aims?|will|is to|are to)\s+(?:to\s+)?invest\b/i.test(lead) ? 'planned investment' : 'investment';
    return target ? `${investment} in ${target[1]}` : investment;
  }
  // "a new county-level integrated media center, built with an investment of 86 million yuan", "a lithium hydroxide plant
  // with an annual capacity of 20,000 metric tons, built with an investment of …": the investment is in what was built,
  // the thing before the verb past its own "with" phrase (or, past "and", what the sentence is about).
  const builtWith = money ? BUILT_WITH_INVESTMENT.exec(text.slice(sentenceStart, figureStart)) : null;
  if (builtWith) {
    // (The clause is the one after a colon or semicolon: "The bar is set high: high-standard farmland must … and be built".)
    const verbAt = sentenceStart + builtWith.index;
    const from = Math.max(text.lastIndexOf(':', verbAt), text.lastIndexOf(';', verbAt), sentenceStart - 1) + 1;
    const pieces = text.slice(from, verbAt).replace(/\s+with\s+(?:[^,]|,(?=\d))*,?\s*$/i, '').replace(/[,\s]+(?:that|which)?\s*$/i, '').split(/,(?!\d)/);
    const thing = pieces[pieces.length - 1]!;
    // ("farmland must yield … and be built at": past "and", the clause's subject, before its modal or auxiliary.)
    const subjectOf = /^(.*?)\s+(?:must|will|would|should|can|could|may|is|are|was|were|has|have)\b/i.exec(text.slice(from, verbAt));
    const built = !/\band$|\b(?:must|will|would|to|should|can|be)$/i.test(thing.trim()) && thing.trim() ? phraseBefore(thing) : subjectOf ? phraseBefore(subjectOf[1]!) : '';
    if (built && !HOST_PRONOUN.test(built)) return `investment in ${built}`.slice(0, 60);
  }
  // "The company plans to spend a further Rmb3.5bn … by 2028 on a liquid-cooled hall": spending, on what "on" names.
  if (money && SPEND_BEFORE.test(lead)) {
    // ("has spent 2.4 billion yuan since 2021 helping small workshops replace old machines": what the spending does.)
    const target = SPENT_ON.exec(after) ?? SPENT_DOING.exec(after);
    const spending = /\b(?:plans?|planned|planning|aims?|will|is to|are to)\s+(?:to\s+)?spend\b/i.test(lead) ? 'planned spending' : 'spending';
    return target ? `${spending} on ${target[1]}` : spending;
  }
  // "set aside 18 million yuan ($2.5 million) for relief", "300 million yuan had been earmarked for the programme": money
  // put by for a purpose is named by it, unless the clause names the money already (the provincial budget has set aside …).
  const namesMoney = /\b(?:budget|fund|funds|funding|grant|grants|subsid\w*|compensation|loan|loans)\b/i.test(before);
  const putBy = money && !namesMoney ? (PUT_BY_BEFORE.exec(lead) && PUT_BY_FOR.exec(after)) || PUT_BY_AFTER.exec(after) : null;
  if (putBy) return `funds ${(PUT_BY_BEFORE.exec(lead) ?? PUT_BY_AFTER.exec(after))![1]!.toLowerCase()} for ${putBy[putBy.length - 1]}`.slice(0, 60);
  // ("The county has set aside 300 mln yuan, enough for 20,000 cars": money put by, its purpose unsaid; not money "of" or
  // "in" a thing that names it: "allocated 30 million yuan in emergency funds".)
  const putByAlone = money && !namesMoney && !/^\s*(?:(?:a|per) (?:year|month)\s+)?(?:of|in)\b/i.test(after) ? PUT_BY_BEFORE.exec(lead) : null;
  if (putByAlone) return `funds ${putByAlone[1]!.toLowerCase()}`;
  // "Villagers rent their fields to a tourism company for 1,500 yuan per mu", "standard factory space rents for 8 yuan per
  // square metre", "available for lease at RMB 28-35 per sq m": money a thing is rented or leased for is its rent.
  // (The verb may stand before an earlier figure: "leased from 14 neighboring households at 1,200 yuan per mu".)
  const rentLead = text.slice(Math.max(sentenceStart, figureStart - 80), figureStart);
  const rented = money && !/\b(?:rent|rents|rental|price|subsid\w*|cost)\b/i.test(before) ? RENTED_FOR.exec(rentLead) : null;
  if (rented) {
    const object = /^\s+(?:out\s+)?(?:their|its|our|his|her|the)\s+([a-z][a-z -]{1,30}?)(?=\s+(?:to|for|at)\b|$)/i.exec(rented[2] ?? '');
    const renter = !object && rented[1] ? phraseBefore(rentLead.slice(0, rented.index).split(/[,;:]/).pop()!) : '';
    const thing = object?.[1] ?? (renter && !HOST_PRONOUN.test(renter) && !/\band$/i.test(renter) ? renter : '');
    return thing ? `rent of ${thing}`.slice(0, 60) : 'rent';
  }
  // "The county's three main LGFVs still owed another 21.7 billion yuan", "Its financing vehicles owed roughly another
  // 30bn yuan": money a thing owes, straight after the verb, is its debt (not money "in" or "of" what names it: "owed
  // 41.3bn yuan in official bonds"; nor the passive "the plant is owed", whose debtor is unsaid).
  // (The debtor may be counted itself: "three main LGFVs".)
  const owedLead = text.slice(Math.max(sentenceStart, figureStart - 80), figureStart);
  const owed = money && !/^\s*(?:of|in)\b/i.test(after) ? OWED_BEFORE.exec(owedLead) : null;
  if (owed) {
    const debtor = phraseBefore(owedLead.slice(0, owed.index).split(/[,;:]/).pop()!).replace(MULTIPLIER_WORDS, '').replace(/\s*\balone$/i, '');
    return debtor && !HOST_PRONOUN.test(debtor) && !TIME_PHRASE.test(debtor) ? `debt of ${debtor}`.slice(0, 60) : 'debt';
  }
  // "plans to expand the zone by another 0.8 square kilometers": a measure a thing is expanded or extended by is its expansion.
  const expanded = EXPANDED_BY.exec(text.slice(Math.max(start, figureStart - 60), figureStart));
  if (expanded && !isStop(expanded[1]!)) return `expansion of ${expanded[1]}`.slice(0, 60);
  // "his household now earns about 180,000 yuan a year from tea", "There I made 8,500 yuan a month": money a verb of
  // earning takes straight after it is the earnings of who earns it (none for a pronoun), from what "from" names.
  const earned = money && !/^\s*(?:of|in)\b/i.test(after) ? EARNED_BEFORE.exec(lead) : null;
  if (earned) {
    const earner = earned.index > 0 && !/\band\s*$/i.test(lead.slice(0, earned.index)) ? phraseBefore(lead.slice(0, earned.index)) : '';
    const source = EARNED_FROM.exec(after);
    const who = earner && !HOST_PRONOUN.test(earner) && !TIME_PHRASE.test(earner) && !/^(?:there|here|now)$/i.test(earner) ? `${earner} ` : '';
    return `${who}earnings${source ? ` from ${source[1]}` : ''}`.slice(0, 60);
  }
  // "the county built a 46,000-square-meter logistics park in 2022 at a cost of 280 million yuan": what was done at that
  // cost names it, the thing done to (cost of logistics park).
  const atCost = money ? AT_A_COST.exec(text.slice(sentenceStart, figureStart)) : null;
  const costly = atCost ? thingDone(text.slice(sentenceStart, sentenceStart + atCost.index)) : '';
  if (costly) return `${atCost![1] ? `${atCost![1].toLowerCase()} ` : ''}cost of ${costly}`.slice(0, 60);
  // A counted noun names the figure better than where or what for it is ("11 warehouses in the county").
  // ("0.1 MW for two hours": a figure after "for" is another claim, not what this one is of.)
  // ("cover 412,600 square meters in the Changxing Economic and Technological Development Zone": "in" and a name say where
  // the figure is, not what it measures.)
  const of = (counter && !/^\s*of\b/i.test(after)) || FIGURE_AFTER_OF.test(after) || PLACE_AFTER.test(after) ? null : withSharedHead(untilFigure(OF_AFTER.exec(after)), text.slice(figureEnd + skipped, figureEnd + skipped + 120));
  // "cost of about $12.4 billion in money-of-the-day prices": a measure named before beats "in/for …" after.
  if (of && !/^\s*of\b/i.test(after) && MEASURE_NOUN.test(before)) return before;
  // "set aside 1,500 mu of land for a returnee industrial park", "has set aside 2,400 mu (160 hectares) along the
  // Tanjiang River for a "Hong Kong and Macau Garden"": the land is named by what it is for, past the place it lies in.
  const landFor = LAND_FOR.exec(text.slice(figureEnd + skipped, figureEnd + skipped + 110));
  const forWhat = landFor && (landFor[1] || AREA_FIGURE.test(figure)) ? (landFor[2] ?? landFor[3]) : undefined;
  if (forWhat && !NOT_OF_OBJECT.test(forWhat) && !FOR_A_TIME.test(forWhat)) return `${/space/i.test(landFor![1] ?? '') ? 'space' : 'land'} for ${forWhat}`;
  // "rose to 148 days of sales": a stock measured in days or months of what it would cover is that stock's.
  if (DURATION_FIGURE.test(figure) && /^\s*of\s+(?:sales|supply|stock|inventory|output|demand|consumption|imports)\b/i.test(after)) return before.slice(0, 60);
  // "grows persimmons on 120,000 mu of land": a bare "land" or "space" says less than the phrase before it.
  if (of && before && /^\s*of\s+(?:land|space|area)\b/i.test(after) && of[1].trim().split(/\s+/).length === 1) return before.slice(0, 60);
  // "cover only a third of its income", "62% of its orders": a share of the owner's whole, taken by the thing before
  // it (not by a time: "This year they …"), or, in an aside ("Land-sale revenue, once a third of its income, …"), by
  // what the sentence is about.
  const owned = PERCENT_FIGURE.test(figure) ? /^\s*of\s+(?:its|their)\s+/i.exec(after) : null;
  // "Of the 1.2mn servers in the city, fewer than a fifth are equipped …": a sentence that opens with a whole set, and
  // a part of it right after its comma, is a share of what that whole counts (past its own figure).
  const fronted = PERCENT_FIGURE.test(figure) ? FRONTED_WHOLE.exec(text.slice(sentenceStart, figureStart)) : null;
  const frontedAt = fronted ? sentenceStart + fronted[1]!.length : 0;
  const set = fronted ? phraseAfter(text, frontedAt + (WHOLE_FIGURE.exec(text.slice(frontedAt, frontedAt + 30))?.[0].length ?? 0)) : '';
  if (set) return `share of ${set}`.slice(0, 60);
  // ("about a fifth of its 680,000 people": past the whole's own figure, what it counts.)
  const wholeAt = figureEnd + skipped + (owned?.[0].length ?? 0);
  const whole = owned ? phraseAfter(text, wholeAt + (WHOLE_FIGURE.exec(text.slice(wholeAt, wholeAt + 30))?.[0].length ?? 0)) : '';
  if (whole) {
    const taker = before || (previousEnd === sentenceStart && ASIDE_BEFORE.test(text.slice(sentenceStart, figureStart)) ? sentenceHead(text, sentenceStart, figureStart) : '');
    return `${taker && !CHANGE_ALONE.test(taker) && !TIME_PHRASE.test(taker) ? `${taker} ` : ''}share of ${whole}`.slice(0, 60);
  }
  // "R&D spending at 3.2 percent of GDP": a percentage of a whole is the share of it that the thing before it takes.
  if (of && !NOT_OF_OBJECT.test(of[1]) && /^\s*of\b/i.test(after) && PERCENT_FIGURE.test(figure))
    return `${before && !CHANGE_ALONE.test(before) ? `${before} ` : ''}share of ${of[1].replace(/^the\s+/i, '').trim()}`.slice(0, 60);
  // ("26 townships of Xinhua County", "240 staff of the county water company": people or places counted "of" a named
  // or definite owner are its, and stay what is counted; "200 varieties of tea" counts tea.)
  const counted = counter ? /^[\d,.\s]*(?:(?:million|thousand)\s+)?([a-z]+)$/i.exec(figure)?.[1] : undefined;
  if (of && counted && /^(?:the\s+[a-z]|[A-Z])/.test(of[1]) && !NOT_OF_OBJECT.test(of[1]) && (PERSON_COUNT.test(counted) || PLACE_COUNT.test(counted))) {
    return `${counted} of ${of[1].replace(/^the\s+/i, '').trim()}`.slice(0, 60);
  }
  // "Its state-owned investment vehicle carried 46 bln yuan of debt", "The park's companies generated NT$1.62 trillion in
  // revenue": money "of" or "in" a measure, the object of a verb, is the measure of the thing before that verb.
  // "The Korean firms employ … and paid 680 million yuan in taxes last year", "firms that paid less than 100,000 yuan of
  // tax per mu": tax a thing pays is the tax paid by it, the thing before the verb, or past "and" what the sentence is
  // about; none named for a pronoun.
  const paid = of && MONEY_FIGURE.test(figure) && /^(?:tax|taxes|fees)$/i.test(of[1].trim()) ? PAID_END.exec(clause.replace(QUALIFIER_END, '')) : null;
  if (paid) {
    const head = clause.slice(0, paid.index).replace(/^\s*and\s*$/i, '');
    // ("most of them 'low-efficiency' firms that paid": how many of a group, and quotes, are no part of its name.)
    const payer = (phraseBefore(head) || (!head.trim() && text[start - 1] === ',' ? sentenceHead(text, sentenceStart, figureStart) : ''))
      .replace(/^(?:most|many|some|all|none)\s+of\s+(?:them|these|those)\s+/i, '').replace(/(^|\s)['‘"“]|['’"”](?=\s|$)/g, '$1');
    return `${of![1].trim().toLowerCase()} paid${payer && !HOST_PRONOUN.test(payer) && !TIME_PHRASE.test(payer) ? ` by ${payer}` : ''}`.slice(0, 60);
  }
  const holder = of && MONEY_FIGURE.test(figure) && MONEY_MEASURE.test(of[1]) ? MEASURE_VERB_END.exec(clause.replace(QUALIFIER_END, '')) : null;
  // (", which holds stakes in two carmakers, carried …": past an aside, the thing the sentence is about.)
  const owner = !holder ? '' : phraseBefore(clause.slice(0, holder.index)) || (!clause.slice(0, holder.index).trim() && text[start - 1] === ',' ? sentenceHead(text, sentenceStart, figureStart) : '');
  if (owner && !TIME_PHRASE.test(owner)) return `${of![1].replace(/^the\s+/i, '').trim()} of ${owner}`.slice(0, 60);
  // "saving about 260,000 tonnes of standard coal", "has cleared 400 hectares of inefficient industrial land", "issued 6.8
  // billion yuan of special bonds": a measure of a thing that is the object of a verb of doing is named by what is done
  // to it, as things counted are (not a verb of measuring or estimating: carried, covered, an estimated).
  const objectLead = of && /^\s*of\b/i.test(after) && !PERCENT_FIGURE.test(figure) ? text.slice(start, figureStart).replace(QUALIFIER_END, '').replace(ADDITIVE_END, ' ') : '';
  const doneTo = objectLead ? DONE_BEFORE.exec(objectLead) ?? DOING_BEFORE.exec(objectLead) : null;
  const doneToIt = !doneTo ? '' : /ing$/i.test(doneTo[1]!) ? (NOT_DOING_TO.test(doneTo[1]!) ? '' : participleOfDoing(doneTo[1]!))
    : MEASURING_VERB.test(doneTo[1]!) || ESTIMATED.test(doneTo[1]!) ? '' : doneTo[1]!.toLowerCase();
  if (doneToIt && !NOT_OF_OBJECT.test(of![1])) return `${of![1].replace(/^the\s+/i, '').trim()} ${doneToIt}`.slice(0, 60);
  if (of && !NOT_OF_OBJECT.test(of[1])) return of[1].replace(/^the\s+/i, '').trim();
  // A longer "of …" phrase ("40 percent of the city's administrative villages lack …"): its first words.
  const ofLong = /^\s*of\s+(?:the\s+)?/i.exec(after);
  if (ofLong && !NOT_OF_OBJECT.test(after.slice(ofLong[0].length))) {
    // "14% of the 1,860 LGFV notes due in 2027": past the figure of the whole, the thing it counts.
    const from = figureEnd + skipped + ofLong[0].length;
    // ("40 percent of the city's 1,968 administrative villages": the owner's whole too, and a share of it.)
    const whole = /^(?:its\s+|their\s+|[A-Za-z]+'s\s+)?[\d,.]+(?:\s+(?:million|billion|thousand))?\s+/i.exec(text.slice(from, from + 30));
    const phrase = phraseAfter(text, from + (whole?.[0].length ?? 0));
    if (phrase) return whole && PERCENT_FIGURE.test(figure) ? `share of ${phrase}` : phrase;
  }
  const distance = LENGTH_FIGURE.test(figure) ? distanceSubject(text, sentenceStart, start, figureStart, figureEnd) : '';
  if (distance) return distance;
  // "the tea industry employs around 40,000 people", "a cluster that now employs some 120,000 people", "216 instrument
  // makers, which employ more than 16,000 people": people counted after a verb of employing are employed by its subject.
  const employed = counter ? EMPLOYED_COUNT.exec(figure) : null;
  const employerName = employed ? employer(text, sentenceStart, figureStart) : null;
  if (employerName !== null) return `${employed![1]!.toLowerCase()} employed${employerName ? ` by ${employerName}` : ''}`.slice(0, 60);
  // "employ about 21,000 people", "benefit 1.12 million people", "Fuping, home to about 760,000 people": a head count of
  // people measures the staff, the beneficiaries or the population of what the sentence is about.
  if (counter && /\b(?:people|persons|residents|inhabitants)$/i.test(figure)) {
    const lead = text.slice(start, figureStart).replace(QUALIFIER_END, '');
    const role = PEOPLE_ROLES.find(([re]) => re.test(lead));
    if (role) {
      // ("…, the main financing vehicle of Mile, a county-level city of about 560,000 people": a place in apposition is
      // named right before its comma.)
      const named = PLACE_IN_APPOSITION.exec(text.slice(sentenceStart, figureStart).replace(QUALIFIER_END, ''));
      // ("Home to about 2.8 million residents, …": a sentence that opens with the role names no owner.)
      const owner = named?.[1] ?? sentenceHead(text, sentenceStart, figureStart).split(' ').slice(0, 4).join(' ').replace(/^Home$/, '');
      return owner ? role[1].replace('$', owner) : role[2];
    }
    // "its 680,000 people", "the county's 1.2 million people": everyone an owner has is its population (its registered
    // residents stay residents).
    if (/\bpeople$/i.test(figure) && /\b(?:its|their|[A-Za-z]+'s)\s*$/i.test(lead)) return 'population';
    // "some 60,000 people working in e-commerce and express delivery": people named by what they do.
    const doing = /^\s+((?:working|employed|engaged|living)\s+(?:in|by|on|at)\s+[a-z][a-z -]{2,40}?)(?=[,.;:()]|\s(?:in|at|on|by|to|was|were|is|are|will|from|with|this|last|since|over)\b|$)/i.exec(after);
    if (doing) return `${figure.replace(/^[\d,.\s]+/, '').replace(MULTIPLIER_WORDS, '')} ${doing[1]}`.replace(/\s+/g, ' ');
    // "6.82 million people at risk of returning to poverty had been identified", "3,150 people affected by land
    // acquisition", "353,000 people in Liangshan moved …": people named by what befell them, their risk or their place.
    const which = peopleWhich(after);
    if (which) return `${figure.replace(/^[\d,.\s]+/, '').replace(MULTIPLIER_WORDS, '')} ${which}`.replace(/\s+/g, ' ');
    // "About 410,000 people in 503 villages benefited directly": who benefits are beneficiaries.
    if (/^[^,.;]{0,40}?\bbenefit(?:s|ed|ing)?\b/i.test(after)) return 'beneficiaries';
    // "Direct project beneficiaries are estimated at about 598,000 people": "people" says less than the phrase before.
    if (/^people$/i.test(figure.replace(/^[\d,.\s]+/, '').replace(MULTIPLIER_WORDS, '')) && before && /\b(?:is|are|was|were|at|totaling|totalling|of)\s*$/i.test(lead)) return before.slice(0, 60);
  }
  if (counter) {
    const counted = figure.replace(/^[\d,.\s]+(?:-?plus\s+)?/, '').replace(MULTIPLIER_WORDS, '').replace(/["“”]/g, '');
    const w = /^\s*((?:[a-z][a-z'&-]*\s+){0,3}[a-z][a-z'&-]*)/i.exec(counted);
    // "would create some 12,000 jobs": what a verb of making brings into being is named as made by it.
    const made = CREATED_BEFORE.exec(text.slice(start, figureStart).replace(QUALIFIER_END, ''));
    if (w && made) return `${w[1].trim()} ${made[1]!.toLowerCase().replace(/(?:e|es|ed|ing)$/, '')}ed`;
    // "surveyed 386 households", "A survey by the county statistics bureau of 1,200 households": those counted are
    // the ones surveyed.
    if (w && SURVEYED_BEFORE.test(text.slice(start, figureStart).replace(QUALIFIER_END, ''))) return `${w[1].trim()} surveyed`;
    // "Capacity at its biggest plants is 600,000 units", "raise its capacity from 1.8 million to 3 million units": units
    // name no thing; the measure earlier in the clause does.
    const measure = w && /^units$/i.test(w[1].trim()) ? MEASURE_BEFORE_UNITS.exec(clause) : null;
    if (measure) return measure[1]!.toLowerCase();
    // "lens output reached 480mn pairs", "The county's Tan sheep herd has grown to 1.12 million head": a word that counts
    // without naming (pairs, head, units, sets), reached by a verb of measuring or being, counts what the clause names
    // before its verb (not the object of a verb of doing: shipped 1.2 million units → units shipped).
    // ("frame output fell 3% yoy to 92mn pairs": none named past the figure before, what that figure measured.)
    if (w && COUNTING_UNIT.test(w[1]) && !/^\s*of\b/i.test(after) && !TIME_PHRASE.test(before) && (before || previousEnd > sentenceStart)
      && MEASURED_AT.test(text.slice(start, figureStart).replace(QUALIFIER_END, ''))) return before.slice(0, 60);
    // "Volumes through the dry port reached 86,400 TEU": a TEU is a unit of container traffic, not a thing; what the
    // clause names before the verb is what it measures.
    if (w && /^TEUs?$/i.test(w[1].trim()) && before) return before.slice(0, 60);
    const done = DONE_BEFORE.exec(text.slice(start, figureStart).replace(QUALIFIER_END, '').replace(ADDITIVE_END, ' '));
    if (w && done && !MEASURING_VERB.test(done[1]!)) return `${w[1].trim()} ${done[1]!.toLowerCase()}`;
    // "roads connecting 142 villages", "adding some 4,600 beds": the same with a verb in -ing (villages connected).
    const beingDone = w ? DOING_BEFORE.exec(text.slice(start, figureStart).replace(QUALIFIER_END, '').replace(ADDITIVE_END, ' ')) : null;
    if (beingDone && !NOT_DOING_TO.test(beingDone[1]!)) return `${w![1].trim()} ${participleOfDoing(beingDone[1]!)}`;
    // "would rehabilitate 17 small reservoirs", "plans to train 1,000 technicians": a count that is the object of a verb
    // still to be done is named by what will be done to it, as one done already is (small reservoirs rehabilitated).
    const toDo = w ? TO_DO_BEFORE.exec(text.slice(start, figureStart).replace(QUALIFIER_END, '').replace(DETERMINER_END, ' ')) : null;
    if (toDo && !NOT_DONE_TO.test(toDo[1]!)) return `${w![1].trim()} ${participle(toDo[1]!.toLowerCase())}`;
    // "a clinic with 120 beds": things counted after "with" are in the thing before it.
    const owner = w ? withOwner(text, sentenceStart, figureStart) : '';
    if (owner) return `${w![1].trim()} in ${owner}`.slice(0, 60);
    // "the 58 counties in Gansu's poorest group": things counted in a group or a place named after them are that group's.
    const within = w ? /^\s+in\s+(?:the\s+)?(?=[A-Za-z])/i.exec(text.slice(figureEnd, figureEnd + 12)) : null;
    const group = within ? phraseAfter(text, figureEnd + within[0].length) : '';
    if (group && !NOT_OF_OBJECT.test(group) && !TIME_PHRASE.test(group)) return `${w![1].trim()} in ${group}`.slice(0, 60);
    // "The zone covers 37.2 square kilometers and hosts 1,160 companies", "the village has about 1,800 households": things
    // counted as what a place or a body has, hosts or houses are in it, the thing before the verb (or, past a verb
    // before "and" or a relative pronoun, what the sentence is about); not a pronoun's ("It hosts", "he had").
    const host = w ? HOSTS_BEFORE.exec(text.slice(start, figureStart).replace(QUALIFIER_END, '')) : null;
    const hostPhrase = host ? text.slice(start, start + host.index) : '';
    const hostHead = !host ? '' : /^\s*$|\b(?:and|which|that)\s*$/i.test(hostPhrase) ? sentenceHead(text, sentenceStart, figureStart) : phraseBefore(hostPhrase);
    if (hostHead && !HOST_PRONOUN.test(hostHead) && !TIME_PHRASE.test(hostHead)) return `${w![1].trim()} in ${hostHead}`.slice(0, 60);
    // "About 6,500 workers have returned from coastal cities", "Some 310,000 residents would gain access to safe piped
    // water": things counted at the head of their clause are named by what they do.
    const doing = w && COUNT_OPENS_CLAUSE.test(text.slice(start, figureStart)) ? whatTheyDo(text.slice(figureEnd)) : '';
    if (doing) return `${w![1].trim()} ${doing}`.slice(0, 60);
    if (w) return w[1].trim();
  }
  // "a 2.8 billion yuan new energy vehicle parts project", "a $300 million precision optics plant": an amount written
  // before its noun, like a compound adjective, measures that noun.
  // ("The 11.5 billion yuan ($1.6 billion) project": "the", and a conversion in brackets between the amount and its noun.)
  // ("Today, the 278 sq km park": a measure between "the" and a noun is that noun's size, as a compound adjective is.)
  // ("a second 1,050m arrival-departure track", "a new 42,000 sq m warehouse": an ordinal or "new" may come between.)
  const articleBefore = /\b(?:a|an)\s+(?:(?:second|third|fourth|fifth|new)\s+)?$/i.test(text.slice(Math.max(0, figureStart - 12), figureStart))
    || ((MONEY_FIGURE.test(figure) || AREA_FIGURE.test(figure) || LENGTH_FIGURE.test(figure)) && /(?:^|[^\w])the\s+$/i.test(text.slice(Math.max(0, figureStart - 5), figureStart)));
  // ("a 5.2-square-kilometer NEV industrial park", "The 7.5km Nansha section": a name may open the noun.)
  if ((COMPOUND_ADJECTIVE.test(figure) || articleBefore) && /^\s+[a-zA-Z]/.test(text.slice(figureEnd + skipped, figureEnd + skipped + 2))) {
    const noun = phraseAfter(text, figureEnd + skipped);
    // ("a 40 percent increase" is a change of what the sentence measured before, not a thing.)
    // (Money written before a project or a plant is what goes into building it: "a $300 million precision optics plant".)
    // ("a 3,000-strong team of live-streamers": a group is named by whom it gathers.)
    const members = GROUP_OF.exec(text.slice(figureEnd + skipped, figureEnd + skipped + 60));
    const named = members && members[1]!.toLowerCase() === noun.toLowerCase() && !isStop(members[2]!) ? `${noun} of ${members[2]}` : noun;
    if (noun && !CHANGE_ALONE.test(noun.split(' ')[0]!)) return MONEY_FIGURE.test(figure) && BUILT_THING.test(noun) ? `investment in the ${noun}` : named;
  }
  // "Beijing's 10 trillion yuan debt swap programme", "the city's 1,968 administrative villages": what the owner's
  // figure measures is named after it.
  if (/'s$/i.test(before) && !/^\s*(?:of|in|for|to|from|and|or)\b/i.test(text.slice(figureEnd, figureEnd + 6))) {
    const owned = phraseAfter(text, figureEnd);
    if (owned) return `${before} ${owned}`.slice(0, 60);
  }
  // "Trade between Singapore and the park reached US$4.6 billion": both ends of "between … and" belong to the thing.
  const between = before ? BETWEEN_BEFORE.exec(clause) : null;
  if (between && between[3]!.endsWith(before)) return `${between[1]} between ${between[2]} and ${between[3]}`.slice(0, 60);
  // "the Qinghai-Henan line, which runs 1,563 km", "the better coal, which costs 880 yuan": a relative clause that is only
  // its verb measures the thing it hangs on, named before its comma.
  const relative = /^\s*(?:which|that)\s+([a-z]+)\s*$/i.exec(clause.replace(QUALIFIER_END, ''));
  if (relative && before === relative[1] && text[start - 1] === ',') {
    const antecedent = phraseBefore(text.slice(Math.max(sentenceStart, previousEnd), start - 1));
    if (antecedent) return antecedent.slice(0, 60);
  }
  // "The base will cost about 12 billion yuan", "A second line, to be finished in 2028, will cost …", "a third phase, which
  // would cost …": what a thing costs is its cost, the thing named before the verb, or before the clause's comma.
  const costs = /^costs?$/i.test(before) ? COST_VERB.exec(` ${clause.replace(QUALIFIER_END, '')}`) : null;
  if (costs) {
    // ("a programme that officials say will cost": the thing, not who says so.)
    const head = ` ${clause}`.slice(0, costs.index).replace(/\s+(?:that|which)\s+(?:\S+\s+){1,2}(?:say|says|said|estimate|estimates|expect|expects)\s*$/i, '');
    const owner = head.trim() ? phraseBefore(head)
      : text[start - 1] === ',' ? (/^\s*(?:which|that)\b/i.test(clause) ? phraseBefore(text.slice(Math.max(sentenceStart, previousEnd), start - 1)) : sentenceHead(text, sentenceStart, figureStart)) : '';
    if (owner && !/^costs?$/i.test(owner)) return `cost of ${owner}`.slice(0, 60);
  }
  // "18 bridges with a total length of 1.9 km": a measure after "with" is the thing's before it.
  // ("18 bridges with a total length of": the thing may be an earlier figure's.)
  const measured = before && /\bof\s*$/i.test(clause.replace(QUALIFIER_END, '')) ? withOwner(text, sentenceStart, figureStart) : '';
  if (measured && !CHANGE_ALONE.test(before)) return `${before} of ${measured}`.slice(0, 60);
  if (before && !CHANGE_ALONE.test(before)) return before.slice(0, 60);
  // A label and its figure ("Total: $228.60 million"): the label. A whole clause before the colon ("Land revenue as a
  // share of fiscal income is falling too: 38 percent last year") gives its figure to what it is about, its head.
  const colon = start - 1;
  if (!clause.trim() && text[colon] === ':') {
    const lineHead = Math.max(sentenceStart, text.lastIndexOf('\n', colon) + 1);
    const said = CLAUSE_BEFORE_COLON.test(text.slice(lineHead, colon)) ? sentenceHead(text, lineHead, colon) : '';
    const label = said || phraseBefore(text.slice(lineHead, colon));
    if (label) return label;
  }
  // "Pizhou's average industrial land price, 180,000 yuan per mu, is less than half …": a figure set off by commas before
  // the verb stands beside the noun before it, which names what it measures.
  if (!clause.trim() && text[start - 1] === ',' && APPOSITION_VERB_AFTER.test(text.slice(figureEnd, figureEnd + 24))) {
    const from = Math.max(sentenceStart, previousEnd, text.lastIndexOf(':', start - 1) + 1);
    const noun = phraseBefore(text.slice(from, start - 1));
    if (noun && !CHANGE_ALONE.test(noun)) return noun.slice(0, 60);
  }
  // "Another 14.5 billion yuan falls due …", "A further 3.5 sq km is being levelled": a figure that opens its sentence
  // and names nothing is the subject of the verb after it, which says what it is.
  if (previousEnd === sentenceStart && OPENING_FIGURE.test(text.slice(sentenceStart, figureStart))) {
    const done = VERB_AFTER_OPENING.exec(text.slice(figureEnd + skipped, figureEnd + skipped + 40));
    if (done) return done[1]!;
  }
  // Only verbs and qualifiers after an earlier figure ("…, up 6.2 percent", "169 villages exceeded"): that
  // figure's subject, which the caller gives; else what the sentence is about.
  return previousEnd > sentenceStart ? '' : sentenceHead(text, sentenceStart, figureStart).slice(0, 60);
}

/** The year a figure is given for, written right after it, maybe past a conversion in brackets ("… 52.8 billion yuan in 2025"). */
const YEAR_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?in\s+((?:fiscal\s+)?(?:19|20)\d{2})\b(?![-–\/]?\d|\s+(?:prices|terms|dollars|yuan))/i;
/** A year at the end of a subject, as withYear writes it. */
export const YEAR_SUFFIX = / (?:in (?:fiscal )?(?:19|20)\d{2}|a year (?:earlier|ago|before))$/;
/** A year back, said right after a figure compared with another ("from 121 days a year earlier"). */
const YEAR_BACK_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(a year (?:earlier|ago|before))\b/i;

/**
 * "Its GDP grew 6.3 percent to 52.8 billion yuan in 2025": a figure given for a year measures its thing in that year
 * (GDP in 2025), as a figure for another year measures another. A subject that names a year already keeps its own.
 */
export function withYear(subject: string, text: string, figureEnd: number): string {
  const year = YEAR_AFTER.exec(text.slice(figureEnd, figureEnd + 60));
  if (year && subject && !/\b(?:19|20)\d{2}\b/.test(subject)) return `${subject} in ${year[1]}`;
  // ("… against 270.1 billion yuan a year earlier": the figure of a year before measures the thing then.)
  const back = YEAR_BACK_AFTER.exec(text.slice(figureEnd, figureEnd + 60));
  return back && subject && !/\b(?:19|20)\d{2}\b|\ba year\b/.test(subject) ? `${subject} ${back[1]!.toLowerCase()}` : subject;
}

/** The period a figure is given per, right after it, maybe past a conversion in brackets (3,000 yuan a month, 48 trains a
 * day); not a time it is compared with (a year earlier, a year ago). */
const RATE_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?((?:a|per|each)\s+(?:year|month|day|week))\b(?!\s+(?:earlier|ago|before|later|on|after)\b)/i;
/** A subject that names its period already. */
const NAMES_RATE = /\b(?:annual|annually|monthly|daily|weekly|yearly|(?:a|per|each)\s+(?:year|month|day|week))\b/i;

/**
 * "earns about 3,000 yuan a month", "can take 48 trains a day": a figure given per period measures its thing in that
 * period (pay a month, trains a day), as readers name it; a subject that names a period already keeps its own.
 */
export function withRate(subject: string, text: string, figureEnd: number): string {
  const rate = RATE_AFTER.exec(text.slice(figureEnd, figureEnd + 60));
  if (rate) return subject && !NAMES_RATE.test(subject) ? `${subject} ${rate[1]!.replace(/\s+/g, ' ')}` : subject;
  // "a subsidy of 2,000 yuan per import container", "grants of up to RMB 3mn per firm": a figure given per thing, right
  // after it and outside its unit, is that thing's share (subsidy per import container), up to two words of its noun.
  const per = PER_THING_AFTER.exec(text.slice(figureEnd, figureEnd + 60));
  if (!per || !subject || /\b(?:per|each|every)\b/i.test(subject)) return subject;
  const words: string[] = [];
  for (const word of per[1]!.split(/\s+/)) {
    if (isTrailing(word) || /^(?:instead|and|or)$/i.test(word) || words.length === 2) break;
    words.push(word);
  }
  return words.length ? `${subject} per ${words.join(' ')}`.slice(0, 60) : subject;
}

/** "per" and the words of a thing right after a figure (per import container, per firm), not "per cent" or a period. */
const PER_THING_AFTER = /^\s+per\s+(?!(?:cent|year|month|day|week|annum)\b)([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)/i;

/**
 * "Yulin, the coal and gas prefecture in northern Shaanxi, is one of China's richest inland cities. Its GDP reached …":
 * a measure owned by "Its" at the head of its sentence is owned by the name the sentence before opens with (Yulin GDP),
 * as readers name it; a possessive name (Gongyi's economy rests on …), one that is or was something (Anxi was one of …)
 * or lies somewhere (Yongchun County lies in …) or one said to be a place (Haining, a county-level city …) too. None when that sentence opens with no name (The
 * village …, In 2025, it had …), with a name that does something (Everbright moved its lines …) or one said to be
 * no place (Guangdong Hualing Electric, a mid-sized maker of range hoods, …: a company), nor for "Their" or "Our",
 * whose owner is a group or the speaker.
 */
export function withPronounOwner(subject: string, text: string, sentenceStart: number, figureStart = sentenceStart, figureEnd = figureStart): string {
  const head = text.slice(sentenceStart, sentenceStart + 40);
  // "Yongchun County lies in the northwest of Quanzhou. It covers 1,468 square kilometres and is home to about 330,000
  // people": the area a sentence led by "It" covers, and the people it is home to, are the place's.
  const placeMeasure = !/^\s*It\s/.test(head) ? ''
    : IT_COVERS.test(text.slice(sentenceStart, figureStart)) && AREA_FIGURE.test(text.slice(figureStart, figureEnd)) ? 'area'
      : /^population$/i.test(subject) ? 'population' : '';
  if (placeMeasure) {
    const place = openingName(text, sentenceStart);
    return place ? `${placeMeasure} of ${place}`.slice(0, 60) : subject;
  }
  const owned = /^\s*Its\s+([A-Za-z][\w-]*)/.exec(head);
  if (!subject || !owned || !subject.toLowerCase().includes(owned[1]!.toLowerCase())) return subject;
  const name = openingName(text, sentenceStart);
  return name && !subject.includes(name) ? `${name} ${subject}`.slice(0, 60) : subject;
}

/** A sentence led by "It" and a verb of covering, up to an area. */
const IT_COVERS = new RegExp(String.raw`^\s*It\s+(?:now\s+)?(?:covers|covered|spans)\s+(?:an area of\s+)?${QUALIFIED}$`);

/** The name the sentence before `sentenceStart` opens with, where it names a place or a thing that is or lies somewhere. */
function openingName(text: string, sentenceStart: number): string {
  const before = text.slice(Math.max(0, sentenceStart - 400), sentenceStart);
  const sentences = before.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z])|\n+/);
  const previous = sentences.filter((piece) => piece.trim()).pop() ?? '';
  // ("— Langxi County is …": an answer's dash before it.)
  return /^\s*(?:[—–]\s*)?((?!(?:The|This|That|These|Those|In|At|By|On|For|From|With|It|Its|Their|Our|We|They|He|She|Last|Now|But|And|So|Yet|When|While|After|Since|Before|A|An|Why|What|How|Under|Over|As|If|Today|Local|Officials)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*(?: (?:village|county|city|town|district))?)(?='s\b|\s+(?:is|was|lies|sits)\b|,\s+(?:a|an|the)\s+[^,]{0,60}?\b(?:county|city|prefecture|province|village|town|district|region)\b)/.exec(previous)?.[1] ?? '';
}

/** "Lankao county", "Tongwei County", "Longnan, a county-level city", "Dingxi city": a place named with its level. */
const NAMED_PLACE: Record<string, RegExp> = {
  county: /\b(?<![A-Z][a-z]+ )(?!(?:The|This|That|Each|Every|Our|Its|One|Another)\b)([A-Z][a-z]+)(?: [Cc]ounty\b|, a (?:poor |mountainous |rural )?county\b)/g,
  city: /\b(?<![A-Z][a-z]+ )(?!(?:The|This|That|Each|Every|Our|Its|One|Another)\b)([A-Z][a-z]+)(?: [Cc]ity\b|, a (?:county-level |prefecture-level )?city\b)/g,
};

/**
 * "the county's GDP", "the city's economy": a subject owned by the county or the city the article has named is that
 * place's (Lankao GDP), as readers say it; the last such place named before the figure, none if the text names none.
 */
export function withOwnerName(subject: string, text: string, figureStart: number): string {
  const owner = /^(county|city)'s\s+(?=\S)/i.exec(subject);
  if (!owner) return subject;
  let name = '';
  for (const m of text.slice(0, figureStart).matchAll(NAMED_PLACE[owner[1]!.toLowerCase()]!)) name = m[1]!;
  return name ? `${name} ${subject.slice(owner[0].length)}` : subject;
}
