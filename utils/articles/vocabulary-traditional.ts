/**
 * The Traditional → Simplified pairs (../hanzi/traditional.ts) of the characters in the development vocabulary's Chinese
 * words: all that the quick check needs to find 發展 or 規劃 on a Traditional-Chinese page. The quick check runs
 * in every page, so its bundle carries these few pairs, not the whole table; a test keeps them equal to the
 * whole table's pairs for those characters.
 */
export const VOCABULARY_TRADITIONAL_PAIRS =
  '畝亩 項项 種种 戶户 約约 達达 長长 環环 創创 總总 稅税 資资 產产 營营 業业 貿贸 財财 務务 補补 準准 實实 遷迁 進进 興兴 質质 ' +
  '態态 標标 點点 網网 區区 濟济 鎮镇 鄉乡 縣县 園园 龍龙 頭头 鐵铁 發发 髮发 劃划 規规 設设 體体 電电 農农 綠绿 審审 會会 組组 ' +
  '織织 協协 辦办 書书 記记 驗验 簽签 讓让 經经 儲储 黨党 動动 廠厂 變变 帶带 幹干 開开 強强 換换 舊旧 礎础 積积 範范 試试 負负 ' +
  '責责 鏈链 騰腾 鳥鸟 麵面 遊游 羣群 纔才 倉仓 徵征 闆板 籤签 籠笼 齣出 養养 漁渔 機机 潔洁 裝装 風风 專专 糧粮 貼贴 內内 汙污 澇涝 綜综 脫脱 貧贫 庫库 險险 毀毁';
