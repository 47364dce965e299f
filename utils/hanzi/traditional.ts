/**
 * Traditional Chinese characters (Hong Kong, Macao and Taiwan print: 億 萬 畝 公頃 增長 約 個百分點 東莞) mapped to
 * their simplified forms, one character for one, so that a text mapped with `toSimplified` keeps every
 * offset: the engines and the gazetteer, written for simplified text, read the mapped text and report
 * spans that are JavaScript string indices into the original.
 *
 * The table holds the characters of news about development, land, money and places, not a full
 * conversion table. It leaves out traditional characters that simplified text also uses in other
 * words (乾 in 乾隆, 著 in 著名, 覆 in 覆盖, 瞭 in 瞭望, 藉 in 狼藉), so mapping a simplified text changes
 * nothing in it, and 參, which traditional text also writes as the capital numeral three (壹貳參).
 */

/** Pairs `繁简`, grouped by what they turn up in. */
const PAIRS: readonly string[] = [
  // numerals, multipliers, counters and units
  '萬万 億亿 兩两 陸陆 貳贰 畝亩 頃顷 噸吨 釐厘 個个 隻只 條条 項项 處处 間间 張张 臺台 檯台 颱台 輛辆 場场 層层 種种 類类 單单 筆笔 輪轮 塊块 顆颗 棟栋 戶户 歲岁 週周 鐘钟 鍾钟 時时 號号 曆历 歷历 幣币 圓圆',
  // qualifiers, comparisons and changes
  '約约 餘余 過过 幾几 數数 達达 來来 內内 僅仅 將将 為为 爲为 與与 於于 並并 從从 還还 這这 們们 後后 長长 較较 當当 環环 漲涨 擴扩 縮缩 減减 淨净 躍跃 揚扬 壓压 創创 總总 計计 額额 價价 錢钱 稅税 費费 貸贷 銀银 債债 賬账 帳帐 資资 產产 營营 業业 貿贸 買买 賣卖 財财 貨货 購购 務务 補补 貼贴 獎奖 奬奖 勵励 預预 撥拨 鉅巨 匯汇 滙汇 彙汇 兌兑 險险 證证 優优 擔担 獲获 穫获 盡尽 儘尽 佔占 僱雇 淺浅 準准 確确 實实 際际 關关 係系 繫系 連连 邊边 遠远 遷迁 選选 進进 運运 遞递 適适 遺遗 邁迈 滿满 舉举 興兴 衝冲 擊击 質质 勢势 態态 標标 點点 線线 綫线 網网',
  // places and place-name characters
  '區区 廣广 東东 蘇苏 灣湾 門门 嶺岭 廈厦 閩闽 粵粤 瓊琼 贛赣 滬沪 魯鲁 遼辽 貴贵 雲云 陝陕 寧宁 澤泽 濟济 陽阳 漢汉 鄭郑 蘭兰 嶽岳 廬庐 莊庄 溝沟 壩坝 鎮镇 鄉乡 縣县 園园 橫横 龍龙 華华 臨临 圍围 島岛 嶼屿 濱滨 灘滩 鳳凤 蓮莲 順顺 寶宝 羅罗 崗岗 鹽盐 頭头 紹绍 衛卫 楊杨 錫锡 無无 鄰邻 隴陇 黃黄 陳陈 劉刘 鄧邓 趙赵 吳吴 許许 錦锦 濰潍 齊齐 萊莱 灃沣 滄沧 畢毕 潛潜 渦涡 瀋沈 鐵铁 樂乐 陰阴 渾浑 灤滦 韓韩 銅铜 撫抚 盧卢 鶴鹤 雞鸡 賀贺 僑侨 隨随 麗丽 雙双 蕪芜 蕭萧 瀘泸 綿绵 貢贡 荊荆 駐驻 溫温 崑昆 棗枣 煙烟 岡冈 嶇岖 閘闸 巖岩 鷹鹰 欽钦 鄲郸 彥彦 綏绥 婁娄 峽峡 潁颍 鄆郓 滎荥 鞏巩 澠渑 響响',
  // words of development, policy and economic news
  '發发 髮发 劃划 規规 現现 設设 備备 員员 機机 構构 體体 製制 據据 報报 導导 電电 車车 軌轨 輸输 橋桥 樓楼 館馆 廳厅 醫医 療疗 藥药 學学 師师 農农 漁渔 礦矿 鑛矿 氣气 熱热 綠绿 護护 樹树 糧粮 養养 豬猪 專专 國国 統统 調调 測测 評评 審审 議议 會会 決决 頒颁 佈布 聯联 組组 織织 團团 幫帮 協协 職职 權权 辦办 領领 書书 記记 紀纪 鑒鉴 鑑鉴 驗验 簽签 談谈 論论 說说 説说 話话 讓让 認认 識识 請请 訪访 講讲 該该 誠诚 詳详 細细 結结 終终 給给 維维 續续 純纯 級级 紅红 績绩 緊紧 經经 銷销 義义 亞亚 親亲 傳传 眾众 衆众 夥伙 偉伟 儲储 兒儿 黨党 寫写 軍军 馮冯 況况 凍冻 涼凉 憑凭 凱凯 則则 剛刚 別别 劑剂 劇剧 勸劝 動动 勁劲 勞劳 勳勋 勻匀 卻却 廠厂 厲厉 變变 敘叙 葉叶 嘆叹 啟启 問问 圖图 壇坛 壞坏 墾垦 堅坚 執执 塗涂 牆墙 壯壮 聲声 殼壳 復复 複复 夠够 奪夺 奮奋 婦妇 孫孙 寬宽 賓宾 對对 尋寻 壽寿 爾尔 嘗尝 屆届 屬属 帶带 幹干 慶庆 庫库 應应 廢废 開开 異异 棄弃 強强 歸归 錄录 徹彻 徑径 憶忆 懷怀 憂忧 懸悬 惡恶 慮虑 戲戏 戰战 撲扑 掃扫 擾扰 搶抢 擬拟 擁拥 攔拦 擇择 掛挂 捨舍 擠挤 揮挥 損损 換换 擺摆 攜携 攝摄 攤摊 撐撑 敵敌 齋斋 斷断 舊旧 顯显 晉晋 曉晓 暫暂 術术 樸朴 殺杀 雜杂 極极 樞枢 櫃柜 棧栈 欄栏 樣样 檔档 樁桩 夢梦 檢检 榮荣 歡欢 歐欧 殘残 毀毁 湯汤 沒没 潔洁 濁浊 瀏浏 濃浓 濤涛 澇涝 潤润 淵渊 漸渐 滲渗 濕湿 濾滤 濫滥 灑洒 燈灯 靈灵 災灾 爐炉 煉炼 爛烂 煩烦 燒烧 燦灿 愛爱 牽牵 狀状 獨独 猶犹 獻献 畫画 瘋疯 盜盗 盞盏 監监 盤盘 碼码 磚砖 礎础 碩硕 禮礼 禍祸 離离 積积 稱称 穩稳 穀谷 窮穷 豎竖 競竞 築筑 籌筹 簡简 節节 範范 紋纹 納纳 紐纽 紙纸 紛纷 紡纺 絕绝 絡络 絲丝 綜综 綱纲 緒绪 緩缓 編编 練练 縫缝 繩绳 繪绘 繳缴 繼继 纖纤 罰罚 習习 聖圣 聞闻 聰聪 聽听 肅肃 脈脉 腦脑 膚肤 臉脸 艙舱 艦舰 艱艰 藝艺 蓋盖 蒼苍 蘋苹 蘆芦 蘊蕴 蟲虫 裝装 襲袭 見见 視视 覽览 覺觉 觀观 觸触 訂订 訊讯 討讨 訓训 託托 訴诉 診诊 註注 詞词 試试 詩诗 誇夸 語语 誤误 諸诸 課课 誰谁 諮咨 謀谋 謝谢 譜谱 譯译 讀读 讚赞 豐丰 貝贝 負负 貧贫 販贩 貫贯 責责 貯贮 賃赁 賠赔 賞赏 賢贤 賽赛 贈赠 贊赞 贏赢 趕赶 趨趋 軒轩 軟软 軸轴 載载 輔辅 輕轻 輝辉 轄辖 轉转 辭辞 釀酿 釋释 裡里 裏里 針针 鈔钞 鋼钢 鋁铝 鋪铺 鋒锋 錯错 鍋锅 鍵键 鎖锁 鏈链 鏡镜 鑄铸 閃闪 閉闭 閒闲 閣阁 閱阅 闊阔 隊队 階阶 隱隐 難难 霧雾 靜静 韋韦 頁页 頂顶 須须 頓顿 頻频 題题 顏颜 願愿 顧顾 風风 飛飞 飯饭 飲饮 飼饲 飾饰 饋馈 饒饶 馬马 駕驾 騎骑 騰腾 驅驱 驚惊 鬆松 魚鱼 鮮鲜 鳥鸟 鴨鸭 麥麦 齒齿 龜龟 麵面 遊游 峯峰 羣群 纔才 祕秘 脫脱 悅悦 銳锐 嚴严 麼么 烏乌 喬乔 亂乱 爭争 虧亏 侖仑 倉仓 儀仪 傘伞 傷伤 倫伦 傾倾 冊册 刪删 劍剑 匱匮 嚇吓 呂吕 嗎吗 喚唤 壘垒 墊垫 媽妈 嬰婴 寵宠 憲宪 宮宫 寢寝 塵尘 堯尧 屢屡 幀帧 廟庙 彌弥 彎弯 彈弹 戀恋 懲惩 拋抛 擄掳 撈捞 撿捡 搗捣 攢攒 斂敛 斬斩 曠旷 晝昼 曬晒 楓枫 槍枪 潑泼 瀉泻 瀾澜 燭烛 爺爷 犧牺 獅狮 獄狱 瑪玛 癥症 窩窝 竊窃 籃篮 紗纱 羨羡 脅胁 腳脚 膽胆 臟脏 蔣蒋 蠶蚕 蠻蛮 襯衬 詢询 賈贾 鄖郧 釣钓 鐺铛 閥阀 韻韵 頑顽 顛颠 飽饱 騙骗 鵝鹅 鹹咸 黴霉 鬥斗 輯辑 勝胜 敗败 藍蓝 賺赚 徵征 樑梁 廁厕 駛驶 賦赋 隸隶',
  // further characters of news, place and person names, read by the article finder (line labels, bylines,
  // surnames) and the gazetteer
  '諾诺 謂谓 誌志 詐诈 誕诞 誘诱 謙谦 謹谨 譽誉 詮诠 諧谐 謠谣 訣诀 諒谅 諜谍 諱讳 諷讽 謎谜 譴谴 訝讶 詠咏 謊谎 諭谕 謄誊 讞谳 讜谠 鋰锂 鎳镍 鑽钻 鑰钥 銜衔 鋅锌 錨锚 ' +
  '鍛锻 鉛铅 鈣钙 鈞钧 鎊镑 鈍钝 鉤钩 銘铭 鋸锯 錘锤 鍊炼 鍍镀 鏟铲 鐮镰 鑲镶 釘钉 鉀钾 鈉钠 鉑铂 鈦钛 鉻铬 錳锰 鎢钨 鋯锆 銹锈 鏽锈 鈴铃 錶表 銓铨 鉗钳 鑼锣 鐳镭 錠锭 ' +
  '鋤锄 鍬锹 閑闲 闖闯 闡阐 闆板 閏闰 闌阑 闢辟 閻阎 閆闫 閨闺 闈闱 闕阙 閔闵 闞阚 賤贱 貪贪 賴赖 側侧 贖赎 賜赐 賊贼 贍赡 賭赌 賂赂 賄贿 貞贞 賑赈 贓赃 貶贬 貲赀 轎轿 ' +
  '陣阵 暈晕 褲裤 轟轰 慚惭 輿舆 轍辙 輟辍 輻辐 轢轹 驟骤 篤笃 罵骂 驛驿 駁驳 驕骄 駿骏 駝驼 騾骡 驢驴 騷骚 驪骊 驊骅 鯉鲤 鯨鲸 鱗鳞 鰻鳗 鮑鲍 鱷鳄 鯊鲨 鱖鳜 鰱鲢 鯽鲫 ' +
  '鴻鸿 鳴鸣 鴿鸽 鵬鹏 鷺鹭 鴉鸦 鵲鹊 鶯莺 鷗鸥 鸚鹦 鵡鹉 縱纵 緣缘 緯纬 締缔 纜缆 綁绑 絹绢 緝缉 縷缕 繞绕 繡绣 紮扎 綻绽 緻致 縛缚 纏缠 絨绒 綢绸 綺绮 緬缅 繃绷 繽缤 ' +
  '纍累 紳绅 綽绰 緘缄 縝缜 縈萦 纓缨 紓纾 絀绌 紜纭 緞缎 綴缀 縉缙 餅饼 餓饿 饑饥 饅馒 餵喂 蝕蚀 餚肴 餡馅 飢饥 頌颂 顫颤 頸颈 頗颇 穎颖 顱颅 籲吁 頹颓 顎颚 覓觅 覲觐 ' +
  '覷觑 滅灭 涇泾 瀕濒 澗涧 漿浆 淚泪 滯滞 滾滚 漬渍 浹浃 灕漓 溈沩 潰溃 澀涩 瀟潇 湧涌 溼湿 滷卤 沖冲 淒凄 汙污 氾泛 漣涟 澱淀 灝灏 滸浒 瀅滢 漵溆 澮浍 瀨濑 櫥橱 槳桨 ' +
  '桿杆 柵栅 檳槟 櫻樱 檜桧 擧举 屍尸 雖虽 廚厨 慣惯 懇恳 悶闷 償偿 傑杰 偽伪 傭佣 祿禄 獸兽 貓猫 墳坟 墜坠 壺壶 墻墙 塢坞 壟垄 蝦虾 蠟蜡 薦荐 薩萨 蘿萝 蕩荡 蔔卜 薑姜 ' +
  '籤签 籠笼 箏筝 篩筛 簾帘 疊叠 癢痒 瘡疮 皺皱 睜睁 矯矫 礙碍 禪禅 糾纠 罷罢 翹翘 腫肿 脹胀 腎肾 髒脏 膠胶 蟬蝉 豈岂 蹤踪 踐践 跡迹 蹟迹 軀躯 遲迟 遜逊 遙遥 違违 邏逻 ' +
  '郵邮 醬酱 飄飘 颳刮 鬧闹 鹼碱 齡龄 龐庞 奧奥 擋挡 採采 揀拣 搖摇 擲掷 攬揽 暢畅 朧胧 氫氢 虛虚 鬱郁 鬍胡 倆俩 厭厌 叢丛 噴喷 囑嘱 夾夹 妝妆 崢峥 嶄崭 巔巅 帥帅 廂厢 ' +
  '恆恒 惱恼 慘惨 憐怜 憤愤 懶懒 掙挣 摟搂 摯挚 擡抬 攏拢 斃毙 暉晖 棲栖 槓杠 歎叹 殲歼 燉炖 獵猎 璽玺 疇畴 瞞瞒 矚瞩 禦御 稈秆 竄窜 竅窍 筍笋 箋笺 糞粪 聳耸 腸肠 膩腻 ' +
  '艷艳 豔艳 蔭荫 薈荟 藹蔼 虜虏 蛻蜕 蝸蜗 螞蚂 躋跻 辮辫 迴回 醞酝 隕陨 雛雏 靚靓 韌韧 骯肮 鄒邹 鄺邝 葦苇 譚谭 龔龚 聶聂 駱骆 繆缪 竇窦 欒栾 諶谌 藺蔺 僕仆 剝剥 厙厍 ' +
  '叄叁 嗚呜 噹当 墮堕 奐奂 孿孪 屜屉 巒峦 幟帜 廄厩 彠彟 徠徕 惲恽 愴怆 慟恸 慫怂 憫悯 懺忏 戧戗 戩戬 摑掴 撻挞 擱搁 斕斓 昇升 暱昵 曄晔 杴锨 棖枨 楨桢 榪杩 槧椠 樺桦 ' +
  '橈桡 檻槛 櫓橹 殤殇 氬氩 漚沤 灄滠 烴烃 燁烨 燼烬 牘牍 犢犊 玨珏 琺珐 瑣琐 璣玑 璦瑷 甌瓯 癒愈 癱瘫 皚皑 眥眦 睞睐 瞼睑 碭砀 磯矶 禱祷 稟禀 穢秽 窯窑 竪竖 筧笕 簞箪 ' +
  '紂纣 紈纨 絃弦 緹缇 縊缢 繚缭 罌罂 翬翚 聵聩 膾脍 艤舣 苧苎 蒔莳 蓀荪 蔞蒌 薊蓟 蘄蕲 虯虬 蟄蛰 蠅蝇 蠍蝎 裊袅 覥觍 訌讧 訕讪 詬诟 誣诬 諫谏 謗谤 賅赅 賡赓 蹌跄 躉趸 ' +
  '軋轧 軔轫 輥辊 轆辘 迺乃 邇迩 鄴邺 酈郦 醜丑 鈕钮 鈸钹 鉸铰 銬铐 鋇钡 錚铮 鍥锲 鎂镁 鏗铿 鐸铎 鑣镳 閂闩 閡阂 閬阆 隉陧 靄霭 靦腼 韁缰 頊顼 頰颊 颶飓 餞饯 饌馔 駟驷 ' +
  '驍骁 骾鲠 髏髅 鬢鬓 魘魇 鯁鲠 鴕鸵 鵑鹃 鶉鹑 鷂鹞 黌黉 黷黩 齟龃 齣出 龕龛',
];

const SIMPLIFIED = new Map<string, string>();
for (const group of PAIRS) {
  for (const pair of group.split(' ')) {
    if (!pair) continue;
    if (pair.length !== 2) throw new Error(`hanzi: "${pair}" is not a pair of characters`);
    if (pair[0] === pair[1] || SIMPLIFIED.has(pair[0])) throw new Error(`hanzi: "${pair}" maps nothing or is listed twice`);
    SIMPLIFIED.set(pair[0], pair[1]);
  }
}
/**
 * The simplified code of each traditional character by UTF-16 code, 0 where a character maps to nothing.
 * The table's characters all lie in the CJK block (4E00–9FFF), so the array covers only that block (40 KB):
 * one look-up per character, several times faster than a regular expression or a Map.
 */
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
const SIMPLIFIED_CODE = new Uint16Array(CJK_LAST - CJK_FIRST + 1);
for (const [t, s] of SIMPLIFIED) {
  const c = t.charCodeAt(0);
  if (c < CJK_FIRST || c > CJK_LAST) throw new Error(`hanzi: "${t}" lies outside the CJK block`);
  SIMPLIFIED_CODE[c - CJK_FIRST] = s.charCodeAt(0);
}
const simplifiedCode = (c: number): number => (c >= CJK_FIRST && c <= CJK_LAST ? SIMPLIFIED_CODE[c - CJK_FIRST] : 0);

/** The text with its traditional characters in simplified form; same length, same offsets. */
export function toSimplified(text: string): string {
  let i = 0;
  while (i < text.length && simplifiedCode(text.charCodeAt(i)) === 0) i++;
  if (i === text.length) return text;
  // Code units mapped in place, then turned back into a string in chunks (String.fromCharCode takes its
  // arguments on the stack).
  const codes = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    codes[k] = simplifiedCode(c) || c;
  }
  let out = '';
  for (let k = 0; k < codes.length; k += CHUNK) out += String.fromCharCode(...codes.subarray(k, k + CHUNK));
  return out;
}
const CHUNK = 8192;

/**
 * The inverse for one text: strings read out of `simplified` (a sentence, a subject) written again as
 * `original` writes them, character by character, from the substitutions `toSimplified` made in it.
 */
export function restoreScript(original: string, simplified: string): (s: string) => string {
  const back = new Map<string, string>();
  for (let i = 0; i < original.length; i++) {
    if (original.charCodeAt(i) !== simplified.charCodeAt(i) && !back.has(simplified[i])) back.set(simplified[i], original[i]);
  }
  if (back.size === 0) return (s) => s;
  const changed = new RegExp(`[${[...back.keys()].join('')}]`, 'g');
  return (s) => s.replace(changed, (c) => back.get(c)!);
}

/** The table as pairs, for its tests. */
export function traditionalPairs(): ReadonlyMap<string, string> {
  return SIMPLIFIED;
}
