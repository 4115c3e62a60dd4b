/** Assessment texts: figures' formulas and flags' messages. Placeholders: {name}. */
export const assessmentEn = {
  'formula.likesPerFollower': 'Lifetime likes ÷ followers',
  'formula.followersPerVideo': 'Followers ÷ videos posted',
  'flag.low-likes-per-follower':
    'Few likes for the audience: {likesPerFollower} lifetime likes per follower (below {threshold}). Bought followers do not like videos.',
  'flag.high-followers-per-video':
    '{followersPerVideo} followers per video (above {threshold}): a large audience from very little content.',
  'flag.mass-following': 'Follows {following} accounts (above {threshold}): a mass follow-for-follow pattern.',
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
