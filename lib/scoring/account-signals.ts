import { scanAccountNotices, type AccountNotice } from '../compliance/account-notices';
import type { Flag } from '../schemas/assessment';
import type { Count, CreatorSnapshot } from '../schemas/creator-snapshot';
import { AFFILIATE_MIN_FOLLOWERS } from './benchmarks';
import { DAY_MS, FOLLOWERS_PER_DAY_YOUNG_ACCOUNT, YOUNG_ACCOUNT_DAYS } from './constants';
import { figure, flag, type SignalResult } from './signal';

/**
 * Notices by bio: a bio is re-assessed far more often than it changes (every render, every
 * shortlist re-score), and the scan is a pure function of the text. Bounded: cleared when full.
 */
const noticeCache = new Map<string, readonly AccountNotice[]>();
const NOTICE_CACHE_MAX = 50_000;

function noticesOf(bio: string): readonly AccountNotice[] {
  let found = noticeCache.get(bio);
  if (found === undefined) {
    found = scanAccountNotices(bio);
    if (noticeCache.size >= NOTICE_CACHE_MAX) noticeCache.clear();
    noticeCache.set(bio, found);
  }
  return found;
}

/**
 * What the page says about the account itself: its age (followers per day since createTime),
 * organisation and private accounts, mutual follows, the affiliate minimum, and the bio's notices
 * (offered for sale = risk; not taking jobs = info). Flags only: no sub-score of its own; the
 * for-sale notice caps the score (assess.ts).
 */
export function accountSignals(snapshot: CreatorSnapshot, followers: Count): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  const flags: Flag[] = result.flags;

  if (followers.value < AFFILIATE_MIN_FOLLOWERS) {
    flags.push(flag('below-affiliate-minimum', 'P10', 'info', { followers: followers.value, minimum: AFFILIATE_MIN_FOLLOWERS }));
  }
  if (snapshot.privateAccount === true) flags.push(flag('private-account', 'P1', 'info', {}));
  if (snapshot.isOrganization === true) flags.push(flag('organisation-account', 'P10', 'info', {}));

  const created = snapshot.accountCreatedAt;
  if (typeof created === 'number' && Number.isFinite(created) && created > 0 && created <= snapshot.capturedAt) {
    const days = Math.max(1, Math.round((snapshot.capturedAt - created) / DAY_MS));
    const perDay = followers.value / days;
    result.figures.push(figure('followersPerDay', Math.round(perDay), { followers: followers.value, accountAgeDays: days }));
    if (days < YOUNG_ACCOUNT_DAYS && perDay > FOLLOWERS_PER_DAY_YOUNG_ACCOUNT) {
      flags.push(
        // createTime is not always the account's first day (verified accounts have shown recent
        // dates): on a verified account it is a note, not a warning.
        flag('young-account-fast-growth', 'P1', snapshot.verified === true ? 'info' : 'warn', {
          accountAgeDays: days,
          followersPerDay: Math.round(perDay),
          threshold: FOLLOWERS_PER_DAY_YOUNG_ACCOUNT,
          youngDays: YOUNG_ACCOUNT_DAYS,
        }),
      );
    }
  }
  if (typeof snapshot.friendCount === 'number' && Number.isFinite(snapshot.friendCount)) {
    result.figures.push(figure('friendCount', snapshot.friendCount, { friendCount: snapshot.friendCount }));
  }

  if (typeof snapshot.bio === 'string' && snapshot.bio.length > 0) {
    const seen = new Set<string>();
    for (const notice of noticesOf(snapshot.bio)) {
      if (seen.has(notice.kind)) continue;
      seen.add(notice.kind);
      flags.push(
        notice.kind === 'for-sale'
          ? flag('account-for-sale', 'P1', 'risk', { phrase: notice.match, language: notice.language })
          : flag('not-taking-jobs', 'P10', 'info', { phrase: notice.match, language: notice.language }),
      );
    }
  }
  return result;
}
