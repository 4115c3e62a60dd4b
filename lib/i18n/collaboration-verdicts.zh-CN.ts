import type { collaborationVerdictsEn } from './collaboration-verdicts.en';

/** 达人合作中影响达人评估的文案（预警、公式、无法计算的原因、已终止标记），达人卡片只带这些。 */
export const collaborationVerdictsZhCN: Record<keyof typeof collaborationVerdictsEn, string> = {
  'collab.formula.roi': 'ROI = (GMV − 退款) ÷ 成本；成本 = 佣金 + 坑位费 + 样品 + 运费',
  'collab.formula.gpm': 'GPM = GMV ÷ 播放量 × 1,000',
  'collab.reason.missing-gmv': '未填写 GMV',
  'collab.reason.missing-cost': '未填写成本',
  'collab.reason.zero-cost': '成本为 0，无法计算 ROI',
  'collab.reason.missing-views': '未填写播放量',
  'collab.reason.zero-views': '播放量为 0，无法计算 GPM',
  'collab.reason.out-of-range': '数值过大，无法计算',
  'collab.flag.high-views-low-gpm': '高曝光低转化：播放 {views}，GPM 仅 {gpm} {currency}，低于 {gpmFloor}。',
  'collab.flag.gmv-without-refunds': 'GMV {gmv} {currency} 尚未填写退款/退货：暂不可全信。',
  'collab.flag.high-refund-share': '退款/退货占 GMV 的 {refundPercent}%（{thresholdPercent}% 起预警）。',
  'collab.flag.terminated-low-roi': '曾因 ROI 不达标终止与该达人的合作。',
  'collab.flag.stop-loss-triggered': '已触发止损：连续 {consecutiveCount} 场 ROI 低于 {threshold}。',
  'collab.flag.sample-never-posted': '收到样品后未在期限内发布。',
  'collab.reason.low-roi': 'ROI 过低',
  'collab.reason.sample-not-posted': '收样未发布',
  'collab.reason.content-issue': '内容问题',
  'collab.reason.other': '其他',
};
