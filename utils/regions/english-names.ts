/**
 * English (pinyin or customary) names of the province-level and prefecture-level divisions, as
 * English-language news writes them: "Suining, Sichuan province", "Chongqing", "Inner Mongolia". Names that
 * two places share (Taizhou, Suzhou, Fuzhou, Yichun, Yulin) are listed under both; the resolver picks by context.
 * Keyed by GB/T 2260 code; several spellings per place where the press uses more than one. The
 * divisions package carries Chinese names only, so this table is kept by hand; county-level names
 * would need a pinyin dictionary (see the README).
 */
/**
 * Hong Kong's districts and areas have no GB/T 2260 codes of their own: a Hong Kong government release names
 * them ("in Yuen Long") and never the SAR itself, so they stand for 810000. Only names that are no everyday
 * English word (not Islands, Southern, Eastern, Central).
 */
const HONG_KONG_DISTRICTS = [
  'Yuen Long', 'Tuen Mun', 'Sha Tin', 'Tai Po', 'Tsuen Wan', 'Kwai Tsing', 'Sai Kung', 'Kwun Tong', 'Wong Tai Sin',
  'Sham Shui Po', 'Yau Tsim Mong', 'Kowloon City', 'Wan Chai', 'Kowloon', 'New Territories', 'Lantau',
];

export const ENGLISH_NAMES: Record<string, string[]> = {
  '110000': ['Beijing'], '120000': ['Tianjin'], '130000': ['Hebei'], '140000': ['Shanxi'], '150000': ['Inner Mongolia'],
  '210000': ['Liaoning'], '220000': ['Jilin'], '230000': ['Heilongjiang'], '310000': ['Shanghai'], '320000': ['Jiangsu'],
  '330000': ['Zhejiang'], '340000': ['Anhui'], '350000': ['Fujian'], '360000': ['Jiangxi'], '370000': ['Shandong'],
  '410000': ['Henan'], '420000': ['Hubei'], '430000': ['Hunan'], '440000': ['Guangdong'], '450000': ['Guangxi'],
  '460000': ['Hainan'], '500000': ['Chongqing'], '510000': ['Sichuan'], '520000': ['Guizhou'], '530000': ['Yunnan'],
  '540000': ['Tibet', 'Xizang'], '610000': ['Shaanxi'], '620000': ['Gansu'], '630000': ['Qinghai'], '640000': ['Ningxia'],
  '650000': ['Xinjiang'], '710000': ['Taiwan'], '810000': ['Hong Kong', ...HONG_KONG_DISTRICTS], '820000': ['Macao', 'Macau'],
  '130100': ['Shijiazhuang'], '130200': ['Tangshan'], '130300': ['Qinhuangdao'], '130400': ['Handan'], '130500': ['Xingtai'],
  '130600': ['Baoding'], '130700': ['Zhangjiakou'], '130800': ['Chengde'], '130900': ['Cangzhou'], '131000': ['Langfang'],
  '131100': ['Hengshui'], '140100': ['Taiyuan'], '140200': ['Datong'], '140300': ['Yangquan'], '140400': ['Changzhi'],
  '140500': ['Jincheng'], '140600': ['Shuozhou'], '140700': ['Jinzhong'], '140800': ['Yuncheng'], '140900': ['Xinzhou'],
  '141000': ['Linfen'], '141100': ['Lvliang', 'Luliang'], '150100': ['Hohhot'], '150200': ['Baotou'], '150300': ['Wuhai'],
  '150400': ['Chifeng'], '150500': ['Tongliao'], '150600': ['Ordos'], '150700': ['Hulunbuir'], '150800': ['Bayannur'],
  '150900': ['Ulanqab'], '152200': ['Hinggan'], '152500': ['Xilingol'], '152900': ['Alxa'],
  '210100': ['Shenyang'], '210200': ['Dalian'], '210300': ['Anshan'], '210400': ['Fushun'], '210500': ['Benxi'],
  '210600': ['Dandong'], '210700': ['Jinzhou'], '210800': ['Yingkou'], '210900': ['Fuxin'], '211000': ['Liaoyang'],
  '211100': ['Panjin'], '211200': ['Tieling'], '211400': ['Huludao'], '220100': ['Changchun'],
  '220200': ['Jilin', 'Jilin City'], '220300': ['Siping'], '220400': ['Liaoyuan'], '220500': ['Tonghua'], '220600': ['Baishan'],
  '220700': ['Songyuan'], '220800': ['Baicheng'], '222400': ['Yanbian'], '230100': ['Harbin'], '230200': ['Qiqihar'],
  '230300': ['Jixi'], '230400': ['Hegang'], '230500': ['Shuangyashan'], '230600': ['Daqing'], '230700': ['Yichun'],
  '230800': ['Jiamusi'], '230900': ['Qitaihe'], '231000': ['Mudanjiang'], '231100': ['Heihe'], '231200': ['Suihua'],
  '232700': ['Da Hinggan Ling', 'Greater Khingan'],
  '320100': ['Nanjing'], '320200': ['Wuxi'], '320300': ['Xuzhou'], '320400': ['Changzhou'], '320500': ['Suzhou'],
  '320600': ['Nantong'], '320700': ['Lianyungang'], '320800': ["Huai'an", 'Huaian'], '320900': ['Yancheng'],
  '321000': ['Yangzhou'], '321100': ['Zhenjiang'], '321200': ['Taizhou'], '321300': ['Suqian'],
  '330100': ['Hangzhou'], '330200': ['Ningbo'], '330300': ['Wenzhou'], '330400': ['Jiaxing'], '330500': ['Huzhou'],
  '330600': ['Shaoxing'], '330700': ['Jinhua'], '330800': ['Quzhou'], '330900': ['Zhoushan'], '331000': ['Taizhou'],
  '331100': ['Lishui'], '340100': ['Hefei'], '340200': ['Wuhu'], '340300': ['Bengbu'], '340400': ['Huainan'],
  '340500': ["Ma'anshan", 'Maanshan'], '340600': ['Huaibei'], '340700': ['Tongling'], '340800': ['Anqing'],
  '341000': ['Huangshan'], '341100': ['Chuzhou'], '341200': ['Fuyang'], '341300': ['Suzhou'], '341500': ["Lu'an", 'Luan'],
  '341600': ['Bozhou'], '341700': ['Chizhou'], '341800': ['Xuancheng'], '350100': ['Fuzhou'], '350200': ['Xiamen'],
  '350300': ['Putian'], '350400': ['Sanming'], '350500': ['Quanzhou'], '350600': ['Zhangzhou'], '350700': ['Nanping'],
  '350800': ['Longyan'], '350900': ['Ningde'], '360100': ['Nanchang'], '360200': ['Jingdezhen'], '360300': ['Pingxiang'],
  '360400': ['Jiujiang'], '360500': ['Xinyu'], '360600': ['Yingtan'], '360700': ['Ganzhou'], '360800': ["Ji'an", 'Jian'],
  '360900': ['Yichun'], '361000': ['Fuzhou'], '361100': ['Shangrao'], '370100': ['Jinan'], '370200': ['Qingdao'],
  '370300': ['Zibo'], '370400': ['Zaozhuang'], '370500': ['Dongying'], '370600': ['Yantai'], '370700': ['Weifang'],
  '370800': ['Jining'], '370900': ["Tai'an", 'Taian'], '371000': ['Weihai'], '371100': ['Rizhao'], '371300': ['Linyi'],
  '371400': ['Dezhou'], '371500': ['Liaocheng'], '371600': ['Binzhou'], '371700': ['Heze'],
  '410100': ['Zhengzhou'], '410200': ['Kaifeng'], '410300': ['Luoyang'], '410400': ['Pingdingshan'], '410500': ['Anyang'],
  '410600': ['Hebi'], '410700': ['Xinxiang'], '410800': ['Jiaozuo'], '410900': ['Puyang'], '411000': ['Xuchang'],
  '411100': ['Luohe'], '411200': ['Sanmenxia'], '411300': ['Nanyang'], '411400': ['Shangqiu'], '411500': ['Xinyang'],
  '411600': ['Zhoukou'], '411700': ['Zhumadian'], '420100': ['Wuhan'], '420200': ['Huangshi'], '420300': ['Shiyan'],
  '420500': ['Yichang'], '420600': ['Xiangyang'], '420700': ['Ezhou'], '420800': ['Jingmen'], '420900': ['Xiaogan'],
  '421000': ['Jingzhou'], '421100': ['Huanggang'], '421200': ['Xianning'], '421300': ['Suizhou'], '422800': ['Enshi'],
  '430100': ['Changsha'], '430200': ['Zhuzhou'], '430300': ['Xiangtan'], '430400': ['Hengyang'], '430500': ['Shaoyang'],
  '430600': ['Yueyang'], '430700': ['Changde'], '430800': ['Zhangjiajie'], '430900': ['Yiyang'], '431000': ['Chenzhou'],
  '431100': ['Yongzhou'], '431200': ['Huaihua'], '431300': ['Loudi'], '433100': ['Xiangxi'],
  '440100': ['Guangzhou'], '440200': ['Shaoguan'], '440300': ['Shenzhen'], '440400': ['Zhuhai'], '440500': ['Shantou'],
  '440600': ['Foshan'], '440700': ['Jiangmen'], '440800': ['Zhanjiang'], '440900': ['Maoming'], '441200': ['Zhaoqing'],
  '441300': ['Huizhou'], '441400': ['Meizhou'], '441500': ['Shanwei'], '441600': ['Heyuan'], '441700': ['Yangjiang'],
  '441800': ['Qingyuan'], '441900': ['Dongguan'], '442000': ['Zhongshan'], '445100': ['Chaozhou'], '445200': ['Jieyang'],
  '445300': ['Yunfu'], '450100': ['Nanning'], '450200': ['Liuzhou'], '450300': ['Guilin'], '450400': ['Wuzhou'],
  '450500': ['Beihai'], '450600': ['Fangchenggang'], '450700': ['Qinzhou'], '450800': ['Guigang'], '450900': ['Yulin'],
  '451000': ['Baise'], '451100': ['Hezhou'], '451200': ['Hechi'], '451300': ['Laibin'], '451400': ['Chongzuo'],
  '460100': ['Haikou'], '460200': ['Sanya'], '460300': ['Sansha'], '460400': ['Danzhou'],
  '510100': ['Chengdu'], '510300': ['Zigong'], '510400': ['Panzhihua'], '510500': ['Luzhou'], '510600': ['Deyang'],
  '510700': ['Mianyang'], '510800': ['Guangyuan'], '510900': ['Suining'], '511000': ['Neijiang'], '511100': ['Leshan'],
  '511300': ['Nanchong'], '511400': ['Meishan'], '511500': ['Yibin'], '511600': ["Guang'an", 'Guangan'], '511700': ['Dazhou'],
  '511800': ["Ya'an", 'Yaan'], '511900': ['Bazhong'], '512000': ['Ziyang'], '513200': ['Ngawa', 'Aba'],
  '513300': ['Garze', 'Ganzi'], '513400': ['Liangshan'], '520100': ['Guiyang'], '520200': ['Liupanshui'],
  '520300': ['Zunyi'], '520400': ['Anshun'], '520500': ['Bijie'], '520600': ['Tongren'], '522300': ['Qianxinan'],
  '522600': ['Qiandongnan'], '522700': ['Qiannan'], '530100': ['Kunming'], '530300': ['Qujing'], '530400': ['Yuxi'],
  '530500': ['Baoshan'], '530600': ['Zhaotong'], '530700': ['Lijiang'], '530800': ["Pu'er", 'Puer'], '530900': ['Lincang'],
  '532300': ['Chuxiong'], '532500': ['Honghe'], '532600': ['Wenshan'], '532800': ['Xishuangbanna'], '532900': ['Dali'],
  '533100': ['Dehong'], '533300': ['Nujiang'], '533400': ['Diqing'], '540100': ['Lhasa'], '540200': ['Shigatse', 'Xigaze'],
  '540300': ['Qamdo', 'Chamdo'], '540400': ['Nyingchi'], '540500': ['Shannan', 'Lhoka'], '540600': ['Nagqu'], '542500': ['Ngari'],
  '610100': ["Xi'an", 'Xian'], '610200': ['Tongchuan'], '610300': ['Baoji'], '610400': ['Xianyang'], '610500': ['Weinan'],
  '610600': ["Yan'an", 'Yanan'], '610700': ['Hanzhong'], '610800': ['Yulin'], '610900': ['Ankang'], '611000': ['Shangluo'],
  '620100': ['Lanzhou'], '620200': ['Jiayuguan'], '620300': ['Jinchang'], '620400': ['Baiyin'], '620500': ['Tianshui'],
  '620600': ['Wuwei'], '620700': ['Zhangye'], '620800': ['Pingliang'], '620900': ['Jiuquan'], '621000': ['Qingyang'],
  '621100': ['Dingxi'], '621200': ['Longnan'], '622900': ['Linxia'], '623000': ['Gannan'], '630100': ['Xining'],
  '630200': ['Haidong'], '632200': ['Haibei'], '632300': ['Huangnan'], '632500': ['Hainan Tibetan'], '632600': ['Golog'],
  '632700': ['Yushu'], '632800': ['Haixi'], '640100': ['Yinchuan'], '640200': ['Shizuishan'], '640300': ['Wuzhong'],
  '640400': ['Guyuan'], '640500': ['Zhongwei'], '650100': ['Urumqi'], '650200': ['Karamay'], '650400': ['Turpan'],
  '650500': ['Hami'], '652300': ['Changji'], '652700': ['Bortala'], '652800': ['Bayingolin'], '652900': ['Aksu'],
  '653000': ['Kizilsu'], '653100': ['Kashgar', 'Kashi'], '653200': ['Hotan'], '654000': ['Ili'], '654200': ['Tacheng'],
  '654300': ['Altay'],
  // County-level cities whose English names come from Uygur or Mongolian, not from the pinyin of their Chinese
  // names, which the gazetteer makes for every county: border ports and oil towns the press names often.
  '654004': ['Horgos', 'Khorgos'], '652801': ['Korla'], '652902': ['Kuqa', 'Kucha'], '152501': ['Erenhot'],
  '150702': ['Hailar'], '632801': ['Golmud'],
};
