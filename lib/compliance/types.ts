/** Languages the banned-claims lexicons cover (PRODUCT.md §1 P2: zh/en/id/th/vi/ms). */
export const COMPLIANCE_LANGUAGES = ['zh', 'en', 'id', 'ms', 'th', 'vi'] as const;
export type ComplianceLanguage = (typeof COMPLIANCE_LANGUAGES)[number];

/**
 * superlative: absolute / ranking claims ("No.1", 全网第一, terbaik)
 * price: absolute price claims ("cheapest", 全网最低)
 * efficacy: guaranteed or medical efficacy ("100% effective", "cures", 根治)
 * platform: comparisons with, or traffic to, other platforms (Shopee, Lazada, 淘宝 …)
 */
export type ClaimCategory = 'superlative' | 'price' | 'efficacy' | 'platform';

/**
 * Where an entry comes from: the product spec, the research notes, the seed article, or a market's
 * advertising law (the statute and article are named in `ref`).
 */
export type LexiconSource = 'PRODUCT.md' | 'research/market.md' | 'seed' | 'advertising-law';

/**
 * What a phrase must be about to count: one of `words` (a product, a price or an effect) within
 * `reach` characters before or after it, in the same clause (no sentence or clause break between).
 * For words that are claims about a product but everyday words about anything else
 * ("terbaik buat keluarga" is not a claim, "serum terbaik" is).
 */
export interface PhraseSubject {
  words: readonly string[];
  /** Characters allowed between the phrase and the word (default 24). */
  reach?: number;
}

/** A phrase family the matcher finds (claims, account notices). */
export interface PhraseEntry {
  /** Stable id, e.g. "zh.lowest-network". */
  id: string;
  /**
   * Phrases as a human writes them (diacritics, traditional or simplified Chinese, any case).
   * They are normalised exactly like the scanned text; spaces mean "any spacing, hyphen or dot".
   */
  phrases: readonly string[];
  /**
   * Raw regex sources over the folded text, for shapes a phrase cannot express (No.1, #1). `first`
   * lists the literal (folded) starts a match can have: the pattern only runs where one of them is.
   * The longer they are, the fewer places it runs.
   */
  patterns?: readonly {
    source: string;
    first: readonly string[];
    /** For a pattern that starts with a number: the units that may come right after it (after up to two spaces). */
    afterNumber?: string;
  }[];
  /** The match is cancelled when one of these words follows it ("number one fan"). */
  exceptAfter?: readonly string[];
  /** The match is cancelled when one of these words precedes it ("part #1"). */
  exceptBefore?: readonly string[];
  /** The match stands only when it is about one of these words (see PhraseSubject). */
  about?: PhraseSubject;
  /** Match with diacritics kept (for phrases that collide with other languages once folded). */
  strictDiacritics?: boolean;
  /** Latin-script words whose suffixes should still match (Indonesian/Malay "-nya"). */
  suffixes?: readonly string[];
}

export interface LexiconEntry extends PhraseEntry {
  category: ClaimCategory;
  source: LexiconSource;
  /** Section or page behind the entry. */
  ref: string;
}

export interface ComplianceHit {
  entryId: string;
  /** The text as found in the original string (original.slice(start, end)). */
  phrase: string;
  /** UTF-16 indices into the ORIGINAL text, for highlighting. */
  start: number;
  end: number;
  language: ComplianceLanguage;
  category: ClaimCategory;
  source: LexiconSource;
  ref: string;
}
