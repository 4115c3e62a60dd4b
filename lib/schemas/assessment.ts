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
});
export type Assessment = z.infer<typeof AssessmentSchema>;
