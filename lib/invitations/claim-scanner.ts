import { scanText } from '../compliance/scan';
import type { ClaimScanner } from './lint';

/**
 * The banned-claims checker for invitation messages: the same lexicons and matcher (lib/compliance)
 * the assessment runs on bios and captions, in every language, since a merchant may write in one
 * language to a creator of another market.
 */
export const scanClaims: ClaimScanner = (text) => scanText(text);
