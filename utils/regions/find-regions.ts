/**
 * The places an article is about, most central first: where the gazetteer's names occur (headline,
 * first paragraph, body, captions), which of several same-named places is meant (the one consistent
 * with the other places in the article), and which mentions are only in passing.
 */
import type { RegionQuery } from '../articles/analyse';
import type { Region } from '../articles/types';
import { getGazetteer, toRegion, type Gazetteer, type Place } from './gazetteer';
import { PINYIN_SURNAMES } from './pinyin';
import { isChineseName } from '../articles/names';
import { toSimplified } from '../hanzi/traditional';
import { COMMON_WORD_SHORT_FORMS } from './common-words';
import { NOT_A_PLACE_AFTER } from './named-after';

/** How much a mention says about what the article is about, by where it stands. */
const WEIGHT = { title: 5, lead: 3, body: 1, excluded: 0.5 } as const;
/** Repetition beyond this many body mentions adds nothing: a long article repeats its county everywhere. */
const MAX_BODY_MENTIONS = 8;
/** Regions reported per article. */
const MAX_REGIONS = 8;
const LEVEL_DEPTH: Record<Region['level'], number> = { province: 0, city: 1, county: 2, town: 3 };
/**
 * A post or a reporter's label before a surname: what follows is a person's given name (管委会副主任李卫东, 记者张新华),
 * however much it reads like a district's short form (卫东, 新华).
 */
const TITLE_BEFORE_NAME = /(?:主任|书记|县长|市长|区长|镇长|乡长|局长|经理|董事长|主席|部长|厅长|处长|科长|院长|校长|所长|站长|社长|村长|记者|通讯员)$/;
/**
 * A short name whose last character begins a word with the characters after it is read across that word: 畅通城乡 holds
 * no 通城, 建成县城 and 形成县域 no 成县. (A county's own town is 沛县城区, 沛县城乡 or its 礼县城关镇, and its county-wide
 * matters are 沛县县域, with 县 twice.)
 */
const WORD_ACROSS_END = /^(?:城乡|县城(?![区乡市镇关厢])|县域|县级)/;
/**
 * An office's name, which a verb may follow with no space: 县农业农村局会同县财政局 (the bureau, together with the county's
 * finance bureau) names no 会同县. A full name whose short form is an everyday word is read as that word after one.
 */
const OFFICE_BEFORE = /(?:局|委|办|厅|院|署|政府|部门|中心)$/;
/**
 * 和 and 会同 (together with) join two of the county's own bodies, each written 县…, as an article about its own county does:
 * 县中医院和县妇幼保健院 and 县消防救援大队会同县应急管理局 name no 和县 (Ma'anshan) or 会同县 (Huaihua). Where a place
 * stands before it (马鞍山市和县) or a list does (含山县、和县), the county is meant.
 */
const CONJUNCTION_COUNTY = /^(?:和|会同)县$/;
const OWN_BODY_BEFORE = /县[^\s，。；：、,;:]{1,15}$/;
/**
 * A compass point and 区 written right after a zone's name is a part of that zone: 经开区东区 and 高新区西区 are the zone's
 * east and west parts, not Panzhihua's 东区 and 西区.
 */
const ZONE_PART = /^[东西南北]区$/;
const ZONE_BEFORE = /(?:开发区|经开区|高新区|园区|产业园|工业园|新区|片区)$/;
/** A township's word after its name in English (Baoshan Township, Xinhe Town): no division's name then. */
const TOWN_WORD_AFTER = /^ (?:Township|Town)\b/;
/** A distance and the point it is measured from: "350km north-west of", "22 km from", "40 miles south of". */
const DISTANCE_FROM = /\d\s?(?:km|kilometres?|kilometers?|miles?)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+$/i;
/**
 * What turns a place's name into something else's: a firm's home (Beijing-based), an airport's name, a lake's (Yangcheng
 * Lake, Kunshan's, is no 阳城县 of Shanxi; Taihu Lake no 太湖县 of Anhui).
 */
const NAMES_SOMETHING_ELSE = /^(?:-based\b|(?: [A-Z][a-z]+){0,2} (?:International )?Airport\b| Lake\b)/;
/** A line that credits the reporting or editing under the text (Additional reporting by …, (Reporting by …; Editing by …)). */
const REPORTING_CREDIT = /^[(\[]?\s*(?:Additional |Further )?(?:reporting|writing|editing|compiled|compiling)\s+by\b/i;
/**
 * The division word after a county-level name in English ("Minquan county", "Lin'an district"), or in an apposition
 * after it ("Mile, a county-level city in Yunnan's Honghe prefecture"), followed there by where or what the place is,
 * so that "Dean, a city official" stays a name.
 */
const DIVISION_WORD_AFTER = /^(?: (?:county|district|city|banner)\b|, (?:a|an|the) (?:[a-z-]+ ){0,2}(?:county|district|city|banner)(?: (?:in|of|on|under|near)\b|,))/i;

interface Mention {
  start: number;
  end: number;
  places: Place[];
  weight: number;
}

function weightAt(query: RegionQuery, start: number, end: number): number {
  if (query.excluded.some((s) => start < s.end && s.start < end)) return WEIGHT.excluded;
  if (query.title && start < query.title.length && query.text.startsWith(query.title)) return WEIGHT.title;
  if (query.lead && start >= query.lead.start && end <= query.lead.end) return WEIGHT.lead;
  return WEIGHT.body;
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

function isHanzi(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

const POSSESSIVE = /['’]s$/;
/** What a place in the possessive may own that lies inside it (Jiangsu's counties, Zhejiang's poorer villages). */
const OWN_DIVISIONS_AFTER = /^(?:\s+[a-z-]+)?\s+(?:count(?:y|ies)|cities|towns(?:hips)?|villages|districts|prefectures)\b/;
/** A place as a dateline prints it, in capitals (XUNWU, INNER MONGOLIA), and what follows it there: a comma or a dash. */
const DATELINE_PLACE = /^[A-Z]{3,}(?: [A-Z]{3,})?$/;
const DATELINE_AFTER = /^(?:,|\s[—–-])/;
/** A dateline a government's release prints in ordinary case, the date right after the place (Changsha, Nov 29 (…) —). */
const DATE_AFTER = /^, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/;

function scan(query: RegionQuery, g: Gazetteer): Mention[] {
  const { text } = query;
  const mentions: Mention[] = [];
  // A division named in full and the end of the names written on after it (see below).
  let named: { code: string; end: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    if (!isHanzi(text.charCodeAt(i))) continue;
    // A character right after a digit is the number's unit, not the start of a name: 假期7天全县接待… is no 天全县.
    if (isDigit(text.charCodeAt(i - 1))) continue;
    const lengths = g.lengthsByFirstChar.get(text[i]);
    if (!lengths) continue;
    for (const length of lengths) {
      if (i + length > text.length) continue;
      const places = g.names.get(text.substr(i, length));
      if (!places) continue;
      if (places.every((p) => p.form === 'short') && NOT_A_PLACE_AFTER.test(text.slice(i + length, i + length + 3))) break;
      if (places.every((p) => p.form === 'short') && WORD_ACROSS_END.test(text.slice(i + length - 1, i + length + 2))) continue;
      if (COMMON_WORD_SHORT_FORMS.has(text.substr(i, length - 1)) && OFFICE_BEFORE.test(text.slice(Math.max(0, i - 2), i))) continue;
      if (CONJUNCTION_COUNTY.test(text.substr(i, length)) && OWN_BODY_BEFORE.test(text.slice(Math.max(0, i - 16), i))) continue;
      if (ZONE_PART.test(text.substr(i, length)) && ZONE_BEFORE.test(text.slice(Math.max(0, i - 3), i))) continue;
      i += length - 1;
      // A short form written on right after a division named in full, and no place inside it, names a part of it: 信丰县老城区
      // is the county's old town and 信丰县老城区嘉定片区 one of its quarters, not Luoyang's district or Shanghai's
      // (洛阳市老城区 is Luoyang's).
      if (named?.end === i + 1 - length && places.every((p) => p.form === 'short' && !chain(p).includes(named!.code))) {
        named.end = i + 1;
        break;
      }
      mentions.push({ start: i + 1 - length, end: i + 1, places, weight: weightAt(query, i + 1 - length, i + 1) });
      const [place] = places;
      named = places.length === 1 && place.form === 'full' && !place.town ? { code: place.division.code, end: i + 1 } : null;
      break;
    }
  }
  // A short form that is a person's given name where a post stands before the surname is that person's name
  // wherever else the article writes it (李卫东表示…).
  const people = new Set<string>();
  for (const m of mentions) {
    const name = text.slice(m.start - 1, m.end);
    if (m.places.every((p) => p.form === 'short') && isChineseName(name) && TITLE_BEFORE_NAME.test(text.slice(Math.max(0, m.start - 4), m.start - 1)))
      people.add(name);
  }
  const found = mentions.filter((m) => !people.has(text.slice(m.start - 1, m.end)));
  // English names are capitalised words; look up runs of up to englishMaxWords of them, longest first.
  const words = [...text.matchAll(/[A-Z][A-Za-z'’]*/g)];
  const englishFound: Array<{ mention: Mention; name: string; dateline: boolean }> = [];
  const townNames = new Set<string>();
  for (let w = 0; w < words.length; w++) {
    for (let n = Math.min(g.englishMaxWords, words.length - w); n >= 1; n--) {
      const first = words[w];
      const last = words[w + n - 1];
      const start = first.index;
      // A possessive is no part of the name (Jiangyin’s steel, Caoxian's Hanfu); a place in the possessive qualifies
      // what the sentence is about (Shenzhen's makers are moving to Longnan), so it counts as a mention in passing.
      const possessive = POSSESSIVE.exec(last[0])?.[0].length ?? 0;
      const end = last.index + last[0].length - possessive;
      let name = text.slice(start, end).replace(/’/g, "'");
      if (n > 1 && !/^[A-Za-z'’]+( [A-Za-z'’]+)*$/.test(name)) continue;
      // A wire dateline prints the place in capitals at the start of the story (XUNWU, Jiangxi — …; NINGBO —); a
      // government's release may print it in ordinary case with the date after it (Changsha, Nov 29 (…) —).
      const lineStart = start === 0 || text[start - 1] === '\n';
      const dateline =
        lineStart && ((DATELINE_PLACE.test(name) && DATELINE_AFTER.test(text.slice(end, end + 3))) || DATE_AFTER.test(text.slice(end, end + 16)));
      if (dateline) name = name.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
      const places = g.english.get(name) ?? (DIVISION_WORD_AFTER.test(text.slice(end, end + 48)) ? g.englishWithDivisionWord.get(name) : undefined);
      if (!places) continue;
      if (TOWN_WORD_AFTER.test(text.slice(end, end + 10))) townNames.add(name);
      const before = w > 0 ? words[w - 1] : undefined;
      if (before && PINYIN_SURNAMES.has(before[0]) && text.slice(before.index + before[0].length, start) === ' ') break;
      // A place that only locates something else is named in passing: the point a distance is measured from (350km
      // north-west of Beijing, 22 km from Zhengzhou), a firm's home (a Beijing-based operator), an airport's name.
      // (And where the reporters were: "Additional reporting by … in Beijing", "(Reporting by … in Beijing; Editing by …)".)
      const inPassing = DISTANCE_FROM.test(text.slice(Math.max(0, start - 40), start)) || NAMES_SOMETHING_ELSE.test(text.slice(end, end + 40))
        || REPORTING_CREDIT.test(text.slice(text.lastIndexOf('\n', start) + 1, start));
      const weight = inPassing ? WEIGHT.excluded : weightAt(query, start, end);
      // Its own counties or villages lie inside it, though: "Jiangsu's counties take the deepest hit" is about Jiangsu.
      const passing = possessive > 0 && !OWN_DIVISIONS_AFTER.test(text.slice(end + possessive, end + possessive + 30));
      englishFound.push({ mention: { start, end, places, weight: passing ? Math.min(weight, WEIGHT.body) : weight }, name, dateline });
      w += n - 1;
      break;
    }
  }
  // A dateline names where the story was filed: a provincial capital's (NANJING, Dec. 1 (Xinhua) -- …) is a mention in
  // passing when the headline or lead names a place neither in it nor over it (… in Shuyang County); a county's own
  // (XUNWU, Jiangxi —) stays the story's place.
  for (const d of englishFound.filter((e) => e.dateline)) {
    const elsewhere = englishFound.some((e) => !e.dateline && e.mention.weight >= WEIGHT.lead && unrelated(e.mention.places, d.mention.places));
    if (elsewhere) d.mention.weight = WEIGHT.excluded;
  }
  // A name written with "Township" or "Town" after it (Baoshan Township, 寶山鄉 in Hsinchu) is a township's, not the
  // city's or county's of that name, wherever else the article writes it (the Baoshan expansion).
  return [...found, ...englishFound.filter((e) => !townNames.has(e.name)).map((e) => e.mention)];
}

/** The name of a county's development zone after the county's short form (江山经济开发区, 太湖高新技术产业开发区). */
const ZONE_NAME = /(?<=[\u4e00-\u9fff]{2})(?:经济(?:技术)?开发区|高新技术产业开发区|经开区|高新区)/g;

/**
 * A short form that is also an everyday word (大丰: 大丰收) is the place in an article that names the place in full
 * (盐城市大丰区): there, `沪苏大丰` and `大丰制造` mean the district, and a 大丰收 would be the district's harvest.
 */
function commonShortFormMentions(query: RegionQuery, g: Gazetteer, mentions: Mention[]): Mention[] {
  const namedInFull = new Set(
    mentions.filter((m) => m.places.length === 1 && m.places[0].form === 'full' && !m.places[0].town).map((m) => m.places[0].division),
  );
  const found: Mention[] = [];
  const overlaps = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  // A development zone is named after its county (江山经济开发区, 太湖经济开发区): a short form right before the zone's
  // name is the place, though the notice never writes 江山市 in full. Only a short form of one place; 城关 and 滨海 are
  // several counties' and districts'.
  for (const zone of query.text.matchAll(ZONE_NAME)) {
    const start = zone.index - 2;
    const places = g.commonShortForms.get(query.text.slice(start, zone.index));
    if (places?.length === 1 && !overlaps(start, zone.index))
      found.push({ start, end: zone.index, places, weight: weightAt(query, start, zone.index) });
  }
  if (namedInFull.size === 0) return found;
  for (const [short, places] of g.commonShortForms) {
    const place = places.find((p) => namedInFull.has(p.division));
    if (!place) continue;
    for (let i = query.text.indexOf(short); i >= 0; i = query.text.indexOf(short, i + short.length)) {
      const end = i + short.length;
      if (overlaps(i, end) || found.some((m) => m.start === i) || NOT_A_PLACE_AFTER.test(query.text.slice(end, end + 3))) continue;
      found.push({ start: i, end, places: [place], weight: weightAt(query, i, end) });
    }
  }
  return found;
}

/** Whether no place of one name lies in, or over, any place of the other. */
function unrelated(a: Place[], b: Place[]): boolean {
  return a.every((p) => b.every((q) => !chain(p).includes(q.division.code) && !chain(q).includes(p.division.code)));
}

/** Codes of a place and everything above it. */
function chain(place: Place): string[] {
  const codes: string[] = [];
  for (let d: Place['division'] | undefined = place.division; d; d = d.parent) codes.push(d.code);
  return codes;
}

const depth = (p: Place) => (p.town ? 3 : LEVEL_DEPTH[p.division.level]);

/**
 * Which of a name's places the article means. A name with one place (临安) means it. A shared name
 * (朝阳: a district of Beijing and one of Changchun, a city and a county in Liaoning) means the place
 * that sits under another place the article names unambiguously; failing that, a province or city
 * over counties of the same name (吉林: the province), and otherwise nothing: a wrong region is worse
 * than a missing one.
 */
function resolve(places: Place[], context: Set<string>, namesCounty: boolean): Place | null {
  if (places.length === 1 && !places[0].town) return places[0];
  // A town must sit in a county or city the article names; its province alone vouches for too many towns. A town name
  // several counties share (经济开发区, 城关镇) must sit in a county the article names, when it names one: the 经济开发区
  // of 泗县经济开发区 is not 砀山's, though both counties are 宿州's and only 砀山 has a town by that name.
  const shared = places.length > 1;
  const vouched = (p: Place) => {
    const codes = p.town ? chain(p).slice(0, -1) : chain(p);
    return p.town && shared && namesCounty ? context.has(codes[0]) : codes.some((code) => context.has(code));
  };
  const consistent = places.filter(vouched);
  const pool = consistent.length > 0 ? consistent : places;
  if (consistent.length === 0) {
    // A town name nobody else shares, in an article that names no other place to contradict it.
    if (places.length === 1) return context.size === 0 ? places[0] : null;
  }
  const top = Math.min(...pool.map(depth));
  const highest = pool.filter((p) => depth(p) === top);
  if (highest.length === 1 && (consistent.length > 0 || top <= LEVEL_DEPTH.city)) return highest[0];
  if (consistent.length === 1) return consistent[0];
  return null;
}

interface Tally {
  place: Place;
  score: number;
  count: number;
  bodyCount: number;
  first: number;
  full: boolean;
  central: boolean;
}

/**
 * Whether a name may be an everyday word rather than the place (振兴 in 乡村振兴, a county's pinyin): short
 * Chinese forms and county names in pinyin. A city's or province's English name (Zhuhai, Macau) is the
 * place; an article about a city beside Macau still names the city when most of its mentions are of Macau.
 */
function mayBeEverydayWord(place: Place): boolean {
  return place.form === 'short' || (place.form === 'english' && (place.town !== undefined || place.division.level === 'county'));
}

/** How a Chinese text speaks of its own county: 我县, 全县, 本县. */
const OWN_COUNTY = /[我全本]县/;

/** A county named in full in the headline or lead goes before a province-level city with up to twice its score. */
const STANDS_IN_SHARE = 0.5;

/** A province whose mentions carry at least this share of the best province's weight is one the article is about. */
const HOME_SHARE = 0.5;

/**
 * The provinces the article is about, by the weight of its unambiguous mentions (full names count
 * double) and of shared names that the article's named provinces settle. A short form pointing elsewhere (振兴 in 乡村振兴 → 振兴区 of Dandong; 互助 in 互助联盟 →
 * 互助土族自治县 of Qinghai) is then recognised as the everyday word it is.
 */
function homeProvinces(mentions: Mention[]): Set<string> {
  // A shared name (Wuyuan: 婺源 in Jiangxi, 五原 in Inner Mongolia) votes for its place in a province the article
  // names as such (Wuyuan county in northeastern Jiangxi province), so that the county's own mentions count.
  const named = new Set(mentions.filter((m) => m.places.length === 1 && m.places[0].division.level === 'province').map((m) => m.places[0].division.code));
  // A county's pinyin votes only for a province something else in the article puts it in, or when the headline names
  // it (Kunshan Bets on Display Panels …): Yangpu, a port zone of Danzhou in an article about Hainan, is also the
  // pinyin of Shanghai's 杨浦区, and the port's many mentions must not make Shanghai a province the article is about.
  const vouched = new Set(
    mentions.filter((m) => m.places.length === 1 && m.weight > WEIGHT.excluded && !mayBeEverydayWord(m.places[0])).map((m) => chain(m.places[0]).at(-1)!),
  );
  const headlined = new Set(mentions.filter((m) => m.weight === WEIGHT.title).flatMap((m) => m.places));
  const votes = new Map<string, number>();
  for (const m of mentions) {
    const inNamed = m.places.filter((p) => named.has(chain(p).at(-1)!));
    const place = m.places.length === 1 ? m.places[0] : inNamed.length === 1 ? inNamed[0] : undefined;
    if (!place) continue;
    const province = chain(place).at(-1)!;
    if (place.form === 'english' && mayBeEverydayWord(place) && !vouched.has(province) && !headlined.has(place)) continue;
    votes.set(province, (votes.get(province) ?? 0) + m.weight * (place.form === 'full' ? 2 : 1));
  }
  const best = Math.max(0, ...votes.values());
  return new Set([...votes].filter(([, v]) => v >= best * HOME_SHARE).map(([code]) => code));
}

export function findRegions(query: RegionQuery, g: Gazetteer = getGazetteer()): Region[] {
  // The gazetteer's names are simplified; traditional text (東莞, 橫琴, 廣州) is read mapped one character for
  // one, so the title, lead and excluded spans keep their offsets.
  const simplified = { ...query, text: toSimplified(query.text), title: query.title && toSimplified(query.title) };
  const scanned = scan(simplified, g);
  const mentions = [...scanned, ...commonShortFormMentions(simplified, g, scanned)];
  // Context: what the article names without ambiguity (divisions, not towns, which are too many to vouch for
  // others; short forms only where they agree with the article's provinces).
  const home = homeProvinces(mentions);
  const context = new Set<string>();
  let namesCounty = false;
  for (const m of mentions) {
    const [place] = m.places;
    if (m.places.length !== 1 || place.town) continue;
    const codes = chain(place);
    if (place.form !== 'full' && !home.has(codes.at(-1)!)) continue;
    for (const code of codes) context.add(code);
    namesCounty ||= place.division.level === 'county';
  }

  const tallies = new Map<string, Tally>();
  for (const m of mentions) {
    const place = resolve(m.places, context, namesCounty);
    if (!place) continue;
    if (mayBeEverydayWord(place) && home.size > 0 && !home.has(chain(place).at(-1)!)) continue;
    const key = `${place.division.code}/${place.town ?? ''}`;
    const tally = tallies.get(key) ?? { place, score: 0, count: 0, bodyCount: 0, first: m.start, full: false, central: false };
    tally.count++;
    if (m.weight === WEIGHT.body) {
      tally.bodyCount++;
      if (tally.bodyCount <= MAX_BODY_MENTIONS) tally.score += m.weight;
    } else tally.score += m.weight;
    tally.full ||= m.places.some((p) => p === place && p.form === 'full');
    tally.central ||= m.weight === WEIGHT.title || m.weight === WEIGHT.lead;
    tallies.set(key, tally);
  }
  // A name said once in passing (a partner firm's home city, 上海过来的投资商) is not what the article is about.
  const kept = [...tallies.values()].filter((t) => t.central || t.count >= 2 || (t.full && t.score >= WEIGHT.body));
  // A speech or a report may name its place only in the speaker's line under the headline (临泉县委书记　张三,
  // 岳西县人民政府县长), which is read as a byline, and speak of 全县 below. A place named there in full is the
  // article's when the text names no other.
  // A county body's report (a 政协 survey, a bureau's summary) speaks of 我县 and 全县 throughout and may name its
  // county once, by its short form, in passing (郸城红薯): a county that is the only place the text names is its 我县. A
  // county named elsewhere for its example comes with its province or beside the report's own (浙江安吉, 学习安吉、德清).
  const only = tallies.size === 1 ? [...tallies.values()] : [];
  const ownCounty = only.filter((t) => !t.place.town && t.place.division.level === 'county' && OWN_COUNTY.test(simplified.text));
  const fallback = [...tallies.values()].filter((t) => t.full);
  const ranked = (kept.length > 0 ? kept : fallback.length > 0 ? fallback : ownCounty).sort(
    (a, b) => b.score - a.score || depth(b.place) - depth(a.place) || a.first - b.first,
  );
  return withItsDivisions(mostSpecificFirst(ranked), [...tallies.values()]).slice(0, MAX_REGIONS).map((t) => toRegion(t.place));
}

/**
 * The divisions the leading place lies in, most specific first, where the list has them: its prefecture before its
 * province however often that is named (Tongwei, Dingxi, Gansu). A prefecture named once in passing (Zhengding, a
 * county just north of Shijiazhuang, in Hebei) still says where the county is and joins them; a province named once
 * stays out, as before. Other places keep their places in the list.
 */
function withItsDivisions(list: Tally[], all: Tally[]): Tally[] {
  const [top] = list;
  if (!top || top.place.town) return list;
  const over = new Set(chain(top.place).slice(1));
  const isOver = (t: Tally) => !t.place.town && over.has(t.place.division.code);
  const named = list.filter(isOver);
  const passing = all.filter((t) => isOver(t) && !list.includes(t) && depth(t.place) === LEVEL_DEPTH.city);
  if (passing.length === 0 && named.length < 2) return list;
  const divisions = [...named, ...passing].sort((a, b) => depth(b.place) - depth(a.place));
  // The divisions take the slots the named ones had (the first of them for one named in passing), or follow the list.
  const out: Tally[] = [];
  let placed = false;
  for (const t of list) {
    if (!isOver(t)) out.push(t);
    else if (!placed) {
      out.push(...divisions);
      placed = true;
    }
  }
  return placed ? out : [...out, ...divisions];
}

/**
 * Regions are listed most specific first. A headline may name only the province ("Desert county in Ningxia …")
 * while the lead names the county inside it: the county or city of the headline or lead that lies under the leading
 * region goes first, when no other of its level stands there (towns stay behind: they keep their county's code, not its name).
 */
function mostSpecificFirst(ranked: Tally[]): Tally[] {
  const [top] = ranked;
  if (!top || top.place.town) return ranked;
  const under = ranked.filter(
    (t) => t.central && !t.place.town && depth(t.place) > depth(top.place) && chain(t.place).includes(top.place.division.code),
  );
  // A lead that lists several districts of the city (中心城区武陵区、鼎城区和…) says what the city's story covers: the
  // city is where it is. One county named there (with its own city, maybe) is where the story stands.
  const inside = under.filter((t) => depth(t.place) === depth(under[0]?.place ?? top.place)).length === 1 ? under[0] : undefined;
  // A province-level city may be named more often than the county the story stands in: Shanghai as the home of the
  // firms and the investment of a park it runs in another province's county (沪苏大丰产业联动集聚区, 上海“飞地”). A
  // county the headline or lead names in full, with its own city or province also named and at least half the top
  // score, is where the story is.
  const standsIn =
    inside ??
    (depth(top.place) === LEVEL_DEPTH.province
      ? ranked.find(
          (t) =>
            t.central &&
            t.full &&
            depth(t.place) === LEVEL_DEPTH.county &&
            t.score >= top.score * STANDS_IN_SHARE &&
            ranked.some((above) => above !== t && !above.place.town && chain(t.place).slice(1).includes(above.place.division.code)),
        )
      : undefined);
  return standsIn ? [standsIn, ...ranked.filter((t) => t !== standsIn)] : ranked;
}
