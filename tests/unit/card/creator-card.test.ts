import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CardActions } from '../../../components/card/card-actions';
import { CreatorCard } from '../../../components/card/creator-card';
import type { CardState, CardView } from '../../../components/card/card-store';
import { readProfilePage } from '../../../lib/readers/read-profile-page';
import type { Assessment, Flag } from '../../../lib/schemas/assessment';
import type { CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';
import { DEFAULT_SETTINGS } from '../../../lib/schemas/settings';
import { assess } from '../../../lib/scoring/assess';
import { fixtureText } from '../../fixture-files';
import { parseHtml } from '../readers/html';
import { readyView } from './ready-view';

const URL_ = 'https://www.tiktok.com/@jelly.here10';
const NOW = Date.UTC(2026, 3, 20);
let snapshot: CreatorSnapshot;
let assessment: Assessment;

beforeAll(() => {
  const page = fixtureText('profile-jelly.here10-2026-04-universal-data.html');
  const read = readProfilePage(parseHtml(page, URL_), URL_, NOW);
  if (!read.ok) throw new Error(read.reason);
  snapshot = read.snapshot;
  assessment = assess([snapshot], DEFAULT_SETTINGS, NOW);
});

const noop: CardActions = { toggle: () => {}, move: () => {}, pick: () => {}, add: () => {}, invite: () => {}, openCollaboration: () => {} };

function ready(patch: Partial<Extract<CardView, { kind: 'ready' }>> = {}): CardView {
  return { ...readyView(snapshot, assessment), ...patch } as CardView;
}

function card(view: CardView, state: Partial<CardState> = {}, actions = noop): HTMLElement {
  const node = CreatorCard({ state: { view, locale: 'en', collapsed: false, compact: false, ...state }, actions });
  if (!(node instanceof HTMLElement)) throw new Error('no card');
  return node;
}

const byTestId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('the creator card (components/card/creator-card.tsx), built as DOM', () => {
  it('renders nothing when hidden', () => {
    expect(CreatorCard({ state: { view: { kind: 'hidden' }, locale: 'en', collapsed: false, compact: false }, actions: noop })).toBeNull();
  });

  it('says it is reading while loading', () => {
    const el = card({ kind: 'loading', handle: 'jelly.here10' });
    expect(el.dataset).toMatchObject({ testid: 'vettok-overlay', handle: 'jelly.here10', state: 'loading', compact: 'false' });
    expect(el.hasAttribute('data-score')).toBe(false);
    expect(el.querySelector('.vt-handle')?.textContent).toBe('@jelly.here10');
  });

  it('says why a page cannot be read, and shows an error as unreadable', () => {
    const unreadable = card({ kind: 'unreadable', handle: 'x', reason: 'blocked', detail: null });
    expect(byTestId(unreadable, 'overlay-unreadable')?.dataset['reason']).toBe('blocked');
    expect(unreadable.dataset['state']).toBe('unreadable');
    const error = card({ kind: 'error', handle: 'x', message: 'storage full' });
    expect(error.dataset['state']).toBe('unreadable');
    expect(error.querySelector('.vt-error')?.textContent).toContain('storage full');
  });

  it('shows the real page’s figures at once, the score pending, and no actions before the assessment', () => {
    const el = card(ready({ assessment: null }));
    expect(el.dataset['state']).toBe('ready');
    expect(el.dataset['score']).toBe('pending');
    expect(byTestId(el, 'overlay-score-pending')).not.toBeNull();
    const followers = byTestId(el, 'overlay-followers')!;
    expect(followers.dataset['value']).toBe(String(snapshot.followers!.value));
    expect(followers.dataset['exact']).toBe('true');
    expect(byTestId(el, 'overlay-videos')?.dataset['count']).toBe(String(snapshot.recentVideos.length));
    expect(el.querySelectorAll('[data-testid="overlay-videos"] li')).toHaveLength(Math.min(5, snapshot.recentVideos.length));
    expect(byTestId(el, 'overlay-add')).toBeNull();
    expect(byTestId(el, 'overlay-invite')).toBeNull();
  });

  it('shows score, tier, confidence, every flag and every figure of the assessment', () => {
    const el = card(ready());
    expect(el.dataset['score']).toBe('shown');
    expect(byTestId(el, 'overlay-score')?.dataset['value']).toBe(assessment.score === null ? '' : String(Math.round(assessment.score)));
    expect(byTestId(el, 'overlay-tier')?.dataset['value']).toBe(assessment.tier ?? '');
    expect(byTestId(el, 'overlay-confidence')?.dataset['value']).toBe(assessment.confidence);
    const flags = [...el.querySelectorAll<HTMLElement>('[data-testid="overlay-flags"] [data-flag-id]')].map((f) => f.dataset['flagId']);
    expect(flags).toEqual(assessment.flags.map((f) => f.id));
    const figures = [...el.querySelectorAll<HTMLElement>('[data-testid="overlay-figures"] [data-figure-id]')].map((f) => f.dataset['figureId']);
    expect(figures).toEqual(assessment.figures.map((f) => f.id));
    expect(figures.length).toBeGreaterThan(0);
    expect(byTestId(el, 'overlay-add')?.dataset['inList']).toBe('false');
    expect(byTestId(el, 'overlay-invite')).not.toBeNull();
  });

  it('writes the merchant’s list names as text', () => {
    const name = '<img src=x onerror="alert(1)">';
    const el = card(ready({ lists: [{ listId: 'l1', listName: name }], listChoices: [{ listId: 'l1', listName: name }], lastListId: 'l1' }));
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('option')?.textContent).toBe(`✓ ${name}`);
    expect(byTestId(el, 'overlay-lists')?.textContent).toContain(name);
  });

  it('adds to the list picked while it is offered, else to the one used last', () => {
    const choices = [
      { listId: 'a', listName: 'Beauty' },
      { listId: 'b', listName: 'Pets' },
    ];
    const add = vi.fn();
    const pick = vi.fn();
    const actions = { ...noop, add, pick };
    const picked = card(ready({ listChoices: choices, lastListId: 'a', lists: [choices[1]!] }), { picked: 'b' }, actions);
    const select = byTestId(picked, 'overlay-list') as HTMLSelectElement;
    expect(select.value).toBe('b');
    expect(byTestId(picked, 'overlay-add')?.dataset['inList']).toBe('true');
    byTestId(picked, 'overlay-add')!.click();
    expect(add).toHaveBeenCalledWith('b');

    select.value = 'a';
    select.dispatchEvent(new Event('change'));
    expect(pick).toHaveBeenCalledWith('a');

    const gone = card(ready({ listChoices: choices, lastListId: 'a' }), { picked: 'deleted-list' }, actions);
    expect((byTestId(gone, 'overlay-list') as HTMLSelectElement).value).toBe('a');
  });

  it('shows the add and invite outcomes, and disables each button while it works', () => {
    const saving = card(ready({ add: { kind: 'saving' }, invite: { kind: 'inviting' } }));
    expect((byTestId(saving, 'overlay-add') as HTMLButtonElement).disabled).toBe(true);
    expect((byTestId(saving, 'overlay-invite') as HTMLButtonElement).disabled).toBe(true);
    expect(byTestId(saving, 'overlay-invite-status')?.dataset['state']).toBe('inviting');
    const done = card(ready({ add: { kind: 'saved', listName: 'Pets' }, invite: { kind: 'failed', message: 'no ready draft' } }));
    expect(byTestId(done, 'overlay-add-status')?.textContent).toContain('Pets');
    expect(byTestId(done, 'overlay-invite-status')?.textContent).toContain('no ready draft');
    expect(byTestId(done, 'overlay-invite-status')?.className).toContain('vt-error');
    expect(byTestId(card(ready()), 'overlay-invite-status')).toBeNull();
  });

  it('collapses to its head with the score, and its toggle says which way it goes', () => {
    const toggle = vi.fn();
    const el = card(ready(), { collapsed: true }, { ...noop, toggle });
    expect(el.className).toContain('vt-collapsed');
    expect(el.querySelector('.vt-summary')).toBeNull();
    expect(el.querySelector('.vt-mini-score')?.textContent).toBe(String(Math.round(assessment.score!)));
    const button = byTestId(el, 'overlay-toggle')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    expect(toggle).toHaveBeenCalledOnce();
    expect(byTestId(card(ready()), 'overlay-toggle')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('marks a creator the merchant stopped working with for low ROI', () => {
    const ended: Flag = { id: 'terminated-low-roi:c1', pitfall: 'P9', severity: 'risk', evidence: {}, messageKey: 'collab.flag.terminated-low-roi' };
    const el = card(ready({ assessment: { ...assessment, flags: [...assessment.flags, ended] } }));
    expect(byTestId(el, 'overlay-terminate')?.dataset['handle']).toBe(snapshot.handle);
    expect(byTestId(card(ready()), 'overlay-terminate')).toBeNull();
  });

  it('keeps the handle in the head beside the stop-loss mark, collapsed or not', () => {
    const ended: Flag = { id: 'terminated-low-roi:c1', pitfall: 'P9', severity: 'risk', evidence: { collaborationId: 'c1' }, messageKey: 'collab.flag.terminated-low-roi' };
    const flagged = ready({ assessment: { ...assessment, flags: [...assessment.flags, ended] } });
    for (const collapsed of [false, true]) {
      const el = card(flagged, { collapsed });
      expect(byTestId(el, 'overlay-handle')?.textContent).toBe(`@${snapshot.handle}`);
      expect(byTestId(el, 'overlay-terminate')).not.toBeNull();
      // The mark is never inside the head's text run that squeezes the handle.
      expect(el.querySelector('.vt-card-head .vt-terminate')).toBeNull();
    }
  });

  it('shows collaboration notes as one line, never among the vetting flags', () => {
    const notes: Flag[] = [
      { id: 'terminated-low-roi:c1', pitfall: 'P9', severity: 'risk', evidence: { collaborationId: 'c1' }, messageKey: 'collab.flag.terminated-low-roi' },
      { id: 'low-gpm:r1', pitfall: 'P10', severity: 'warn', evidence: { collaborationId: 'c1', resultId: 'r1' }, messageKey: 'collab.flag.low-gpm' },
    ];
    const el = card(ready({ assessment: { ...assessment, flags: [...assessment.flags, ...notes] } }));
    const line = byTestId(el, 'overlay-collab')!;
    expect(line.dataset['count']).toBe('2');
    expect(line.textContent).toContain('2');
    const shown = [...el.querySelectorAll<HTMLElement>('[data-testid="overlay-flags"] [data-flag-id]')].map((f) => f.dataset['flagId']);
    expect(shown).toEqual(assessment.flags.map((f) => f.id));
    expect(byTestId(card(ready()), 'overlay-collab')).toBeNull();
  });

  it('the collaboration line opens the collaboration its most severe note came from', () => {
    const notes: Flag[] = [
      { id: 'low-gpm:r1', pitfall: 'P10', severity: 'warn', evidence: { collaborationId: 'c-old', resultId: 'r1' }, messageKey: 'collab.flag.low-gpm' },
      { id: 'terminated-low-roi:c2', pitfall: 'P9', severity: 'risk', evidence: { collaborationId: 'c2' }, messageKey: 'collab.flag.terminated-low-roi' },
    ];
    const opened: (string | null)[] = [];
    const el = card(ready({ assessment: { ...assessment, flags: [...assessment.flags, ...notes] } }), {}, { ...noop, openCollaboration: (id) => opened.push(id) });
    const line = byTestId(el, 'overlay-collab')!;
    expect(line.tagName).toBe('BUTTON');
    expect(line.dataset['collaboration']).toBe('c2');
    line.click();
    expect(opened).toEqual(['c2']);
    expect(byTestId(el, 'overlay-collab-failed')).toBeNull();
    const refused = card(ready({ assessment: { ...assessment, flags: [...assessment.flags, ...notes] } }), { collabOpenFailed: true });
    expect(byTestId(refused, 'overlay-collab-failed')?.textContent).toContain('side panel');
  });

  it('keeps its actions in a footer outside the scrolling body, and collapses to a pill without either', () => {
    const el = card(ready());
    const foot = byTestId(el, 'overlay-actions')!;
    expect(foot.parentElement).toBe(el);
    expect(foot.querySelector('[data-testid="overlay-add"]')).not.toBeNull();
    expect(foot.querySelector('[data-testid="overlay-invite"]')).not.toBeNull();
    expect(el.querySelector('.vt-card-body [data-testid="overlay-add"]')).toBeNull();
    const pill = card(ready(), { collapsed: true });
    expect(pill.dataset['collapsed']).toBe('true');
    expect(byTestId(pill, 'overlay-mini-score')?.textContent).toBe(String(Math.round(assessment.score!)));
    expect(pill.querySelector('.vt-card-body, [data-testid="overlay-actions"]')).toBeNull();
  });

  it('is compact on video pages, and speaks Chinese when the merchant does', () => {
    const el = card(ready(), { compact: true, locale: 'zh-CN' });
    expect(el.dataset['compact']).toBe('true');
    expect(el.className).toContain('vt-compact');
    expect(byTestId(el, 'overlay-toggle')?.textContent).toMatch(/[\u4e00-\u9fff]/);
  });
});
