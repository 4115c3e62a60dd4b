import type { LintIssue, LintResult } from '@/lib/invitations/lint';
import { useI18n } from '../i18n';

/** Testing contract: `[data-testid=draft-lint]` (data-ready) with one `[data-lint-id]` per problem. */
export function LintList({ result }: { result: LintResult }) {
  const { t } = useI18n();
  const text = (issue: LintIssue) => {
    const params = { ...issue.params };
    if (typeof params['term'] === 'string') params['term'] = t(`inv.term.${params['term']}`);
    if (issue.kind === 'message-length' && params['limit'] === '?') return t('inv.lint.message-length-unknown', params);
    return t(`inv.lint.${issue.kind}`, params);
  };
  return (
    <section className="vt-lint" data-testid="draft-lint" data-ready={result.ready ? 'true' : 'false'}>
      <h3 data-testid="draft-status" data-ready={result.ready ? 'true' : 'false'}>
        {result.ready ? t('inv.ready') : t('inv.notReady')}
      </h3>
      <ul>
        {result.issues.map((issue) => (
          <li key={issue.id} data-lint-id={issue.id} data-kind={issue.kind} data-severity={issue.severity} className={`vt-lint-${issue.severity}`}>
            <span className="vt-lint-badge">{t(`inv.severity.${issue.severity}`)}</span> {text(issue)}
          </li>
        ))}
      </ul>
    </section>
  );
}
