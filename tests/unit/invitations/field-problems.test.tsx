// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../../components/i18n';
import { DraftWorkspace } from '../../../components/invitations/draft-workspace';
import { newDraft } from '../../../lib/invitations/draft';
import { completeTerms } from './fixtures';

async function render(node: React.ReactNode) {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<LocaleProvider locale="en">{node}</LocaleProvider>));
  return { host, unmount: () => act(async () => root.unmount()) };
}

/** The problems an input is described by (`aria-describedby` → the list beside it). */
function describedProblems(host: HTMLElement, testId: string): string[] {
  const input = host.querySelector(`[data-testid=${testId}]`)!;
  const id = input.getAttribute('aria-describedby');
  if (!id) return [];
  const list = host.ownerDocument.getElementById(id)!;
  return [...list.querySelectorAll('[data-problem-id]')].map((li) => li.getAttribute('data-problem-id')!);
}

describe('draft errors beside their fields (components/invitations)', () => {
  it('a new draft: each missing term under its own field, described by it, and the lint list still there', async () => {
    const { host, unmount } = await render(<DraftWorkspace initial={newDraft('d1', 'New', 1)} candidates={[]} onDuplicate={() => undefined} onDelete={() => undefined} />);
    expect(describedProblems(host, 'draft-collaboration-name')).toEqual(['missing-term:collaborationName']);
    expect(describedProblems(host, 'draft-end-date')).toEqual(['missing-term:endDate']);
    expect(describedProblems(host, 'draft-email')).toEqual(['missing-term:sellerEmail']);
    expect(describedProblems(host, 'draft-add-product')).toEqual(['missing-term:products']);
    expect(describedProblems(host, 'draft-usage')).toEqual(['missing-term:usageRights']);
    expect(describedProblems(host, 'draft-breach')).toEqual(['missing-term:breachAction']);
    expect(describedProblems(host, 'draft-stop-loss-roi')).toEqual(['missing-term:stopLoss']);
    expect(host.querySelector('[data-testid=draft-email]')?.getAttribute('aria-invalid')).toBe('true');
    // A field without a problem is described by nothing.
    expect(host.querySelector('[data-testid=draft-videos]')?.hasAttribute('aria-describedby')).toBe(false);
    const listed = [...host.querySelectorAll('[data-testid=draft-lint] [data-lint-id]')].map((li) => li.getAttribute('data-lint-id'));
    expect(listed).toEqual(expect.arrayContaining(['missing-term:collaborationName', 'missing-term:stopLoss']));
    expect(host.querySelector('[data-problem-id="missing-term:sellerEmail"]')?.textContent).toBe('Missing term: seller contact email');
    await unmount();
  });

  it('a broken brief: the message beside the link field, in the merchant language', async () => {
    const terms = completeTerms('en', { endDate: '2099-12-31', brief: { sellingPoints: '', mustShow: '', hashtags: '#fine', productLink: 'shop.example', videoSeconds: 30, postBy: null } });
    const { host, unmount } = await render(<DraftWorkspace initial={newDraft('d2', 'Brief', 1, 'en', terms)} candidates={[]} onDuplicate={() => undefined} onDelete={() => undefined} />);
    expect(describedProblems(host, 'brief-product-link')).toEqual(['invalid-field:brief.productLink']);
    expect(describedProblems(host, 'brief-hashtags')).toEqual([]);
    expect(host.querySelector('[data-problem-id="invalid-field:brief.productLink"]')?.textContent).toContain('https://');
    expect(host.querySelector('[data-testid=draft-lint]')?.getAttribute('data-ready')).toBe('false');
    await unmount();
  });
});
