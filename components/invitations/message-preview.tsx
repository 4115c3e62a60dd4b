import type { LintResult } from '@/lib/invitations/lint';
import { useI18n } from '../i18n';

/** The composed message with each banned claim marked (React text only, no HTML). */
export function MessagePreview({ result }: { result: LintResult }) {
  const { t } = useI18n();
  const ranges = result.issues
    .filter((i) => i.kind === 'banned-claim' && i.range)
    .map((i) => i.range!)
    .sort((a, b) => a.start - b.start);
  const parts: { text: string; claim: boolean }[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    if (range.start > at) parts.push({ text: result.message.slice(at, range.start), claim: false });
    parts.push({ text: result.message.slice(range.start, range.end), claim: true });
    at = range.end;
  }
  parts.push({ text: result.message.slice(at), claim: false });
  return (
    <figure className="vt-message">
      <figcaption className="vt-muted">{t('inv.preview')}</figcaption>
      <pre data-testid="draft-message-preview">
        {parts.map((part, index) =>
          part.claim ? (
            <mark key={index} data-testid="claim-highlight">
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </pre>
    </figure>
  );
}
