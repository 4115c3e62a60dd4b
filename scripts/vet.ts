// `npm run --silent vet -- FILE...`: vets saved TikTok pages and API responses with the same code
// the extension runs, printing one JSON object per file and line. Exits 1, naming each such file on
// stderr, when any file cannot be read or is not a page or response it recognises.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { readSavedFile } from '../lib/readers/read-saved-file';
import { translate } from '../lib/i18n';
import { DEFAULT_SETTINGS } from '../lib/schemas/settings';
import { explainAssessment } from '../lib/scoring/explain';
import { assess } from '../lib/scoring/assess';

function parseHtml(html: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A file's line, and why the run must fail because of it (unreadable, or no shape vet knows). */
function vetFile(file: string, now: number, explain: boolean): { line: object; problem: string | null } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = `cannot read file: ${(error as Error).message}`;
    return { line: { file, ok: false, reason }, problem: reason };
  }
  const result = readSavedFile(text, { parseHtml, now });
  if (!result.ok) {
    const reason = result.detail ? `${result.reason}: ${result.detail}` : result.reason;
    // An unavailable account or a page of many creators is a verdict on a recognised file.
    return { line: { file, ok: false, reason }, problem: result.kind === 'unknown' ? `not a page or response vet recognises: ${reason}` : null };
  }
  const s = result.snapshot;
  const a = assess([s], DEFAULT_SETTINGS, now);
  const line = {
    file,
    ok: true,
    creator: {
      handle: s.handle,
      followers: s.followers?.value ?? null,
      following: s.following?.value ?? null,
      likes: s.likes?.value ?? null,
      videos: s.videos?.value ?? null,
      verified: s.verified,
      language: s.language,
      region: s.region,
      recentVideos: s.recentVideos.length,
    },
    assessment: {
      score: a.score === null ? null : Math.round(a.score),
      grade: a.grade,
      provisional: a.provisional === true,
      coverage: a.coverage ?? 0,
      tier: a.tier,
      confidence: a.confidence,
      flags: a.flags.map((f) => ({ id: f.id, pitfall: f.pitfall, severity: f.severity })),
    },
    ...(explain ? { explanation: explainAssessment(a, (key, params) => translate('en', key, params)) } : {}),
  };
  return { line, problem: null };
}

const args = process.argv.slice(2);
const nowArg = args.find((a) => a.startsWith('--now='));
const now = nowArg ? Date.parse(nowArg.slice('--now='.length)) : Date.now();
const explain = args.includes('--explain');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0 || Number.isNaN(now)) {
  console.error('usage: npm run --silent vet -- [--now=ISO-DATE] [--explain] FILE...   (saved HTML page, embedded JSON or API response)');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const { line, problem } = vetFile(file, now, explain);
  process.stdout.write(`${JSON.stringify(line)}\n`);
  if (problem !== null) {
    failed = true;
    process.stderr.write(`vet: ${file}: ${problem}\n`);
  }
}
if (failed) process.exit(1);
