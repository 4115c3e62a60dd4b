/** Creators in one `scout.seen` message (a page of TikTok results holds 10–30; a message stays well under the size cap). */
export const MAX_SCOUT_BATCH = 60;
/** Creators added to a list in one `scout.add` ("add all visible", or a Scouted selection). */
export const MAX_SCOUT_ADD = 1_000;
