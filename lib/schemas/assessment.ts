import * as z from 'zod/mini';

export const TierSchema = z.enum(['nano', 'micro', 'mid', 'macro', 'mega']);
export type Tier = z.infer<typeof TierSchema>;

/** The merchant's own words: 头部 head, 腰部 waist, 尾部 tail, 素人 KOC. */
export const MerchantTierSchema = z.enum(['head', 'waist', 'tail', 'koc']);
export type MerchantTier = z.infer<typeof MerchantTierSchema>;

export const PitfallSchema = z.enum(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10']);
export type Pitfall = z.infer<typeof PitfallSchema>;

export const SeveritySchema = z.enum(['info', 'warn', 'risk']);
export type Severity = z.infer<typeof SeveritySchema>;

/** How much of the input was present, from least to most. */
export const ConfidenceSchema = z.enum(['none', 'profile', 'views', 'full', 'commerce']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

const EvidenceValueSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);

/** A figure the assessment shows, with its formula and the inputs it was computed from. */
export const FigureSchema = z.object({
  id: z.string(),
  value: z.nullable(z.number()),
  /** Message key of the formula text, e.g. "formula.likesPerFollower". */
  formulaKey: z.string(),
  inputs: z.record(z.string(), EvidenceValueSchema),
});
export type Figure = z.infer<typeof FigureSchema>;

export const FlagSchema = z.object({
  id: z.string(),
  pitfall: PitfallSchema,
  severity: SeveritySchema,
  /** Figures and thresholds behind the flag. */
  evidence: z.record(z.string(), EvidenceValueSchema),
  messageKey: z.string(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const SubScoreSchema = z.object({
  id: z.enum([
    'authenticity',
    'engagement',
    'activity',
    'consistency',
    'commerceFit',
    'compliance',
    'marketFit',
  ]),
  /** 0–100, null when its inputs were absent. */
  score: z.nullable(z.number()),
  weight: z.number(),
});
export type SubScore = z.infer<typeof SubScoreSchema>;

/** Why an assessment could not be made ("not enough data" is a result, not a low score). */
export const InsufficientReasonSchema = z.enum([
  'no-snapshot',
  'account-unavailable',
  'unreadable-page',
  'no-followers-count',
  'no-followers',
  'nothing-judgeable',
]);
export type InsufficientReason = z.infer<typeof InsufficientReasonSchema>;

/** A limit of the input the merchant should know about (said out loud, not hidden). */
export const CaveatSchema = z.object({
  id: z.string(),
  messageKey: z.string(),
  evidence: z.record(z.string(), EvidenceValueSchema),
});
export type Caveat = z.infer<typeof CaveatSchema>;

/** A banned-claim hit in the creator's own text, for highlighting. */
export const ClaimHitSchema = z.object({
  field: z.enum(['bio', 'caption']),
  /** The video of a caption hit; null for the bio. */
  videoId: z.nullable(z.string()),
  entryId: z.string(),
  phrase: z.string(),
  start: z.number(),
  end: z.number(),
  language: z.string(),
  category: z.string(),
});
export type ClaimHit = z.infer<typeof ClaimHitSchema>;

/**
 * What the data could not show and how the merchant can get it (a provisional verdict names each).
 * `missing` says what is absent; the message `provisional.<id>` says how to get it.
 */
export const ProvisionalReasonSchema = z.enum([
  'profile-counts-only',
  'views-without-likes',
  'few-dated-videos',
  'private-account',
  'video-page-only',
  'affiliate-without-videos',
]);
export type ProvisionalReason = z.infer<typeof ProvisionalReasonSchema>;

/** A ceiling on the score and why: each names the flag that set it. */
export const ScoreCapSchema = z.object({
  id: z.enum(['authenticity', 'fraud', 'dormancy', 'compliance', 'account-sale', 'risk']),
  /** The flag behind the cap ('' for the authenticity margin, which follows the sub-score). */
  limit: z.number(),
  flagId: z.string(),
});
export type ScoreCap = z.infer<typeof ScoreCapSchema>;

/** A setting of the merchant's that moved the score: the sub-score that exists only because of it, or the thresholds ('' sub-score). */
export const SettingEffectSchema = z.object({
  setting: z.enum(['targetMarket', 'category', 'thresholds']),
  subScore: z.string(),
  points: z.number(),
});
export type SettingEffect = z.infer<typeof SettingEffectSchema>;

/** How the score adds up: the weighted mean of the judged sub-scores, then the caps. */
export const ScoreBreakdownSchema = z.object({
  /** Weighted mean of the judged sub-scores, before caps. */
  base: z.number(),
  caps: z.array(ScoreCapSchema),
  settingEffects: z.array(SettingEffectSchema),
});
export type ScoreBreakdown = z.infer<typeof ScoreBreakdownSchema>;

export const AssessmentSchema = z.object({
  /** "insufficient" = not enough data to judge; score is then null. */
  status: z.enum(['ok', 'insufficient']),
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  grade: z.nullable(z.enum(['A', 'B', 'C', 'D', 'E'])),
  tier: z.nullable(TierSchema),
  merchantTier: z.nullable(MerchantTierSchema),
  confidence: ConfidenceSchema,
  subScores: z.array(SubScoreSchema),
  figures: z.array(FigureSchema),
  flags: z.array(FlagSchema),
  assessedAt: z.number(),
  // Added with the full assessment (optional so existing readers and writers keep working).
  insufficientReason: z.optional(InsufficientReasonSchema),
  caveats: z.optional(z.array(CaveatSchema)),
  /** Share (0–1) of the total sub-score weight whose inputs were present. */
  coverage: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  claimHits: z.optional(z.array(ClaimHitSchema)),
  /** The data cannot support a grade: the score is shown without a letter (grade is null). */
  provisional: z.optional(z.boolean()),
  provisionalReasons: z.optional(z.array(ProvisionalReasonSchema)),
  breakdown: z.optional(ScoreBreakdownSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
