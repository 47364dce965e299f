/**
 * The subject of a Chinese figure: the short phrase that names what it measures, read from the words
 * around it in its clause (工业用地 in 供应工业用地1000亩, 高耗低效企业 in 779家高耗低效企业). An empty
 * subject means the clause names nothing of its own (同比增长9.3%, 合160.5亩, 分别为…和…): the figure
 * measures what the figure before it in the sentence does, and the caller gives it that subject.
 */
import { codeAt, isAsciiDigit } from './numerals';

/** A CJK unified ideograph, U+4E00 to U+9FFF (the engine's scan shares it). */
export const isCjk = (c: number) => c > 0x4dff && c < 0xa000;
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((ch) => codeAt(ch, 0)));

/** Clause delimiters: a subject never reaches past one (the engine's scan shares them). */
export const CLAUSE_MARKS = '，,；;。！？!?：:、（）()《》\n';
const CLAUSE_END = codes(CLAUSE_MARKS);
/**
 * Words that end a subject phrase before the figure (verbs, modals, qualifiers), stripped repeatedly, so a word made
 * of two shorter ones (达到了, 约为, 共有, 将近, 由平均) needs no entry of its own. The qualifiers of a figure (超过, 不足,
 * 突破, 接近, 大约, 约合, 近, 超, 逾) are not among them: right before the number the engine reads them as its own words,
 * so they never end the words before it (约 stays, for 约 after a character that makes it no qualifier: 辣条约120吨).
 */
const TRAILING_FILLER = (
  // First, as they end in fillers of their own (均, 至): the average a level is reached from (办理时限由平均22个工作日)
  // or an average change (费用平均下降约65%), and cuts to a level (由11份减至3份, 精简为5份).
  '平均 压减至 减至 减到 精简 ' +
  '合计 合共 总计 累计 ' +
  '提升 提高 增长 增加 下降 减少 降低 缩短 能够 预计 分别 ' +
  // 降 after its 至/到 is stripped (由28%降至9.5%), once 下降 has had its turn.
  '为期 达 为 是 约 了 共 已 将 可 至 到 有 计 在 内 均 降 仅 ' +
  // A level reached from an earlier one (由98天压缩至30天, 由14.92平方公里扩至…): the verbs and the time.
  '扩大 扩 压缩 压减 上涨 上升 下跌 缩小 目前 的 则 ' +
  // Prepositions that put the figure after the thing measured: 覆盖率由15%…, 该地块以起始价….
  '由 从 以 按 ' +
  // The denominator of a rate (复耕补助按每亩150元, 折合每亩18万元, 流量达每秒850立方米), which the figure's unit already says.
  '每亩 每人 每户 每秒'
).split(' ');
/**
 * Verbs after which the measured thing starts: 完成高耗低效企业整治销号779家 → 高耗低效企业整治销号.
 * Not where the verb is the first half of a measure's name (覆盖率, 新增长, 带动就业 stays).
 */
const LEADING_VERB = /((完成|实现|[共拥已]有|开展|组织(开展)?)|选聘|评选?出|覆盖(?![率面范])|发布|设立|引进|招引|建[成立]|新增(?!长)|出台|推[出动]|打造|形成|培育|吸引|带动|签约|落地)了?/g;
/** What separates the items of a list said with 分别 (respectively), and of its series of figures. */
const LIST_SEPARATOR = /[、和]/;
/**
 * A series after 分别 whose figures are not all in digits (三个、五个和七个): where its verb ends and its figures begin is
 * not known, nor where each figure stands in it. (。 stands for the figure itself.)
 */
const SERIES_IN_WORDS = /[、和][^\d０-９。]/;
/** Numerals start the next figure, not a part of the counted noun (两千多家压减至一百二十家). */
const CHINESE_NUMERAL = codes('一二三四五六七八九十百千万亿两');
const SUBJECT_STOP = codes('的和与及、，,。；;：:“”"‘’《》（）() \n\t左以等在了是为将并而或');
/** Verbs that end the counted thing after a figure: 两宗地块位于…, 三家竞买人参与报价. */
const AFTER_VERB = /位于|参[与加]|达到|实现|完成|累计|分别|全部|[已未尚均将]|正在|用于|主要|共同|[一每]年/;
/** The first character of a verb, not of the noun a figure counts: 14.92平方公里扩至…, 3.6万吨增长…. */
const VERB_START = codes('扩增降减提升上下达为是在已将可比较同占用完实共均至到由从被让使压缩跃突翻发');
const QUOTES_AND_SPACE = /[“”"‘’《》\s↑↓▶►]/g;
/** Parts of a clause before its figure that are not the subject: a time, a comparison base, an intention, a preposition. */
/**
 * A time (2024年, 今年, 目前, and 以来 after one: since) or the whole of a place (全县, 全市: the place the figure is of,
 * which the article's regions say) at the start: they name no part of what is measured (全县粮食播种面积 is 粮食播种面积),
 * nor 其中 (of which), 现有 (now has) or 共, 共计 (in all); not the 共 of a word (共建, 共享, 共富工坊, 共青团, 共产党).
 */
const LEADING_TIME = /^(\d{4}年[底末初]?|(截[至止])?目前|其中|全[县市区镇乡省州旗]|今年|以来|现有|共(计|(?![建享同有富青产治])))+/;
/**
 * 由/从 and an earlier time or state (由2023年的, 由原来的, 从高峰时的), a rate word (运费由每吨), or the earlier figure
 * itself (运费由每吨280元降至每吨, 损耗率由建设前的15%左右降至): the measured thing is before it.
 */
const FROM_EARLIER = /^(.{2,}?)[由从](?![事业而此中])([^由从]{0,10}?的(不足|约|近|超过|逾)?|每[^由从]{0,3}|[^由从]*\d[^由从]*)$/;
const TRAILING_BASE = /([同环]比|按[年月季]|(较|(?<![占同环])比(?![重例率值]))[^较比]{0,6})$/;
/** An intention before the figure (力争3亿元, 计划招引…), not a plan that is measured (占年度计划的92.4%). */
const TRAILING_INTENT = /(力争|预计|(?<!年度|全年|工作|总体)计划)$/;
const LEADING_YEAR_PART = /^[\d.]*年?/;
/** (Not the 按 of 按时, 按期: on time, 按时办结率.) */
const LEADING_PREPOSITION = /^(按照|依照|根据|[对在将把从于由向]|按(?![时期]))/;
/** A list mark or a figure's trailing qualifier left at the start once the text before them is cut away. */
const LEADING_MARK = /^([\d０-９]+[.．、]|[(（]?[一二三四五六七八九十]+[)）、]|以[上下内]|左右|上下|[多余和及与、/／~～-])+/;
/** Someone counted with a numeral before the thing measured: 另一家企业投资, 属于一家亩均税收… (not 上一批次, 单一项目). */
const COUNTED_OWNER = /^.*?(?<![上统唯第之单同万])[一两二三四五六七八九十几][个家所座名位项批条宗块片户](?=..)/;
/** Words that join the figure before to the thing this one counts (10亿元以上项目8个): that figure describes it. */
const MODIFIER_JOIN = /^(以[上下内]|之间|左右|[内的级多余])/;
/** Where the one who must meet a deadline ends: 竞得人须在…, 相关审批事项在…. */
const DEADLINE_HOLDER_END = /必须|[须应需要在于]/;
/** Pronouns that start a quote, not the thing measured: 我们只用了11个月. */
const LEADING_PRONOUN = /^([我他她][们家]|大家)/;
/**
 * 合/折合/约合/相当于 right before a figure: the same amount in another unit, so the same subject; or a clause that starts
 * with the base of a comparison (比上一批次增加…, 较上年…): it says how the figure before it changed.
 */
const CONVERSION_OR_COMPARISON = /(合(计约)?|相当于)$|^([同环]?比|较|与)/;
/**
 * 以 between who did something and the figure (某公司以2130万元竞得): the part after 以, if any, is the subject. Not
 * the 以 of a policy named 以…代… (以工代赈资金, 以奖代补资金: relief paid as wages, awards in place of subsidies).
 */
const AGENT_WITH = /^(.*?)以(?![上下内来及后前外]|.代)/;
/** A measure named before the figure: the figure measures it even when a noun follows (面积1835亩土地). */
const MEASURE_END = /(面积|规模|[总产容数]量|里程|长度|距离|[总金]额|投资|产值|收入|税收|价|率|比重|占比|人数|地|田)$/;
/** Measures a thing has (its investment, area, size, length). */
const MEASURES_OF_A_THING = '(总?(投资|规模|库容|(装机)?容量)|(总|建筑|占地|规划|出让)*面积|出让年限|占地|[总年]?产值|单机容量|里程|长度';
/** One of them named alone (总投资 in 签约项目16个，总投资87.5亿元): the thing it belongs to is named elsewhere. */
export const BARE_MEASURE = new RegExp(`^${MEASURES_OF_A_THING})$`);
/** One ending the words before a figure in a 的 phrase, which gives it to the noun after (长 after 一条, 座: 一条长2.4公里的步道). */
const OWNED_MEASURE = new RegExp(`${MEASURES_OF_A_THING}|(?<=^|[条座根道])[长宽高深])$`);
/** A verb of giving before an amount: what is given follows it (对…企业给予最高50万元的奖励 → 企业 + 奖励). */
const GIVING = /(给予|发放|拨付|下达|安排)$/;
/** One-character nouns a count may name: places and sites (全县15个镇, 3所校). */
const ONE_CHARACTER_COUNTED = /^[镇村乡县区市省州厂店站所校院]$/;
/** The energy said right after a power as one pair (20万千瓦/80万千瓦时的储能电站, 300MW/600MWh共享储能项目). */
const ENERGY_AFTER_POWER = /^[/／][\d.]+[万亿]?([千兆吉]瓦时|[kMG]Wh)/;
/** Kinds where a noun after the figure is what it measures: 3亩茉莉花, 30万吨钢材. */
const MEASURED_AFTER_KINDS = /^(count|area|weight|volume)$/;

/** What a sentence opens by naming, before its verb 为 or 是 (公示期为…, 征求意见时间为…). */
const OPENING_TOPIC = /^([^，；：\d]{2,8})[为是]/;

/** A subject as shown: without quotation marks and spaces. */
export const cleanSubject = (x: string) => x.replace(QUOTES_AND_SPACE, '');

const stripTrailingFillers = (s: string): string => {
  for (let changed = true; changed && s; ) {
    const base = s.replace(TRAILING_BASE, '');
    changed = base !== s;
    s = base;
    // (The first in the list's order: a word that ends in a shorter one comes before it.)
    for (const w of TRAILING_FILLER) {
      // (Not the 约 of 节约, 预约, 签约: half of a verb; nor the 均 of a rate, 亩均降低约18元.)
      if (s.endsWith(w) && !/[节预签合契]约$|[亩户人村]均$/.test(s)) {
        s = s.slice(0, -w.length);
        changed = true;
        break;
      }
    }
  }
  return s;
};

/** The noun phrase right after a figure (779家高耗低效企业 → 高耗低效企业), up to 12 characters. */
const phraseAfter = (text: string, from: number, sentenceEnd: number): string => {
  let k = from;
  // 的, and 级 or 来 that finish the figure's words (百亿级产业集群, 5000吨级码头, 两年来培训…; not 来自).
  if (/^(的|级(?!别)|来(?!自))/.test(text.slice(k, k + 2))) k++;
  const start = k;
  while (k < sentenceEnd && k - start < 12) {
    const ch = codeAt(text, k);
    if (SUBJECT_STOP.has(ch) || isAsciiDigit(ch) || (CHINESE_NUMERAL.has(ch) && k > start)) break;
    k++;
  }
  // 村（社区）, 镇（街道）: a short note in brackets that widens the noun is part of it (the empty alternative: no note).
  if (k > start) k += /^（..?）|/.exec(text.slice(k, k + 4))![0].length;
  // A verb ends the counted thing even where the phrase stopped inside it (竞买人参|与报价).
  const verb = AFTER_VERB.exec(text.slice(start, k + 2));
  return cleanSubject(text.slice(start, verb ? Math.min(k, start + verb.index) : k));
};

/**
 * The action a deadline is for, and who must meet it when the clause names them first:
 * 竞得人须在…6个月内动工建设 → 竞得人动工建设期限, 相关审批事项在5个工作日内办结 → 相关审批事项办结期限.
 */
const deadline = (text: string, clauseStart: number, figureStart: number, from: number, sentenceEnd: number): string => {
  let k = from;
  while (k < sentenceEnd && ((k - from < 14 && !CLAUSE_END.has(codeAt(text, k))) || /[《》]/.test(text[k]))) k++;
  const words = text.slice(from, k);
  let action = cleanSubject(words);
  // 签订《国有建设用地使用权出让合同》: too long with its title, so the verb alone.
  // (Looked for between from and k only: searching on to the text's end from every deadline made long pages slow.)
  const title = words.indexOf('《');
  // (action[12]: more than 12 characters; !action[1]: fewer than two.)
  if (action[12]) action = cleanSubject(text.slice(from, title >= 0 ? from + title : k)).slice(0, 12);
  if (!action[1]) return '';
  const before = cleanSubject(text.slice(clauseStart, figureStart)).replace(LEADING_MARK, '');
  const holderEnd = DEADLINE_HOLDER_END.exec(before);
  const holder = holderEnd ? before.slice(0, holderEnd.index).replace(LEADING_TIME, '') : '';
  return `${/^.{2,10}$/.test(holder) ? holder : ''}${action}期限`;
};

/** Words between two figures that go on describing the first one's thing: 以上项目, 的产业强镇, 项目 (过10亿元项目26个). */
// (A conjunction alone joins two figures of one thing: 和, 至. [一-鿿]: the CJK block, isCjk's, as characters rather
// than escapes for a smaller bundle, which leaves 、 out.)
const describesEarlierFigure = (between: string) =>
  MODIFIER_JOIN.test(between) ||
  (/^(?![和及与或至到]$)[一-鿿]+$/.test(between) &&
    !MEASURE_END.test(between) &&
    stripTrailingFillers(between) === between);

/**
 * The subject of the figure whose words (qualifiers included) run from `figureStart` to `figureEnd`,
 * in the sentence [sentenceStart, sentenceEnd) of `text`. `previousEnd` is where the figure before it
 * in the sentence ends (or the sentence's start): words before that belong to that figure.
 */
export function chineseSubject(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  figureStart: number,
  figureEnd: number,
  kind: string,
  previousEnd = sentenceStart,
): string {
  // 周巷镇、观海卫镇和宗汉街道，分别新设4126户、3587户和3012户: a series of figures after 分别 (respectively) goes item
  // by item with a list of as many items before 分别, in its clause or the one before (周巷镇新设, 观海卫镇新设,
  // 宗汉街道新设); the list after any 为 or 是 (依次为周巷镇、…). Not where the parts are more than the figures (a 和 inside a
  // name: 医药制造业、电气机械和器材制造业产值分别增长…), nor where no verb but a filler follows 分别 (城镇和农村居民人均可支配
  // 收入分别达到…: the list's head is said once, after its last item). (The 。 put in marks where this figure stands in
  // its series: a sentence holds no 。 of its own before its end.)
  const each = /([^，。\d０-９为是]*)，?分别([^，。\d０-９]*)([^，。]*)。([^，。]*)/.exec(
    text.slice(sentenceStart, figureStart) + '。' + text.slice(figureEnd, sentenceEnd),
  );
  const items = each?.[1].split(LIST_SEPARATOR);
  const verb = each && stripTrailingFillers(each[2]);
  if (verb && items![1] && items!.length === (each![3] + each![4]).split(LIST_SEPARATOR).length && !SERIES_IN_WORDS.test(each![2] + each![3] + '。' + each![4])) {
    return cleanSubject(items![each![3].split(LIST_SEPARATOR).length - 1] + verb);
  }
  let clauseStart = figureStart;
  while (clauseStart > sentenceStart && !CLAUSE_END.has(codeAt(text, clauseStart - 1))) clauseStart--;
  // 抽查行政村（社区）102个, 新建产地仓（以下简称…）23座: a note in brackets right before the figure; the words
  // before it name what is measured.
  const open = clauseStart === figureStart && text[figureStart - 1] === '）' ? text.lastIndexOf('（', figureStart) : -1;
  if (open > sentenceStart && open >= previousEnd && figureStart - open < 14) {
    return chineseSubject(text, sentenceStart, sentenceEnd, open, figureEnd, kind, previousEnd);
  }
  // 6个月内开工建设: a time limit, for what follows it.
  if (kind === 'duration' && text[figureEnd - 1] === '内') {
    const limit = deadline(text, clauseStart, figureStart, figureEnd, sentenceEnd);
    if (limit) return limit;
  }
  // A power and its energy named by the noun after the pair: the power is of that too (建设20万千瓦/80万千瓦时的储能电站,
  // not 建设). Where the noun comes before the pair (储能电站15万千瓦/30万千瓦时), nothing follows it and the words before stand.
  const pair = ENERGY_AFTER_POWER.exec(text.slice(figureEnd, figureEnd + 12));
  const after = phraseAfter(text, figureEnd + (pair ? pair[0].length : 0), sentenceEnd);
  const afterStart = codeAt(after, 0);
  // (after[1]: a noun after of two characters or more, here and below.)
  if (pair && after[1] && !VERB_START.has(afterStart)) return after;
  // Before the figure, within its clause. Words after an earlier figure of the clause are this one's
  // (项目16个总投资87.5亿元, 由98天压缩至30天), unless they go on describing that figure's thing
  // (10亿元以上项目8个, 超10亿元的产业强镇23个): then the earlier figure is part of the subject.
  let a = Math.max(clauseStart, previousEnd);
  if (a > clauseStart && describesEarlierFigure(cleanSubject(text.slice(a, figureStart)))) a = clauseStart;
  // A figure inside a quotation (锚定“工业做地一万亩”): the quotation names what it measures. (Looked for
  // within the clause only: searching the whole text back from every figure would make long pages slow.)
  // (The last opening quotation mark, with no closing one after it.)
  const quote = text.slice(a, figureStart).search(/[“「][^“「”」]*$/);
  if (quote >= 0) a += quote;
  const clause = cleanSubject(text.slice(a, figureStart));
  const hasEarlierFigure = previousEnd > sentenceStart;
  if (hasEarlierFigure && CONVERSION_OR_COMPARISON.test(clause)) return '';
  const marked = clause.replace(LEADING_MARK, '');
  const fromEarlier = FROM_EARLIER.exec(marked);
  let before = stripTrailingFillers(fromEarlier ? fromEarlier[1] : marked);
  // 某公司以2130万元竞得: the company and what it did; 该地块以起始价…: what follows 以.
  const agent = AGENT_WITH.exec(before);
  if (agent && before.length - agent[0].length >= 2) before = before.slice(agent[0].length);
  before = before.replace(COUNTED_OWNER, '').replace(LEADING_PRONOUN, '');
  let cut = -1;
  let endsWithVerb = false;
  for (const m of before.matchAll(LEADING_VERB)) {
    const verbEnd = m.index + m[0].length;
    const rest = before.length - verbEnd;
    // A short object keeps its verb, which says which of the things are measured (新增床位, 签约项目, 带动就业);
    // a long one names them alone (完成高耗低效企业整治销号779家 → 高耗低效企业整治销号).
    if (rest > 5 || (m[2] && rest > 2)) cut = verbEnd;
    else if (!rest) endsWithVerb = true;
  }
  if (cut >= 0) before = before.slice(cut);
  if (endsWithVerb && after[1]) return after;
  before = before.replace(LEADING_TIME, '').replace(TRAILING_BASE, '').replace(TRAILING_INTENT, '');
  if (before[16]) before = before.slice(-16).replace(LEADING_YEAR_PART, '');
  before = before.replace(LEADING_PREPOSITION, '');
  // (Not a measure of a thing, 总投资 in 签约项目16个总投资87.5亿元: what it belongs to is before the figure.)
  const nounAfter = after[1] && isCjk(afterStart) && !VERB_START.has(afterStart) && !BARE_MEASURE.test(after);
  // 总投资23.6亿元的家具博览中心项目, 占地约15亩的冷链仓储中心, 长2.4公里的步道: a measure said in a 的 phrase before a
  // noun is that noun's.
  const owned = text[figureEnd] === '的' && nounAfter && OWNED_MEASURE.exec(before);
  if (owned) return after + owned[0];
  if (kind === 'count' && (nounAfter || ONE_CHARACTER_COUNTED.test(after))) return after;
  if (GIVING.test(before)) {
    // (A single character before the verb is an adverb, 再给予, 另给予, 均给予: not who receives.)
    const receiver = before.replace(GIVING, '').replace(/^.$/, '');
    // (The receiver is none or two characters or more; the two together at most 20 characters.)
    return nounAfter && !(receiver + after)[20] ? receiver + after : receiver || after;
  }
  // (A noun after is of two characters or more; where the words before are fewer, even one after is taken.)
  return (nounAfter && MEASURED_AFTER_KINDS.test(kind) && !MEASURE_END.test(before)) || !before[1]
    ? // 公示期为12月2日至12月8日，共7天: a clause that names nothing, in a sentence with no figure before, is of what the
      // sentence opens by naming.
      after || fieldLabel(text, clauseStart, figureStart) || (!hasEarlierFigure && OPENING_TOPIC.exec(text.slice(sentenceStart, figureStart))?.[1]) || before
    : before;
}

/** A thing built or run, named by its head (项目, 工程, 产业园, 电站, 中心, 片区) in a few words. */
const THING = /^.{0,12}(项目|工程|中心|基地|厂房|地块|[园站库区场校院楼])$/;
/** Where a thing's name ends in its clause (a figure, 位于, 是, 由, a time) and what may go before it (a verb of building, 的, 该). */
const THING_END = /((?<![\w-])\d|[是于由为已]|位于|利用|今年).*/;
const THING_START = /^(.*(的|建[设成]|实施|设立|新建|改造))?该?/;
const CLAUSE_SPLIT = new RegExp(`[${CLAUSE_MARKS}]`);

/**
 * The thing an earlier clause of the sentence names, whose measure a bare one is (龙游县体育公园位于城北新区，…，总投资
 * 4.6亿元; 2.高性能膜材料项目，总投资8.5亿元; 该消防站是…，总投资6800万元，占地25亩), or '': the nearest clause whose words,
 * cut before a figure, a 位于/是 or a time and after a verb of building or a 的, name such a thing.
 */
export const topicOf = (text: string, sentenceStart: number, figureStart: number) =>
  /[：:]/.test(text[figureStart - 1])
    ? ''
    : text
    .slice(sentenceStart, figureStart)
    .split(CLAUSE_SPLIT)
    .reverse()
    .slice(1)
    .map((clause) => cleanSubject(clause).replace(LEADING_MARK, '').replace(THING_END, '').replace(THING_START, ''))
    .find((owner) => THING.test(owner)) ?? '';

/** A field's label: 出让面积：35862.4平方米, 发行规模：6.5亿元 (a notice's fields one a line). */
const FIELD_LABEL = /(^|[\n，,；;。\t])([^\n，,；;。：:\t\d]{2,10})[：:]$/;

/** The label before a colon that ends right where the figure's words start (nothing between), or ''. */
const fieldLabel = (text: string, clauseStart: number, figureStart: number): string => {
  if (clauseStart !== figureStart || !/[：:]/.test(text[clauseStart - 1])) return '';
  const m = FIELD_LABEL.exec(text.slice(Math.max(0, clauseStart - 12), clauseStart));
  const label = m ? cleanSubject(m[2]).replace(LEADING_MARK, '') : '';
  // 其中：, a part of the row or figure before, names nothing itself.
  return label[1] && label !== '其中' ? label : '';
};
