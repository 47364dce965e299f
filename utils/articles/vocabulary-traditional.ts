/**
 * The Traditional → Simplified pairs (simplified.ts) of the characters in the development vocabulary's Chinese
 * words: all that the quick check needs to find 發展 or 規劃 on a Traditional-Chinese page. The quick check runs
 * in every page, so its bundle carries these few pairs, not the whole table; a test keeps them equal to the
 * whole table's pairs for those characters.
 */
export const VOCABULARY_TRADITIONAL_PAIRS =
  '記记 設设 試试 變变 讓让 鐵铁 鎮镇 鏈链 開开 闆板 財财 資资 貿贸 質质 負负 責责 實实 範范 驗验 騰腾 鳥鸟 經经 組组 織织 ' +
  '網网 綠绿 總总 約约 縣县 纔才 項项 頭头 規规 會会 發发 長长 業业 產产 區区 種种 進进 動动 點点 體体 書书 農农 務务 廠厂 ' +
  '環环 辦办 標标 達达 濟济 準准 營营 興兴 審审 鄉乡 態态 倉仓 儲储 稅税 積积 籤签 簽签 籠笼 礎础 舊旧 補补 遷迁 電电 髮发 ' +
  '黨党 龍龙 園园 帶带 幹干 強强 徵征 戶户 換换 畝亩 羣群 劃划 創创 協协 齣出';
