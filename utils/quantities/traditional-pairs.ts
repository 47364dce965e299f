/**
 * The Traditional → Simplified pairs (../hanzi/traditional.ts) of the characters the engine's own words are
 * written in: its units, counters, numerals, qualifier and change words and rules. Folding any other character
 * cannot change what the engine matches, so the engine reads Traditional text (億 萬 畝 公頃 增長 約) through
 * these alone and its bundle does not carry the whole table. A test keeps them equal to the whole table's
 * pairs for the characters of this folder's code (comments aside).
 */
import { simplifierFor } from '../hanzi/simplifier';

/** Written `繁简繁简…` with no space between pairs (simplifierFor reads either form): a smaller bundle. */
export const ENGINE_TRADITIONAL_PAIRS =
  '萬万億亿兩两陸陆貳贰畝亩頃顷噸吨釐厘個个隻只條条項项處处間间張张臺台檯台颱台輛辆場场層层種种類类單单筆笔輪轮塊块棟栋戶户' +
  '歲岁週周鐘钟鍾钟時时號号曆历歷历幣币圓圆約约餘余過过幾几數数達达內内將将為为爲为與与於于並并從从後后長长較较當当環环漲涨' +
  '擴扩縮缩減减淨净躍跃壓压總总計计額额價价稅税費费資资產产營营業业貨货補补貼贴獎奖奬奖勵励預预獲获穫获佔占準准實实係系繫系' +
  '邊边選选進进遞递邁迈標标點点區区門门鎮镇縣县臨临頭头鄰邻發发髮发劃划規规現现設设員员體体製制報报電电農农國国評评會会佈布' +
  '組组織织鑒鉴鑑鉴簽签讓让終终給给級级紅红績绩經经銷销親亲別别動动廠厂夠够對对帶带開开擁拥晉晋歐欧毀毁潤润盞盏盤盘碼码離离積积' +
  '節节納纳緩缓編编蓋盖見见負负輕轻裡里裏里鏡镜麵面遊游羣群爭争鎊镑纍累籤签踐践違违齡龄迴回叄叁噹当昇升齣出請请領领貸贷來来' +
  '們们據据統统則则應应範范須须擔担滿满調调莊庄鄉乡撥拨備备變变簡简錢钱賣卖賺赚掙挣圍围徵征僅仅韓韩屆届寬宽庫库機机築筑裝装還还稱称' +
  // The heads of a thing built or run (产业园, 住院楼) and the 该 before one, in the subject's words.
  '園园樓楼該该' +
  // 了結 (settled) after 省, the province, which is no saving.
  '結结' +
  // Verbs said once before a list of figures (儲備, 鋪設).
  '儲储鋪铺';

/** The text as the engine reads it: its Traditional characters in Simplified form, every offset kept. */
export const toSimplifiedForEngine = simplifierFor(ENGINE_TRADITIONAL_PAIRS);
