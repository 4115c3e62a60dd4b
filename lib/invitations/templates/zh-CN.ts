import type { LanguageTemplate } from './template';

export const zhCN: LanguageTemplate = {
  language: 'zh-CN',
  genericCreator: '达人',
  listSeparator: '；',
  briefHeading: '内容要求：',
  sampleHeading: '样品：',
  productWithRates: '{name}（{rates}）',
  commissionRate: '佣金 {rate}',
  adsCommissionRate: '广告佣金 {rate}',
  rateSeparator: '，',
  disclosureTag: '#广告',
  body: `{creator}你好！

诚邀你参加我们的合作「{collaboration}」。
商品及佣金：{products}。
合作截止日期：{endDate}。
合作约定：
- 发布 {videos} 条带货短视频
- 进行 {lives} 场直播并置顶商品链接
- 接受邀约后 {postingWindowDays} 天内发布
- 免费样品：收到样品后 {samplePostingDays} 天内发布
- 请先提交脚本或成片，我们会在 {reviewHours} 小时内反馈
- 固定费用：{flatFeeUsd} 美元，推广期 {promotionDays} 天
- 审核后最多修改 {editRounds} 轮
- 内容使用：{usage}
- 未按约定发布：{breach}
- 连续 {stopLossConsecutive} 条视频或直播 ROI 低于 {stopLossRoi}，双方均可终止合作
- 请标注为商业合作（{disclosureTag}）
{briefHeading}
- 核心卖点：{sellingPoints}
- 必须展示：{mustShow}
- 话题标签：{hashtags}
- 商品链接：{productLink}
- 视频时长：约 {videoSeconds} 秒
- 请在 {postBy} 前发布
{sampleHeading}
- 每位达人 {sampleQuantity} 件
- 寄样方式：{sampleShipping}
- 运费：{shippingPaidBy}
联系邮箱：{email}
谢谢！`,
  usage: {
    none: '我们不会二次使用你的视频',
    organic: '我们可在店铺账号转发你的视频，期限 {days} 天',
    'organic-and-ads': '我们可转发你的视频并用于广告投放，期限 {days} 天',
  },
  breach: {
    'pay-sample-cost': '需承担样品费用',
    'return-sample': '需退回样品',
    'end-collaboration': '合作终止',
  },
  shipping: {
    'sample-request': '在 TikTok Shop 申请免费样品，我们审核后寄出',
    'seller-ships': '我们直接寄样给你',
    'buy-and-refund': '你在店铺下单购买，发布后我们全额返款',
  },
  shippingPaidBy: {
    seller: '由我们承担',
    creator: '由你承担',
  },
};
