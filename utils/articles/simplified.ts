/**
 * Traditional Chinese read as Simplified, character for character, for the rules that look for words: the
 * development vocabulary (發展 is 发展), line labels (來源, 責任編輯, 記者), surnames in bylines (陳), place
 * names (廣州). Pages from Hong Kong, Macao and Taiwan, and mainland sites' 繁體 versions, use the same words in
 * the other script. The fold keeps every offset (one UTF-16 unit for one), so spans found in the folded text
 * are spans of the page's own text, and what is shown to the reader (titles, bylines) is cut from the original.
 */

/**
 * Traditional → Simplified, a pair a token: the characters of news and policy text whose forms differ, and the
 * surnames. Many-to-one where the script merged characters (髮, 發 → 发). Characters whose Traditional form is
 * also a Simplified character of another word (著, 乾, 藉, 覆) are left out. One string, so that a bundle that
 * does not read it (the loader's quick check, which has its own few pairs) leaves it out.
 */
export const TRADITIONAL_PAIRS =
  '語语 說说 話话 記记 計计 訂订 認认 議议 論论 設设 許许 評评 試试 詢询 該该 詳详 請请 調调 談谈 諾诺 謀谋 謂谓 講讲 證证 ' +
  '識识 譯译 護护 讀读 變变 讓让 訊讯 託托 訓训 訪访 詞词 誠诚 誤误 課课 諸诸 謝谢 譜谱 誌志 諮咨 詐诈 訴诉 診诊 註注 詩诗 ' +
  '誕诞 誘诱 謙谦 謹谨 譽誉 讚赞 詮诠 諧谐 謠谣 誇夸 訣诀 諒谅 諜谍 諱讳 諷讽 謎谜 譴谴 誰谁 訝讶 詠咏 謊谎 諭谕 謄誊 讞谳 ' +
  '讜谠 銀银 錢钱 鐵铁 鋼钢 銷销 鎮镇 鍵键 鏈链 錄录 錯错 鋪铺 鑄铸 鑒鉴 鑑鉴 針针 鐘钟 鍾钟 銅铜 鋁铝 鋰锂 鎳镍 錦锦 鋒锋 ' +
  '銳锐 鏡镜 鑽钻 鑰钥 鍋锅 錫锡 鈔钞 鉅巨 銜衔 鋅锌 鎖锁 錨锚 鍛锻 鉛铅 鈣钙 釣钓 鈞钧 鎊镑 鈍钝 鉤钩 銘铭 鋸锯 錘锤 鍊炼 ' +
  '鍍镀 鏟铲 鐮镰 鑲镶 釘钉 鉀钾 鈉钠 鉑铂 鈦钛 鉻铬 錳锰 鎢钨 鋯锆 銹锈 鏽锈 鐺铛 鈴铃 錶表 銓铨 鉗钳 鑼锣 鐳镭 錠锭 鋤锄 ' +
  '鍬锹 門门 問问 間间 閉闭 開开 閑闲 閒闲 關关 閣阁 闊阔 閱阅 闖闯 閘闸 闡阐 聞闻 閩闽 闆板 閃闪 閥阀 閏闰 闌阑 闢辟 閻阎 ' +
  '閆闫 閨闺 闈闱 闕阙 閔闵 闞阚 貝贝 財财 貨货 購购 買买 賣卖 費费 資资 賃赁 貸贷 貿贸 賬账 賺赚 賠赔 貴贵 賤贱 賽赛 質质 ' +
  '負负 貢贡 責责 敗败 販贩 貧贫 貪贪 貫贯 貯贮 貼贴 賀贺 賦赋 賴赖 贈赠 贊赞 贏赢 賞赏 賢贤 賓宾 實实 寶宝 員员 圓圆 損损 ' +
  '則则 側侧 測测 廁厕 贖赎 賜赐 賊贼 贍赡 賭赌 賂赂 賄贿 貞贞 貳贰 賑赈 贓赃 賈贾 貶贬 貲赀 贛赣 車车 軍军 軌轨 軟软 轉转 ' +
  '輪轮 輸输 載载 輛辆 輕轻 較较 輔辅 輯辑 轄辖 轎轿 連连 陣阵 運运 揮挥 渾浑 暈晕 庫库 褲裤 輝辉 轟轰 斬斩 暫暂 漸渐 慚惭 ' +
  '範范 軸轴 輿舆 轍辙 軒轩 輟辍 輻辐 轢轹 馬马 駕驾 驗验 駐驻 騎骑 驅驱 驚惊 駛驶 騰腾 驟骤 篤笃 罵骂 媽妈 碼码 嗎吗 驛驿 ' +
  '駁驳 騙骗 驕骄 駿骏 駝驼 騾骡 驢驴 騷骚 驪骊 驊骅 魚鱼 鮮鲜 漁渔 鯉鲤 鯨鲸 鱗鳞 鰻鳗 鮑鲍 鱷鳄 蘇苏 鯊鲨 鱖鳜 鰱鲢 鯽鲫 ' +
  '鳥鸟 鴨鸭 雞鸡 鵝鹅 鷹鹰 鶴鹤 鳳凤 鴻鸿 鳴鸣 島岛 鴿鸽 鵬鹏 鷺鹭 鴉鸦 鵲鹊 鶯莺 鷗鸥 鸚鹦 鵡鹉 經经 給给 線线 綫线 級级 ' +
  '組组 織织 紡纺 終终 結结 絕绝 統统 維维 綱纲 網网 緊紧 綠绿 總总 績绩 縮缩 續续 紅红 約约 紀纪 純纯 紙纸 細细 紹绍 繼继 ' +
  '編编 練练 緩缓 縣县 繳缴 繪绘 纖纤 縱纵 紛纷 納纳 紐纽 絲丝 緣缘 綜综 縫缝 緯纬 締缔 緒绪 綿绵 繩绳 纜缆 紋纹 絡络 綁绑 ' +
  '絹绢 緝缉 縷缕 繞绕 繡绣 紗纱 紮扎 綻绽 緻致 縛缚 纏缠 聯联 繫系 係系 絨绒 綢绸 綺绮 緬缅 繃绷 繽缤 纍累 紳绅 綽绰 緘缄 ' +
  '縝缜 縈萦 纓缨 紓纾 絀绌 紜纭 緞缎 綴缀 縉缙 纔才 飯饭 飲饮 飽饱 館馆 餘余 飼饲 飾饰 餅饼 饒饶 餓饿 饑饥 饋馈 饅馒 餵喂 ' +
  '蝕蚀 餚肴 餡馅 飢饥 頁页 頂顶 項项 順顺 須须 預预 領领 頻频 題题 額额 類类 顯显 顧顾 願愿 頭头 顏颜 頓顿 頒颁 頌颂 顆颗 ' +
  '顛颠 顫颤 頸颈 頗颇 碩硕 傾倾 穎颖 顱颅 籲吁 頹颓 頑顽 顎颚 見见 規规 視视 覺觉 覽览 觀观 親亲 現现 覓觅 寬宽 觸触 覲觐 ' +
  '覷觑 國国 們们 個个 這这 來来 時时 會会 後后 發发 對对 與与 為为 爲为 學学 長长 業业 產产 東东 區区 種种 進进 動动 機机 ' +
  '當当 點点 還还 體体 兩两 過过 從从 應应 將将 於于 無无 樣样 裡里 裏里 萬万 億亿 單单 價价 處处 場场 傳传 數数 條条 書书 ' +
  '報报 華华 農农 戰战 務务 邊边 義义 廠厂 號号 製制 據据 歷历 曆历 裝装 環环 辦办 團团 標标 導导 廣广 達达 醫医 灣湾 湯汤 ' +
  '濟济 滿满 濱滨 漢汉 溝沟 滅灭 準准 減减 潔洁 涼凉 淺浅 淨净 涇泾 渦涡 溫温 澤泽 濃浓 濕湿 瀏浏 漲涨 潤润 灘滩 灑洒 滬沪 ' +
  '潛潜 瀕濒 濁浊 澗涧 潑泼 漿浆 淚泪 滯滞 澇涝 滲渗 滄沧 滾滚 漬渍 瀋沈 浹浃 灤滦 瀘泸 灕漓 溈沩 潰溃 澀涩 濫滥 瀉泻 瀟潇 ' +
  '湧涌 滙汇 溼湿 滷卤 決决 沖冲 況况 淒凄 汙污 氾泛 漣涟 澱淀 濤涛 瀾澜 灝灏 滸浒 瀅滢 漵溆 澮浍 瀨濑 歲岁 樂乐 權权 構构 ' +
  '極极 樹树 橋桥 檢检 樓楼 槍枪 棟栋 楊杨 楓枫 檔档 櫃柜 櫥橱 棧栈 樞枢 橫横 檯台 欄栏 槳桨 樁桩 桿杆 柵栅 樸朴 檳槟 櫻樱 ' +
  '檜桧 榮荣 營营 勞劳 舉举 擧举 興兴 寫写 寧宁 審审 憲宪 專专 尋寻 層层 屬属 屆届 屍尸 歸归 雖虽 雙双 雜杂 難难 離离 隻只 ' +
  '際际 陸陆 陳陈 階阶 隊队 陽阳 陰阴 險险 隨随 隱隐 隴陇 鄰邻 鄉乡 鄭郑 鄧邓 廳厅 廈厦 廚厨 廢废 廟庙 慶庆 廬庐 壓压 厲厉 ' +
  '態态 戀恋 憂忧 懷怀 懸悬 慣惯 憶忆 懇恳 憑凭 惡恶 悶闷 愛爱 優优 償偿 傷伤 債债 僅仅 儀仪 倉仓 倫伦 偉伟 備备 傑杰 僑侨 ' +
  '儲储 傘伞 偽伪 傭佣 僱雇 爾尔 彌弥 禮礼 禍祸 祿禄 稅税 稱称 積积 穩稳 穀谷 穫获 獲获 獎奖 奬奖 狀状 猶犹 獨独 獄狱 獅狮 ' +
  '獸兽 貓猫 豬猪 犧牺 牽牵 執执 塊块 壞坏 壩坝 墾垦 壇坛 墳坟 墜坠 壯壮 聲声 壺壶 塵尘 墊垫 堅坚 牆墙 墻墙 堯尧 塢坞 壟垄 ' +
  '虧亏 蟲虫 蠶蚕 蝦虾 蠟蜡 蘭兰 藝艺 藥药 莊庄 葉叶 蓋盖 蒼苍 蔣蒋 薦荐 薩萨 藍蓝 蘆芦 蕭萧 蘋苹 蘿萝 蕩荡 蔔卜 薑姜 夢梦 ' +
  '節节 築筑 簡简 籃篮 籌筹 籤签 簽签 籠笼 筆笔 箏筝 篩筛 簾帘 監监 盤盘 盜盗 盡尽 畫画 畢毕 異异 疊叠 療疗 癥症 癢痒 瘡疮 ' +
  '瘋疯 皺皱 眾众 衆众 睜睁 矯矫 礎础 礦矿 確确 磚砖 礙碍 禪禅 競竞 粵粤 糧粮 糾纠 罰罚 羅罗 罷罢 習习 翹翘 聖圣 聰聪 聽听 ' +
  '職职 肅肃 腦脑 膽胆 腫肿 脹胀 膚肤 腎肾 臟脏 髒脏 膠胶 臉脸 臨临 舊旧 艙舱 艦舰 艱艰 蟬蝉 衛卫 衝冲 補补 複复 復复 襯衬 ' +
  '襲袭 豈岂 豎竖 豐丰 趕赶 趨趋 躍跃 蹤踪 踐践 跡迹 蹟迹 軀躯 辭辞 遼辽 遲迟 遠远 適适 選选 遺遗 遷迁 邁迈 遞递 遜逊 遙遥 ' +
  '違违 邏逻 郵邮 醬酱 釋释 釐厘 陝陕 電电 霧雾 靈灵 靜静 韓韩 響响 風风 飛飞 飄飘 颱台 颳刮 髮发 鬆松 鬥斗 鬧闹 魯鲁 鹽盐 ' +
  '鹼碱 麥麦 麗丽 黃黄 黨党 齊齐 齒齿 齡龄 龍龙 龐庞 龜龟 圍围 園园 圖图 夥伙 夠够 奪夺 奮奋 奧奥 婦妇 嬰婴 孫孙 壽寿 岡冈 ' +
  '崗岗 嶺岭 巖岩 峽峡 幣币 幫帮 帶带 帳帐 幹干 幾几 彈弹 強强 彙汇 匯汇 徑径 徵征 徹彻 戲戏 戶户 擴扩 擁拥 擇择 擊击 擔担 ' +
  '擋挡 擬拟 攜携 攝摄 攤摊 揚扬 換换 搶抢 掃扫 掛挂 採采 揀拣 搖摇 撥拨 撫抚 撲扑 撐撑 擾扰 擠挤 擲掷 攔拦 攬揽 斂敛 斷断 ' +
  '晉晋 晝昼 暢畅 曉晓 曠旷 朧胧 歡欢 歐欧 殘残 殺杀 殼壳 毀毁 氣气 氫氢 烏乌 煙烟 熱热 燈灯 燒烧 燦灿 爐炉 爭争 爺爷 畝亩 ' +
  '祕秘 窮穷 竊窃 羣群 腳脚 臺台 虛虚 週周 鬱郁 鬍胡 麼么 黴霉 齋斋 倆俩 內内 剛刚 劃划 劇剧 創创 劍剑 勁劲 勝胜 勢势 勵励 ' +
  '勸劝 協协 卻却 厭厌 參参 叢丛 吳吴 呂吕 啟启 喚唤 嘗尝 噸吨 噴喷 嚴严 囑嘱 夾夹 妝妆 寢寝 峯峰 崢峥 嶄崭 巔巅 師师 帥帅 ' +
  '廂厢 張张 彎弯 彥彦 恆恒 惱恼 慮虑 慘惨 憐怜 憤愤 懲惩 懶懒 拋抛 捨舍 掙挣 摟搂 摯挚 撈捞 撿捡 擡抬 攏拢 敵敌 斃毙 暉晖 ' +
  '曬晒 術术 棄弃 棲栖 槓杠 歎叹 嘆叹 殲歼 煉炼 煩烦 燉炖 燭烛 爛烂 獵猎 瑪玛 璽玺 瓊琼 疇畴 盞盏 瞞瞒 矚瞩 禦御 稈秆 竄窜 ' +
  '竅窍 筍笋 箋笺 糞粪 羨羡 聳耸 脈脉 脅胁 脫脱 腸肠 膩腻 艷艳 豔艳 蓮莲 蔭荫 蕪芜 薈荟 藹蔼 蘊蕴 虜虏 蛻蜕 蝸蜗 螞蚂 蠻蛮 ' +
  '躋跻 辮辫 迴回 醞酝 釀酿 隕陨 隸隶 雛雏 靚靓 韌韧 骯肮 鄒邹 鄺邝 葦苇 韋韦 鞏巩 譚谭 盧卢 龔龚 聶聂 駱骆 繆缪 婁娄 竇窦 ' +
  '欒栾 荊荆 諶谌 藺蔺 亞亚 僕仆 儘尽 兒儿 兌兑 凱凯 凍冻 剝剥 劑剂 勻匀 匱匮 厙厍 叄叁 嗚呜 嚇吓 噹当 墮堕 壘垒 奐奂 孿孪 ' +
  '寵宠 屜屉 嶇岖 巒峦 幟帜 廄厩 彠彟 徠徕 悅悦 惲恽 愴怆 慟恸 慫怂 憫悯 懺忏 戧戗 戩戬 摑掴 撻挞 擄掳 擱搁 攢攒 敘叙 斕斓 ' +
  '昇升 暱昵 曄晔 杴锨 棗枣 棖枨 楨桢 榪杩 槧椠 樺桦 橈桡 檻槛 櫓橹 殤殇 氬氩 滎荥 漚沤 灄滠 烴烃 燁烨 燼烬 牘牍 犢犊 玨珏 ' +
  '琺珐 瑣琐 璣玑 璦瑷 甌瓯 癒愈 癱瘫 皚皑 眥眦 睞睐 瞼睑 碭砀 磯矶 禱祷 稟禀 穢秽 窩窝 窯窑 竪竖 筧笕 簞箪 紂纣 紈纨 絃弦 ' +
  '綏绥 緹缇 縊缢 繚缭 罌罂 翬翚 聵聩 膾脍 艤舣 苧苎 萊莱 蒔莳 蓀荪 蔞蒌 薊蓟 蘄蕲 虯虬 蟄蛰 蠅蝇 蠍蝎 裊袅 覥觍 訌讧 訕讪 ' +
  '詬诟 誣诬 諫谏 謗谤 賅赅 賡赓 趙赵 蹌跄 躉趸 軋轧 軔轫 輥辊 轆辘 迺乃 邇迩 鄴邺 酈郦 醜丑 鈕钮 鈸钹 鉸铰 銬铐 鋇钡 錚铮 ' +
  '鍥锲 鎂镁 鏗铿 鐸铎 鑣镳 閂闩 閡阂 閬阆 隉陧 靄霭 靦腼 韁缰 頊顼 頰颊 颶飓 餞饯 饌馔 駟驷 驍骁 骾鲠 髏髅 鬢鬓 魘魇 鯁鲠 ' +
  '鴕鸵 鵑鹃 鶉鹑 鷂鹞 黌黉 黷黩 齟龃 齣出 龕龛';

/** For each UTF-16 code, its Simplified code, or 0: one look per character (a page's text may be a megabyte long). */
let simplifiedCodes: Uint16Array | undefined;

/** `text` with its Traditional characters in their Simplified form; the same string when it has none. */
export function toSimplified(text: string): string {
  if (!simplifiedCodes) {
    simplifiedCodes = new Uint16Array(0x10000);
    for (const [traditional, simplified] of pairMap(TRADITIONAL_PAIRS)) simplifiedCodes[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
  }
  const table = simplifiedCodes;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const simplified = table[text.charCodeAt(i)];
    if (simplified === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(simplified);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * A fold by a few of the pairs (`pairs` written like TRADITIONAL_PAIRS), with a small map: for the quick check,
 * which runs in every page, reads a few thousand characters and carries only the pairs it needs, not a table of
 * every code.
 */
export function foldWith(pairs: string): (text: string) => string {
  let simplified: Map<string, string> | undefined;
  return (text) => {
    simplified ??= pairMap(pairs);
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) < 0x3400) continue;
      const s = simplified.get(text[i]);
      if (s === undefined) continue;
      out += text.slice(from, i) + s;
      from = i + 1;
    }
    return from === 0 ? text : out + text.slice(from);
  };
}

function pairMap(pairs: string): Map<string, string> {
  return new Map(pairs.split(' ').map((pair) => [pair[0], pair[1]]));
}
