/**
 * A TikTok handle as Vettok keeps it: lower case, without "@", 1 to 64 of TikTok's own characters.
 * The one rule the readers (no zod in the card's script) and the schemas both use.
 */
export const HANDLE_MAX_CHARS = 64;
const HANDLE_CHARS = 'a-z0-9._';
export const HANDLE_PATTERN = new RegExp(`^[${HANDLE_CHARS}]{1,${HANDLE_MAX_CHARS}}$`);
/** A handle as written in a URL's path (`/@Name`): either case, lower-cased when read. */
export const HANDLE_IN_PATH = `[A-Z${HANDLE_CHARS}]{1,${HANDLE_MAX_CHARS}}`;
