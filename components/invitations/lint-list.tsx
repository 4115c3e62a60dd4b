import { useCallback } from 'react';
import type { LintIssue, LintResult } from '@/lib/invitations/lint';
import { useI18n } from '../i18n';
import type { FieldProblem } from './fields';

/** The sentence of one lint problem, in the merchant's language. */
export function useLintText(): (issue: LintIssue) => string {
  const { t } = useI18n();
  return useCallback(
    (issue: LintIssue) => {
      const params = { ...issue.params };
      if (typeof params['term'] === 'string') params['term'] = t(`inv.term.${params['term']}`);
      if (issue.kind === 'message-length' && params['limit'] === '?') return t('inv.lint.message-length-unknown', params);
      if (issue.kind === 'invalid-field') return t(`inv.lint.invalid-field.${String(params['field'])}`, params);
      return t(`inv.lint.${issue.kind}`, params);
    },
    [t],
  );
}

/** The lint's problems grouped by the field they belong to, for the editor to show beside each field. */
export function problemsByField(result: LintResult, text: (issue: LintIssue) => string): ReadonlyMap<string, FieldProblem[]> {
  const byField = new Map<string, FieldProblem[]>();
  for (const issue of result.issues) {
    if (!issue.field || issue.severity === 'info') continue;
    const list = byField.get(issue.field) ?? [];
    list.push({ id: issue.id, severity: issue.severity, text: text(issue) });
    byField.set(issue.field, list);
  }
  return byField;
}

/** Testing contract: `[data-testid=draft-lint]` (data-ready) with one `[data-lint-id]` per problem. */
export function LintList({ result }: { result: LintResult }) {
  const { t } = useI18n();
  const text = useLintText();
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
