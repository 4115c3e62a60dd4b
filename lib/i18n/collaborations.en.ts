/**
 * Collaboration-tracking texts (lib/collaborations). Not merged into lib/i18n/index.ts yet: the
 * wiring adds `...collaborationsEn` there. Keys all start with "collab." so they cannot collide.
 * Placeholders: {name}, filled from a flag's evidence or a reminder's params.
 */
export const collaborationsEn = {
  'collab.formula.roi': 'ROI = (GMV − refunds) ÷ cost; cost = commission + fee + sample + shipping',
  'collab.formula.gpm': 'GPM = GMV ÷ views × 1,000',
  'collab.reason.missing-gmv': 'No GMV entered',
  'collab.reason.missing-cost': 'No cost entered',
  'collab.reason.zero-cost': 'Cost is 0: ROI cannot be divided by it',
  'collab.reason.missing-views': 'No views entered',
  'collab.reason.zero-views': 'No views: GPM cannot be divided by 0',
  'collab.reason.out-of-range': 'Figures too large to compute',
  'collab.provisional': 'Provisional: refunds not entered yet',
  'collab.status.invited': 'Invited',
  'collab.status.accepted': 'Accepted',
  'collab.status.sample-requested': 'Sample requested',
  'collab.status.sample-shipped': 'Sample shipped',
  'collab.status.sample-received': 'Sample received',
  'collab.status.content-submitted': 'Content submitted',
  'collab.status.published': 'Published',
  'collab.status.settled': 'Settled',
  'collab.status.terminated': 'Terminated',
  'collab.status.cancelled': 'Cancelled',
  'collab.deadline.sample-approval': 'Approve or reject the sample request (7 days)',
  'collab.deadline.sample-posting': 'Creator posts after receiving the sample (14 days, +7 if extended)',
  'collab.deadline.content-review': 'Review the submitted content (48 hours)',
  'collab.deadline.settlement-appeal': 'Appeal the disputed settlement (72 hours)',
  'collab.overdue': '{count} overdue',
  'collab.reminder.sample-approval.due-soon': '@{handle} is waiting for your sample decision: due within a day.',
  'collab.reminder.sample-approval.overdue': 'Sample request from @{handle}: the 7 days to approve or reject are over.',
  'collab.reminder.sample-posting.due-soon': '@{handle} should post with your sample within 3 days.',
  'collab.reminder.sample-posting.overdue': '@{handle} has not posted within the sample posting deadline.',
  'collab.reminder.content-review.due-soon': 'Content from @{handle} awaits your review: due within 24 hours.',
  'collab.reminder.content-review.overdue': 'Content review for @{handle} is overdue (48 hours passed).',
  'collab.reminder.settlement-appeal.due-soon': 'Appeal window for @{handle}\'s settlement closes within 24 hours.',
  'collab.reminder.settlement-appeal.overdue': 'The 72-hour appeal window for @{handle}\'s settlement has closed.',
  'collab.reminder.stop-loss':
    'Stop-loss: @{handle} has {count} consecutive results below ROI {threshold}. Consider ending the collaboration.',
  'collab.flag.high-views-low-gpm':
    'High views, low conversion: {views} views but GPM {gpm} {currency}, below {gpmFloor}.',
  'collab.flag.gmv-without-refunds': 'GMV of {gmv} {currency} without refunds or returns entered: do not trust it yet.',
  'collab.flag.high-refund-share': 'Refunds and returns are {refundPercent}% of GMV (warning from {thresholdPercent}%).',
  'collab.flag.terminated-low-roi': 'You ended a collaboration with this creator for low ROI.',
  'collab.flag.stop-loss-triggered':
    'Stop-loss reached: {consecutiveCount} consecutive results below ROI {threshold}.',
  'collab.flag.sample-never-posted': 'Received a sample and never posted it within the deadline.',
} as const;
