/** Creators added to a list in one `scout.add` ("add all visible", or a Scouted selection). */
export const MAX_SCOUT_ADD = 1_000;
/**
 * Characters of a list response's JSON text sent to the background in one `scout.seen` (even if JSON
 * escaping doubled every one, the message stays under MAX_MESSAGE_CHARS). A page of 30 search
 * results is ≈ 320,000; a longer response is not read (no chips, never wrong ones).
 */
export const MAX_LIST_TEXT = 450_000;
