import * as z from 'zod/mini';
import type { ContentBrief, SampleTerms } from './terms';

/** A hashtag as TikTok links it: letters, digits and underscores after the "#", no spaces or punctuation. */
const HASHTAG_RE = /^#[\p{L}\p{M}\p{N}_]{1,100}$/u;

/** The longest video TikTok takes as an upload: 60 minutes. */
export const VIDEO_SECONDS_MAX = 3600;

/** The hashtags as typed ("glow, #skincare  #汤") as tags with their "#": ["#glow", "#skincare", "#汤"]. */
export function splitHashtags(typed: string): string[] {
  return typed
    .split(/[\s,，、;；]+/)
    .map((tag) => tag.trim())
    .filter(Boolean)
    .map((tag) => (tag.startsWith('#') || tag.startsWith('＃') ? `#${tag.slice(1)}` : `#${tag}`));
}

/** The lines of a multi-line field (selling points, must-show items), trimmed, blanks left out. */
export function briefLines(typed: string): string[] {
  return typed
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*·]\s*/, '').trim())
    .filter(Boolean);
}

/**
 * What a complete brief and sample terms must be, checked on the normalised values. The stored
 * schemas (terms.ts) accept half-typed values so that nothing the merchant types is lost; these
 * rules decide what the lint refuses, each problem named by its field.
 */
const BriefRulesSchema = z.object({
  hashtags: z.array(z.string().check(z.regex(HASHTAG_RE))),
  productLink: z.union([z.literal(''), z.url({ protocol: /^https$/, hostname: z.regexes.domain })]),
  videoSeconds: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(VIDEO_SECONDS_MAX))),
});

const SampleRulesSchema = z.object({
  quantity: z.nullable(z.number().check(z.int(), z.minimum(1))),
});

/** A brief or sample field that breaks its rule: `brief.productLink`, `brief.hashtags` (with the tag), `sample.quantity`. */
export interface FieldProblem {
  field: string;
  /** The offending value as the merchant typed it (a single hashtag for `brief.hashtags`). */
  value: string;
}

export function briefProblems(brief: ContentBrief, sample: SampleTerms): FieldProblem[] {
  const tags = splitHashtags(brief.hashtags);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const add = (field: string, value: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    problems.push({ field, value });
  };
  const briefResult = BriefRulesSchema.safeParse({ hashtags: tags, productLink: brief.productLink.trim(), videoSeconds: brief.videoSeconds });
  if (!briefResult.success) {
    for (const issue of briefResult.error.issues) {
      const [key, index] = issue.path;
      if (key === 'hashtags') add('brief.hashtags', tags[Number(index)] ?? brief.hashtags);
      else if (key === 'productLink') add('brief.productLink', brief.productLink.trim());
      else if (key === 'videoSeconds') add('brief.videoSeconds', String(brief.videoSeconds));
    }
  }
  const sampleResult = SampleRulesSchema.safeParse({ quantity: sample.quantity });
  if (!sampleResult.success) add('sample.quantity', String(sample.quantity));
  return problems;
}
