/**
 * Chinese personal names as bylines print them. A byline line is a handful of names; what tells a
 * name (刘倩言, 沈宇) from a four-character phrase (导师帮带, 蓄势赋能) is its first character: Chinese
 * surnames are a small closed set. The tables below are the common single-character surnames
 * (about 98% of the population) and the compound ones.
 */

const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由洪';

const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐',
  '端木', '独孤', '南宫', '西门', '呼延', '轩辕', '百里', '闻人', '澹台', '宗政', '濮阳', '太史', '申屠', '钟离',
];

const singles = new Set(SINGLE_SURNAMES);

/**
 * Words that pages print alone on a line, as a label or a section's heading, and that start with a surname:
 * 文字稿 (a TV item's transcript), 原文, 全文, 简介. None is a name, though each passes the surname test.
 */
const LABELS_NOT_NAMES = new Set(['文字稿', '文稿', '原文', '全文', '原创', '简介', '文章', '关注', '时间', '来源']);

/** True when `token` reads as one Chinese personal name: a surname and one to two given-name characters. */
export function isChineseName(token: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(token) || LABELS_NOT_NAMES.has(token)) return false;
  if (COMPOUND_SURNAMES.some((s) => token.startsWith(s))) return token.length >= 3;
  return singles.has(token[0]) && token.length <= 3;
}
