/**
 * The collaborations' texts that reach a creator's assessment (their flags, formulas, the reasons a
 * figure is missing, the ended-collaboration mark): the creator card carries these (lib/i18n/overlay.ts)
 * and not the rest of the collaboration screens' texts. Part of lib/i18n/collaborations.en.ts.
 */
export const collaborationVerdictsEn = {
  'collab.formula.roi': 'ROI = (GMV − refunds) ÷ cost; cost = commission + fee + sample + shipping',
  'collab.formula.gpm': 'GPM = GMV ÷ views × 1,000',
  'collab.reason.missing-gmv': 'No GMV entered',
  'collab.reason.missing-cost': 'No cost entered',
  'collab.reason.zero-cost': 'Cost is 0: ROI cannot be divided by it',
  'collab.reason.missing-views': 'No views entered',
  'collab.reason.zero-views': 'No views: GPM cannot be divided by 0',
  'collab.reason.out-of-range': 'Figures too large to compute',
  'collab.flag.high-views-low-gpm':
    'High views, low conversion: {views} views but GPM {gpm} {currency}, below {gpmFloor}.',
  'collab.flag.gmv-without-refunds': 'GMV of {gmv} {currency} without refunds or returns entered: do not trust it yet.',
  'collab.flag.high-refund-share': 'Refunds and returns are {refundPercent}% of GMV (warning from {thresholdPercent}%).',
  'collab.flag.terminated-low-roi': 'You ended a collaboration with this creator for low ROI.',
  'collab.flag.stop-loss-triggered':
    'Stop-loss reached: {consecutiveCount} consecutive results below ROI {threshold}.',
  'collab.flag.sample-never-posted': 'Received a sample and never posted it within the deadline.',
  'collab.reason.low-roi': 'Low ROI',
  'collab.reason.sample-not-posted': 'Sample never posted',
  'collab.reason.content-issue': 'Content issue',
  'collab.reason.other': 'Other',
} as const;
