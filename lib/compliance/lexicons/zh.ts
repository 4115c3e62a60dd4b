import type { LexiconEntry } from '../types';

/**
 * Chinese (simplified and traditional). Entries are written in simplified characters; the text is
 * mapped character by character from traditional to simplified before matching, so 全網最低 and
 * 全网最低 hit the same entry. Bare 第一 / 最好 / 唯一 are left out on purpose: 第一次 ("the first
 * time") and 你最好… ("you had better…") are everyday words, not claims.
 */

/** Traditional → simplified for every character the Chinese entries use (1:1, index-preserving). */
const PAIRS =
  '網网價价極极頂顶療疗癒愈銷销對对絕绝證证藥药醫医級级無无優优選选國国專专寶宝' +
  '質质賣卖東东貨货勝胜淨净膚肤減减體体週周內内單单產产廠厂僅仅獨独貴贵牌牌買买' +
  '傳传統统彈弹錢钱誌志權权類类聯联轉转說说這这種种實实別别濕湿皺皱紋纹斑斑癢痒' +
  '淚泪鬆松緊紧長长髮发隻只個个從从後后會会來来為为發发與与齊齐經经驗验處处應应' +
  '劑剂數数據据廣广告告標标準准層层專专業业領领導导軍军冠冠連连續续總总額额讓让' +
  '寶宝淘淘拼拼多多蝦虾皮皮東东億亿萬万兩两樂乐趣趣誇夸張张亞亚馬马遜逊' +
  '號号帳账戶户讓让售售暫暂停停廣广碼码遺遗傳传練练員员護护區区縣县開开館馆師师紀纪錄录個个見见顯显斤斤';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const t = chars[i]!;
    const s = chars[i + 1]!;
    if (t !== s) map.set(t, s);
  }
  return map;
})();

const SEED = 'seed: 常见坑 #2 夸大宣传语（如“全网最低”）';
const DOUYIN = 'market.md §Content policy: 抖音 不规范用语 极限用语 (maijiaw.com/article/548952)';
const VN_PLATFORM = 'market.md §Content policy: comparisons with other products/e-commerce sites (seller-vn 4924400659498754)';
const AD_LAW_9 = '《中华人民共和国广告法》第九条（三）：不得使用“国家级”“最高级”“最佳”等用语';
const AD_LAW_HEALTH = '《中华人民共和国广告法》第十六条、第十八条：不得含有表示功效、安全性的断言或者保证';

/** Time units and effects of "N天见效" (results promised within a time). */
const CN_NUMBER = '(?:[0-9]{1,3}|[一二三四五六七八九十两半]{1,3})';
const CN_TIME = '(?:天|日|周|星期|个月|小时|分钟)';
const CN_EFFECT = '(?:见效|显效|出效果|有效果|美白|变白|白一个度|祛痘|去痘|消痘|祛斑|淡斑|去皱|瘦|掉秤|生发|长发|治好|痊愈)';

export const ZH_LEXICON: readonly LexiconEntry[] = [
  { id: 'zh.lowest-network', category: 'price', phrases: ['全网最低', '全网最便宜', '全网最低价', '史上最低', '史上最低价'], source: 'seed', ref: SEED },
  { id: 'zh.lowest-price', category: 'price', phrases: ['最低价', '最便宜', '价格最低', '全网底价'], source: 'research/market.md', ref: DOUYIN },
  {
    id: 'zh.first-rank',
    category: 'superlative',
    // 第一 only with what it ranks: 第一次 (the first time), 安全第一 (safety first) are not claims
    phrases: ['全网第一', '销量第一', '排名第一', '第一品牌', '行业第一', '效果第一', '口碑第一', '人气第一', '好评第一', '回购率第一', '同类第一', '品类第一', '全国销量冠军', '销量冠军', '全球首发', '全网首发', '全国首家'],
    source: 'research/market.md',
    ref: DOUYIN,
  },
  {
    id: 'zh.best',
    category: 'superlative',
    phrases: ['全网最好', '效果最好', '质量最好', '最好用', '最佳', '最优秀', '最高级', '最先进', '最有效', '最安全', '全球级', '宇宙级', '世界级', '顶级', '极品', '独一无二', '仅此一家', '世界领先', '行业领先'],
    exceptAfter: ['拍档', '搭档'],
    source: 'research/market.md',
    ref: DOUYIN,
  },
  {
    id: 'zh.national-grade',
    category: 'superlative',
    phrases: ['国家级'],
    // titles and places the state grades (国家级运动员, 国家级非遗传承人, 国家级自然保护区) are credentials, not product claims
    exceptAfter: ['运动员', '健将', '裁判', '教练', '非遗', '非物质文化遗产', '传承人', '演员', '大师', '技能大师', '荣誉', '比赛', '赛事', '自然保护区', '保护区', '景区', '风景名胜区', '博物馆', '新区', '开发区', '高新区', '贫困县', '一级', '二级'],
    source: 'advertising-law',
    ref: AD_LAW_9,
  },
  {
    id: 'zh.cure',
    category: 'efficacy',
    phrases: ['根治', '治愈', '药到病除', '百分百有效', '100%有效', '永不反弹', '永不复发', '无副作用', '零副作用', '立刻见效', '立即见效', '一次见效', '当天见效', '立竿见影', '包治', '保证有效', '保证见效', '无效退款', '绝对有效'],
    source: 'PRODUCT.md',
    ref: 'PRODUCT.md §1 P2 (cure claims); market.md §Content policy (VN/ID miracle/cure claims)',
  },
  {
    id: 'zh.safety-guarantee',
    category: 'efficacy',
    phrases: ['绝对安全', '百分百安全', '100%安全', '绝对无害', '永久美白', '永久祛斑', '永久去除', '永久脱毛'],
    source: 'advertising-law',
    ref: AD_LAW_HEALTH,
  },
  {
    id: 'zh.days-to-effect',
    category: 'efficacy',
    phrases: [],
    patterns: [
      {
        // N天见效, 7天美白, 三天祛痘, 一周瘦5斤 — an effect promised within a time (7天无理由退货 is a return policy: no effect word)
        source: `${CN_NUMBER}[\\s]{0,2}${CN_TIME}(?:内|之内|就|即可|便)?[\\s]{0,2}${CN_EFFECT}`,
        first: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '半'],
        afterNumber: '天日周星个小分',
      },
    ],
    source: 'advertising-law',
    ref: `${AD_LAW_HEALTH}; market.md §Content policy: "unrealistic timelines" (seller-th 4881274146408193), "หน้าใสใน 3 วัน"`,
  },
  {
    id: 'zh.other-platform',
    category: 'platform',
    phrases: [],
    patterns: [
      {
        // 比淘宝/拼多多/京东/shopee… (还/更)便宜 — a price comparison with another platform
        source: '比[\\s\\p{P}]{0,3}(?:淘宝|拼多多|京东|天猫|虾皮|shopee|lazada|tokopedia|亚马逊|amazon)[\\s\\p{P}]{0,3}(?:还|更)?[\\s\\p{P}]{0,3}(?:便宜|实惠|划算)',
        first: ['比'],
      },
    ],
    source: 'research/market.md',
    ref: VN_PLATFORM,
  },
];
