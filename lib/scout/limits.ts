/** Creators added to a list in one `scout.add` ("add all visible", or a Scouted selection). */
export const MAX_SCOUT_ADD = 1_000;
/** Creators in one `scout.seen` message (a TikTok response holds 10–30; a message stays far under the size cap). */
export const MAX_SCOUT_BATCH = 60;
