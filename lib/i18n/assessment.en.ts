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
  'formula.likesPerVideo': 'Lifetime likes ÷ videos posted',
  'formula.savesPerLike': 'Saves ÷ likes over the recent videos',
  'formula.followersPerDay': 'Followers ÷ days since the account was created ({accountAgeDays} days)',
  'formula.friendCount': 'Mutual follows (friends) as the page states them',
  'formula.ecommerceViewsVsAll': 'Median views of e-commerce videos ÷ median views of all videos (Affiliate Center: {ecommerceMedianViews} vs {medianViews})',
  'formula.followerTrend': 'Follower change over the Affiliate Center’s daily trend ({days} days, {from} → {to})',
  'formula.marketFit':
    'Weighted share of evidence matching the target market: audience ×3, region ×2, video locations ×2, caption languages ×2, app language ×1',

  // Flags (flag.messageKey)
  'flag.followers-outrun-audience': 'Followers outrun the audience — the signs of bought followers:',
  'flagPart.reach': 'median views {medianViews} are {viewRate|pct} of {followers} followers (at or below {reachFloor|pct} is a red flag for this size; warning below twice that)',
  'flagPart.engagementPerFollower':
    'per-follower engagement {engagementPerFollower|pct} is far below this size’s 25th percentile ({tierP25|pct}; half of it: {farBelow|pct})',
  'flagPart.likesPerFollower': 'only {likesPerFollower} lifetime likes per follower (healthy: {likesPerFollowerMin} or more)',
  'flagPart.likesPerVideo':
    '{likesPerVideo} likes per video over {videos} videos is {likesPerVideoShare|pct} of the followers (below {likesPerVideoFloor|pct})',
  'flag.engagement-too-high':
    'Engagement too high to be organic: {engagementPerView|pct} of views (accounts this size rarely pass {tierHigh|pct}; flagged above {implausibleAbove|pct}). Bought likes look like this.',
  'flag.comment-pod':
    'Too many comments for the likes: {commentsPerLike|ratio} comments per like (beyond {threshold|ratio}); {comments} comments on {likes} likes. Comment pods look like this.',
  'flag.views-without-engagement':
    'Views without engagement: median views are {viewRate}× the followers but only {engagementPerView|pct} of viewers engage (below {threshold|pct}). Bought views look like this.',
  'flag.saves-mismatch': 'Saves do not fit: {savesPerLike|ratio} saves per like on the typical video (above {threshold|ratio}).',
  'flag.young-account-fast-growth':
    'A young account that grew fast: {followersPerDay} followers a day over {accountAgeDays|days} days (more than {threshold} a day in its first {youngDays} days).',
  'flag.follower-trend-jump':
    'The Affiliate Center’s follower trend jumps by {gain} (+{gainPct}%) in {days} days ({from} → {to}): check for a viral video before trusting it.',
  'flag.account-for-sale': 'The bio offers the account for sale (“{phrase}”): the audience and the person behind it may change hands.',
  'flag.not-taking-jobs': 'The bio says the creator is not taking jobs now (“{phrase}”).',
  'flag.below-affiliate-minimum': '{followers} followers: below TikTok Shop’s affiliate minimum of {minimum}.',
  'flag.private-account': 'Private account: its videos cannot be seen.',
  'flag.organisation-account': 'An organisation’s account, not a creator’s.',
  'flag.inactive-30d': 'No video posted in the last {windowDays} days (Affiliate Center).',
  'flag.high-followers-per-video':
    '{followersPerVideo} followers per video (above {threshold}): a large audience from very little content ({followers} followers, {videos} videos).',
  'flag.mass-following': 'Follows {following} accounts (above {threshold}): a mass follow-for-follow pattern.',
  'flag.low-comments-per-like':
    'Few comments: {comments} comments for {likes} likes ({commentsPerLike|ratio}, below {threshold|ratio}). Likes without conversation can be bought.',
  'flag.viral-carried':
    'One video carries the account: mean views {meanViews} are {skew}× the median {medianViews} (threshold {threshold}×; top video {topViews} views). Expect the median, not the hit.',
  'flag.inactive': 'No new video for {daysSinceLastPost|days} days (more than {threshold}).',
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

  // Provisional verdicts: what is missing and how to get it
  'provisional.short': 'Provisional',
  'provisional.title': 'Provisional — no grade yet',
  'provisional.profile-counts-only': 'Only profile counts were visible. Open the profile and let its videos load to grade the creator.',
  'provisional.views-without-likes': 'The videos show views but no likes or comments. Reload the profile page so its full video data loads.',
  'provisional.few-dated-videos': 'Fewer than 5 dated videos could be read. Scroll the profile’s videos so more load.',
  'provisional.private-account': 'The account is private: its videos cannot be judged.',
  'provisional.video-page-only': 'A video page shows one video. Open the creator’s profile to see their latest videos.',
  'provisional.affiliate-without-videos': 'The Affiliate Center page states no median views, engagement or 30-day posts. Open the creator’s TikTok profile.',

  // How the score adds up
  'breakdown.title': 'How the score adds up',
  'breakdown.weight': 'weight {weight|pct}',
  'breakdown.notJudged': 'no data',
  'breakdown.base': 'Weighted mean of the judged parts: {base}',
  'breakdown.coverage': 'Data covered {coverage|pct} of the weight.',
  'breakdown.final': 'Score: {score}',
  'cap.authenticity': 'Capped at {limit}: the score may not exceed authenticity by more than 20.',
  'cap.fraud': 'Fraud cap {limit}: a fraud risk was found.',
  'cap.dormancy': 'Dormancy cap {limit}: the creator has stopped posting.',
  'cap.compliance': 'Compliance cap {limit}: a claim that gets content pulled was found.',
  'cap.account-sale': 'Account-sale cap {limit}: the account is offered for sale.',
  'cap.risk': 'Risk cap {limit}: a risk was found.',
  'setting.targetMarket': 'Your target market moved the score by {points} (market fit).',
  'setting.category': 'Your category moved the score by {points} (commerce fit).',

  'setting.thresholds': 'Your scoring thresholds moved the score by {points} (against the defaults).',

  'pitfall.P1': 'fake data',
  'pitfall.P2': 'banned claims',
  'pitfall.P3': 'unwritten terms',
  'pitfall.P4': 'late samples',
  'pitfall.P5': 'unmonitored process',
  'pitfall.P6': 'tax duties',
  'pitfall.P7': 'head-creator reliance',
  'pitfall.P8': 'wrong market',
  'pitfall.P9': 'no stop-loss',
  'pitfall.P10': 'commerce fit',
  'severity.info': 'Note',
  'severity.warn': 'Warning',
  'severity.risk': 'Risk',

  'restricted.title': 'Your category “{category}” is restricted or invite-only{market}: check your qualification before inviting creators.',
  'restricted.inMarket': ' in {market}',
  'restricted.pharma': 'Medicines and medical products',
  'restricted.finance': 'Financial products (loans, insurance, crypto)',
  'restricted.supplements': 'Health supplements and vitamins (certification needed)',
  'restricted.weight-loss': 'Weight-loss products (weight-management claims are banned)',
  'restricted.alcohol-tobacco': 'Alcohol, tobacco and e-cigarettes (prohibited cross-border)',
  'restricted.food': 'Food and drinks (invite-only; prohibited for cross-border sellers)',
  'restricted.baby': 'Baby and children’s products (invite-only)',
  'restricted.beauty': 'Beauty, cosmetics and personal care (restricted in the US)',
  'restricted.jewelry-watches': 'Jewellery and watches (restricted in the US)',
  'restricted.electronics': 'Electricals and electronics (restricted in the US)',
  'restricted.pet-food': 'Pet food and pet medicine',
  'restricted.source': 'Source: {source}. Your market’s Seller Center has the final word.',
  'restrictedSource.pharma': 'TikTok Shop seller guide (medicines and finance are restricted)',
  'restrictedSource.finance': 'TikTok Shop seller guide (medicines and finance are restricted)',
  'restrictedSource.supplements': 'TikTok Shop US restricted-category summary; cross-border prohibited list',
  'restrictedSource.weight-loss': 'TikTok Shop US and Thailand content policies; cross-border prohibited list',
  'restrictedSource.alcohol-tobacco': 'TikTok Shop cross-border prohibited list',
  'restrictedSource.food': 'TikTok Shop cross-border prohibited list; US invite-only categories',
  'restrictedSource.baby': 'TikTok Shop US invite-only categories; cross-border list (under 3 years)',
  'restrictedSource.beauty': 'TikTok Shop US restricted-category summary',
  'restrictedSource.jewelry-watches': 'TikTok Shop US restricted-category summary',
  'restrictedSource.electronics': 'TikTok Shop US restricted-category summary',
  'restrictedSource.pet-food': 'TikTok Shop US restricted-category summary; cross-border prohibited list',

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
