import type { assessmentEn } from './assessment.en';

export const assessmentZhCN: Record<keyof typeof assessmentEn, string> = {
  'formula.likesPerFollower': '累计获赞 ÷ 粉丝数',
  'formula.followersPerVideo': '粉丝数 ÷ 作品数',
  'flag.low-likes-per-follower': '获赞与粉丝不匹配：每位粉丝累计获赞 {likesPerFollower}（低于 {threshold}）。买来的粉丝不会点赞。',
  'flag.high-followers-per-video': '每条作品对应 {followersPerVideo} 粉丝（高于 {threshold}）：内容很少却粉丝很多。',
  'flag.mass-following': '关注了 {following} 个账号（高于 {threshold}）：疑似互关涨粉。',
  'tier.nano': '纳米',
  'tier.micro': '微型',
  'tier.mid': '中型',
  'tier.macro': '大型',
  'tier.mega': '超大型',
  'merchantTier.head': '头部',
  'merchantTier.waist': '腰部',
  'merchantTier.tail': '尾部',
  'merchantTier.koc': '素人',
  'confidence.none': '无数据',
  'confidence.profile': '仅主页数据',
  'confidence.views': '仅播放量',
  'confidence.full': '完整作品数据',
  'confidence.commerce': '含带货数据',
};
