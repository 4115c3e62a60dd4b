/**
 * Assessment texts: figures' formulas, flags' messages, caveats and "not enough data" reasons.
 * Placeholders: {name}, filled from the flag's evidence / the figure's inputs.
 */
export const assessmentEn = {
  // Formulas (figure.formulaKey)
  'formula.likesPerFollower': 'Lifetime likes ÷ followers',
  'formula.followersPerVideo': 'Followers ÷ videos posted',
  'formula.viewRate': 'Median views of recent videos ÷ followers (non-pinned videos older than 3 days)',
  'formula.commentsPerLike': 'Sum of comments ÷ sum of likes over the recent videos',
  'formula.engagementPerView':
    'Median over recent videos of (likes + comments + shares) ÷ views (non-pinned, older than 3 days)',
  'formula.engagementPerFollower':
    'Per-follower engagement: median (likes + comments + shares) per recent video ÷ followers, compared with the tier benchmark (SociaVault 2025)',
  'formula.medianToMeanViews': 'Median views ÷ mean views over the recent videos (1 = even; low = one video carries the rest)',
  'formula.topVideoShare': 'Views of the most-viewed recent video ÷ views of all recent videos',
  'formula.daysSinceLastPost': 'Days from the newest video to the visit',
  'formula.postsPerWeek': 'Videos posted in the last {windowDays} days before the visit × 7 ÷ {windowDays}',
  'formula.followerGrowth': 'Followers at this visit − followers at the previous visit',
  'formula.likesGrowth': 'Lifetime likes at this visit − lifetime likes at the previous visit',
  'formula.gmv': 'GMV as the Affiliate Center shows it (no refunds or returns deducted)',
  'formula.averageOrderValue': 'GMV ÷ units sold',
  'formula.gpm': 'GPM: GMV per 1,000 views, as the Affiliate Center shows it',
  'formula.marketFit':
    'Weighted share of evidence matching the target market: audience ×3, region ×2, video locations ×2, caption languages ×2, app language ×1',

  // Flags (flag.messageKey)
  'flag.low-likes-per-follower':
    'Few likes for the audience: {likesPerFollower} lifetime likes per follower (below {threshold}). Bought followers do not like videos.',
  'flag.high-followers-per-video':
    '{followersPerVideo} followers per video (above {threshold}): a large audience from very little content ({followers} followers, {videos} videos).',
  'flag.mass-following': 'Follows {following} accounts (above {threshold}): a mass follow-for-follow pattern.',
  'flag.low-view-rate':
    'Videos reach few of the followers: median {medianViews} views for {followers} followers (ratio {viewRate}, at or below {threshold} on an account of {minFollowers}+). Typical is about 0.14.',
  'flag.low-engagement-large-account':
    'Per-follower engagement {engagementPerFollower} is below {threshold} on an account with {followers} followers (more than {minFollowers}).',
  'flag.low-comments-per-like':
    'Few comments: {comments} comments for {likes} likes (ratio {commentsPerLike}, below {threshold} = 1:100). Likes without conversation can be bought.',
  'flag.engagement-below-tier':
    'Per-follower engagement {engagementPerFollower} is below the {tier} tier’s 25th percentile ({tierP25}; median {tierMedian}).',
  'flag.viral-carried':
    'One video carries the account: mean views {meanViews} are {skew}× the median {medianViews} (threshold {threshold}×; top video {topViews} views). Expect the median, not the hit.',
  'flag.inactive': 'No new video for {daysSinceLastPost} days (more than {threshold}).',
  'flag.weak-posting': 'Posts {postsPerWeek} videos a week over the last {windowDays} days (below {threshold}).',
  'flag.follower-jump':
    'Followers jumped by at least {gain} (+{gainPct}%) in {days} days ({from} → {to}) and the {windowVideos} videos posted then drew only {windowViews} views: not explained by a viral video.',
  'flag.follower-jump-unchecked':
    'Followers jumped by at least {gain} (+{gainPct}%) in {days} days ({from} → {to}); no dated videos were visible to check for a viral video.',
  'flag.likes-jump':
    'Lifetime likes jumped by at least {gain} (+{gainPct}%) in {days} days ({from} → {to}), more than the {windowVideos} videos posted then ({windowViews} views) could bring.',
  'flag.follower-drop':
    'Followers dropped by at least {drop} (−{dropPct}%) in {days} days ({from} → {to}): TikTok removing fake followers looks like this.',
  'flag.not-commerce-account': 'Not a commerce (shop-enabled) account yet.',
  'flag.category-mismatch': 'Creator’s categories ({creatorCategories}) do not include yours ({category}).',
  'flag.gmv-without-refunds':
    'GMV {gmv} {currency} is shown without refunds or returns: weigh it against your own order and return data before trusting it.',
  'flag.high-views-low-gpm':
    'Views without sales: GPM {gpm} {currency} (below your {threshold}) at {medianViews} median views.',
  'flag.restricted-category':
    'Your category “{category}” is restricted or invite-only ({restriction}) for {market}: check qualification before inviting. Source: {ref}.',
  'flag.audience-elsewhere': 'Only {audienceShare}% of the audience is in {market} (below {threshold}%).',
  'flag.region-mismatch': 'Creator’s region is {region}, not {market}.',
  'flag.videos-elsewhere': 'Only {share}% of {videos} located videos were made in {market}; most in {topLocation}.',
  'flag.caption-language-mismatch':
    'Only {share}% of {videos} captions are in {market}’s languages ({expected}); most are in {topLanguage}.',
  'flag.app-language-mismatch': 'The creator’s app language is {language}, not one of {market}’s ({expected}). A weak signal on its own.',
  'flag.banned-claim-bio': 'The bio makes a banned claim ({category}, {language}): “{phrase}” ({hits} found).',
  'flag.banned-claim-captions':
    'Captions make banned claims ({category}, {language}): “{phrase}” and more — {hits} found in {videos} videos.',

  // Caveats
  'caveat.profile-only':
    'Profile counts only: no video statistics were visible, so engagement and consistency are not judged.',
  'caveat.profile-only-small':
    'Profile counts only on an account under {threshold} followers: such scores are noisy. Open the videos for a fuller reading.',
  'caveat.few-videos': 'Only {videos} recent videos could be judged ({needed} needed for consistency).',
  'caveat.video-dates-unknown': '{videos} videos show no date: some may be younger than 3 days and still gaining views.',
  'caveat.abbreviated-counts': 'Some counts were abbreviated on screen (e.g. 1.2M): flags use the most favourable reading.',
  'caveat.stale-snapshot': 'This visit is {days} days old (more than {threshold}): revisit the profile for current figures.',
  'caveat.videos-left-out': 'Left out of medians: {pinned} pinned and {young} videos younger than 3 days.',

  // Not enough data
  'insufficient.no-snapshot': 'Not enough data: this creator has not been read yet.',
  'insufficient.account-unavailable': 'Not enough data: the account is banned or unavailable.',
  'insufficient.unreadable-page': 'Not enough data: the page could not be read.',
  'insufficient.no-followers-count': 'Not enough data: the page showed no follower count.',
  'insufficient.no-followers': 'Not enough data: the account has no followers.',
  'insufficient.nothing-judgeable': 'Not enough data: nothing on the page could be judged.',

  // Sub-scores and claim categories
  'subScore.authenticity': 'Authenticity',
  'subScore.engagement': 'Engagement',
  'subScore.activity': 'Activity',
  'subScore.consistency': 'Consistency',
  'subScore.commerceFit': 'Commerce fit',
  'subScore.compliance': 'Compliance',
  'subScore.marketFit': 'Market fit',
  'claimCategory.superlative': 'absolute claim',
  'claimCategory.price': 'price claim',
  'claimCategory.efficacy': 'efficacy or medical claim',
  'claimCategory.platform': 'other platform',

  'tier.nano': 'Nano',
  'tier.micro': 'Micro',
  'tier.mid': 'Mid',
  'tier.macro': 'Macro',
  'tier.mega': 'Mega',
  'merchantTier.head': 'Head',
  'merchantTier.waist': 'Waist',
  'merchantTier.tail': 'Tail',
  'merchantTier.koc': 'KOC',
  'confidence.none': 'No data',
  'confidence.profile': 'Profile only',
  'confidence.views': 'Views only',
  'confidence.full': 'Full video stats',
  'confidence.commerce': 'With commerce data',
} as const;
