/**
 * The Traditional → Simplified pairs (../hanzi/traditional.ts) of the characters the engine's own words are
 * written in: its units, counters, numerals, qualifier and change words and rules. Folding any other character
 * cannot change what the engine matches, so the engine reads Traditional text (億 萬 畝 公頃 增長 約) through
 * these alone and its bundle does not carry the whole table. A test keeps them equal to the whole table's
 * pairs for the characters of this folder's code (comments aside).
 */
import { simplifierFor } from '../hanzi/simplifier';

export const ENGINE_TRADITIONAL_PAIRS =
  '萬万 億亿 兩两 陸陆 貳贰 畝亩 頃顷 噸吨 釐厘 個个 隻只 條条 項项 處处 間间 張张 臺台 檯台 颱台 輛辆 場场 層层 種种 類类 單单 ' +
  '筆笔 輪轮 塊块 棟栋 戶户 歲岁 週周 鐘钟 鍾钟 時时 號号 曆历 歷历 幣币 圓圆 約约 餘余 過过 幾几 數数 達达 內内 將将 為为 爲为 ' +
  '與与 於于 並并 從从 後后 長长 較较 當当 環环 漲涨 擴扩 縮缩 減减 淨净 躍跃 壓压 總总 計计 額额 價价 稅税 費费 資资 產产 營营 ' +
  '業业 貨货 補补 貼贴 獎奖 奬奖 勵励 預预 獲获 穫获 佔占 準准 實实 係系 繫系 邊边 選选 進进 遞递 邁迈 標标 點点 區区 門门 鎮镇 ' +
  '縣县 臨临 頭头 鄰邻 發发 髮发 劃划 規规 現现 設设 員员 體体 製制 報报 電电 農农 國国 評评 會会 佈布 組组 織织 鑒鉴 鑑鉴 簽签 ' +
  '讓让 終终 給给 級级 紅红 績绩 經经 銷销 親亲 別别 動动 廠厂 夠够 對对 帶带 開开 擁拥 晉晋 歐欧 毀毁 潤润 盞盏 碼码 離离 積积 ' +
  '節节 納纳 緩缓 編编 蓋盖 見见 負负 輕轻 裡里 裏里 鏡镜 麵面 遊游 羣群 爭争 鎊镑 纍累 籤签 踐践 違违 齡龄 迴回 叄叁 噹当 昇升 ' +
  '齣出 請请 領领 貸贷 來来 們们 據据 統统 則则 應应 範范 須须 擔担 滿满 調调 莊庄 鄉乡 撥拨 備备';

/** The text as the engine reads it: its Traditional characters in Simplified form, every offset kept. */
export const toSimplifiedForEngine = simplifierFor(ENGINE_TRADITIONAL_PAIRS);
