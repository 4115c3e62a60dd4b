import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../fixture-files';
import { launchVettok, type Vettok } from './browser';
import { formHelperOf, overlayOf } from './overlay-probe';

const JELLY = 'https://www.tiktok.com/@jelly.here10';
const ALCALDIA = 'https://www.tiktok.com/@alcaldiasa';
// A third creator for the overlay: jelly.here10's real page with the handle renamed (derived by this test).
const THIRD = 'https://www.tiktok.com/@third.creator';
const thirdPage = () => fixtureText('profile-jelly.here10-2026-04-universal-data.html').replaceAll('jelly.here10', 'third.creator');
const FORM_URL = 'https://affiliate.tiktok.com/connection/target-invitation/create';
const FORM_HTML = readFileSync(join(import.meta.dirname, 'pages/target-collaboration-form.written.html'), 'utf8');

async function shortlist(vettok: Vettok, url: string) {
  const page = await vettok.open(url);
  const card = overlayOf(page);
  await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
  await card.getByTestId('overlay-add').click();
  await expect.poll(() => card.getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');
  await page.close();
}

async function copied(panel: Page, field: string): Promise<string> {
  const button = panel.locator(`[data-testid=copy-field][data-field=${field}]`);
  await button.click();
  await expect.poll(() => button.getAttribute('data-state')).toBe('copied');
  return panel.evaluate(() => navigator.clipboard.readText());
}

describe('invitation drafts end to end', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
    // Chromium refuses a grant for the chrome-extension:// origin ("opaque"); a context-wide grant works.
    await vettok.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('writes a draft, is blocked by a banned claim, copies the fields and applies it to two shortlisted creators', async () => {
    await shortlist(vettok, JELLY);
    await shortlist(vettok, ALCALDIA);

    const panel = await vettok.openExtensionPage('sidepanel.html#invitations');
    await panel.getByTestId('draft-new').click();
    const workspace = panel.getByTestId('draft-workspace');
    await expect.poll(() => workspace.count()).toBe(1);
    const lint = panel.getByTestId('draft-lint');
    // A new draft lists its missing terms and is not ready.
    await expect.poll(() => lint.getAttribute('data-ready')).toBe('false');
    expect(await lint.locator('[data-lint-id="missing-term:collaborationName"]').count()).toBe(1);
    expect(await lint.locator('[data-lint-id="missing-term:stopLoss"]').count()).toBe(1);

    await panel.getByTestId('draft-language').selectOption('zh-CN');
    await panel.getByTestId('draft-category').selectOption('beauty');
    await panel.getByTestId('draft-collaboration-name').fill('Glow serum launch');
    await panel.getByTestId('draft-end-date').fill('2027-06-30');
    await panel.getByTestId('draft-email').fill('shop@example.com');
    await panel.getByTestId('draft-add-product').click();
    const product = panel.getByTestId('draft-product').first();
    await product.getByTestId('product-id').fill('1729384756');
    await product.getByTestId('product-name').fill('Glow Serum 30ml');
    await product.getByTestId('product-commission').fill('15');
    await panel.getByTestId('draft-auto-approve').check();
    await panel.getByTestId('draft-usage').selectOption('organic-and-ads');
    await panel.getByTestId('draft-usage-days').fill('90');
    await panel.getByTestId('draft-breach').selectOption('pay-sample-cost');
    await panel.getByTestId('draft-stop-loss-roi').fill('1.5');
    await expect.poll(() => lint.getAttribute('data-ready')).toBe('true');
    expect(await lint.locator('[data-lint-id^="missing-term:"]').count()).toBe(0);

    // A commission far above beauty's usual range warns but does not block; above 80 % blocks.
    await product.getByTestId('product-commission').fill('45');
    await expect.poll(() => lint.locator('[data-lint-id="commission-high:0"]').getAttribute('data-severity')).toBe('warning');
    expect(await lint.getAttribute('data-ready')).toBe('true');
    await product.getByTestId('product-commission').fill('85');
    await expect.poll(() => lint.locator('[data-lint-id="commission-out-of-range:0"]').count()).toBe(1);
    expect(await lint.getAttribute('data-ready')).toBe('false');
    await product.getByTestId('product-commission').fill('15');

    // The merchant writes a banned claim into the message: the lint blocks and marks it.
    const template = panel.getByTestId('draft-message-template');
    const original = await template.inputValue();
    await template.fill(original.replace('谢谢！', '全网最低价，快来合作！\n谢谢！'));
    await expect.poll(() => lint.locator('[data-lint-id^="banned-claim"]').count()).toBe(1);
    expect(await lint.getAttribute('data-ready')).toBe('false');
    expect(await panel.getByTestId('claim-highlight').textContent()).toContain('全网最低');
    expect(await panel.getByTestId('apply-draft').isDisabled()).toBe(true);

    // Fixed: nothing blocks any more.
    await template.fill((await template.inputValue()).replace('全网最低价，', ''));
    await expect.poll(() => lint.getAttribute('data-ready')).toBe('true');
    expect(await lint.locator('[data-lint-id^="banned-claim"]').count()).toBe(0);
    expect(await panel.getByTestId('claim-highlight').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('draft-save-state').getAttribute('data-state')).toBe('saved');

    // Copy: each field, all as text, and the Partner API body.
    await panel.bringToFront();
    expect(await copied(panel, 'name')).toBe('Glow serum launch');
    expect(await copied(panel, 'email')).toBe('shop@example.com');
    expect(await copied(panel, 'productIds')).toBe('1729384756');
    expect(await copied(panel, 'commission')).toBe('1729384756\t15%');
    const message = await copied(panel, 'message');
    expect(message).toContain('达人你好！');
    expect(message).toContain('Glow Serum 30ml（佣金 15%）');
    expect(message).toContain('快来合作！');
    expect(message).not.toContain('全网最低');
    const all = await copied(panel, 'all');
    expect(all).toContain('Glow serum launch');
    expect(all).toContain(message);
    const api = JSON.parse(await copied(panel, 'api'));
    expect(api).toEqual({
      name: 'Glow serum launch',
      message,
      end_time: String(Date.UTC(2027, 5, 30, 23, 59, 59) / 1000),
      products: [{ id: '1729384756', target_commission_rate: 1500 }],
      creator_user_open_ids: [],
      seller_contact_info: { email: 'shop@example.com' },
      free_sample_rule: { has_free_sample: true, is_sample_approval_exempt: true },
    });

    // Apply to the two shortlisted creators: one invitation (≤ 50 creators per batch).
    await panel.getByTestId('apply-filter').fill('@alcal');
    await expect.poll(() => panel.getByTestId('apply-creator').count()).toBe(1);
    await panel.getByTestId('apply-filter').fill('');
    await expect.poll(() => panel.getByTestId('apply-creator').count()).toBe(2);
    await panel.locator('[data-testid=apply-creator][data-handle="jelly.here10"]').check();
    await panel.locator('[data-testid=apply-creator][data-handle="alcaldiasa"]').check();
    expect(await panel.getByTestId('apply-plan').getAttribute('data-batches')).toBe('1');
    await panel.getByTestId('apply-draft').click();
    await expect.poll(() => panel.getByTestId('apply-status').getAttribute('data-state')).toBe('applied');
    const rows = panel.getByTestId('invitation-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect((await rows.first().getAttribute('data-handles'))!.split(',').sort()).toEqual(['alcaldiasa', 'jelly.here10']);
    expect(await rows.first().getAttribute('data-batch')).toBe('1/1');

    mkdirSync('test-results', { recursive: true });
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.getByTestId('draft-lint').scrollIntoViewIfNeeded();
    await panel.screenshot({ path: 'test-results/invitations.png', fullPage: true });

    // Survives a reload (stored by the background, read back by the page).
    await panel.reload();
    await expect.poll(() => panel.getByTestId('invitation-row').count()).toBe(1);
    await panel.close();
  });

  it('fills the written Target collaboration form from the draft and never submits it', async () => {
    vettok.pages.set(FORM_URL, FORM_HTML);
    const page = await vettok.open(FORM_URL);
    const ui = formHelperOf(page);
    const helper = ui.getByTestId('form-helper');
    await expect.poll(() => helper.count()).toBe(1);
    await expect.poll(() => helper.getAttribute('data-recognised')).toBe('8');
    await ui.getByTestId('helper-fill').click();
    const status = ui.getByTestId('helper-status');
    await expect.poll(() => status.count()).toBe(1);
    expect((await status.getAttribute('data-filled'))!.split(',').sort()).toEqual(
      ['autoApprove', 'commission', 'email', 'endDate', 'freeSample', 'message', 'name', 'productId'].sort(),
    );
    expect(await status.getAttribute('data-missing')).toBe('');

    expect(await page.locator('#invitation-name').inputValue()).toBe('Glow serum launch');
    expect(await page.locator('input[name=end_date]').inputValue()).toBe('2027-06-30');
    expect(await page.locator('input[name=product_id]').inputValue()).toBe('1729384756');
    expect(await page.locator('input[name=commission]').inputValue()).toBe('15');
    expect(await page.locator('input[name=ads_commission]').inputValue()).toBe('');
    expect(await page.locator('#email').inputValue()).toBe('shop@example.com');
    expect(await page.locator('#message').inputValue()).toContain('Glow Serum 30ml（佣金 15%）');

    // The page's own (React-like) state saw every change through input events.
    const state = JSON.parse((await page.getByTestId('form-state').textContent())!);
    expect(state).toMatchObject({
      invitation_name: 'Glow serum launch',
      end_date: '2027-06-30',
      product_id: '1729384756',
      commission: '15',
      email: 'shop@example.com',
      free_sample: true,
      auto_approve: true,
      submitted: 0,
    });
    expect(state.message).toContain('达人你好！');
    await page.screenshot({ path: 'test-results/target-form-helper.png' });
    // Copy buttons are beside the form too.
    expect(await ui.locator('[data-testid=copy-field][data-field=api]').count()).toBe(1);
    // The helper's root is closed: the page sees the host element, never the drafts inside it.
    expect(await page.evaluate(() => [!!document.querySelector('vettok-form-helper'), document.querySelector('vettok-form-helper')?.shadowRoot ?? null])).toEqual([true, null]);
  });

  it('invites a creator from the overlay with the newest ready draft, once', async () => {
    const panel = await vettok.openExtensionPage('sidepanel.html#invitations');
    const rows = panel.getByTestId('invitation-row');
    await expect.poll(() => rows.count()).toBe(1);

    // Already invited with this draft (in the batch above): nothing new is recorded.
    const alcaldiaTab = await vettok.open(ALCALDIA);
    const alcaldia = overlayOf(alcaldiaTab);
    await expect.poll(() => alcaldia.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await alcaldia.getByTestId('overlay-invite').click();
    await expect.poll(() => alcaldia.getByTestId('overlay-invite-status').getAttribute('data-state')).toBe('invited');
    await panel.waitForTimeout(300);
    expect(await rows.count()).toBe(1);

    // A creator read on a page but never shortlisted: a new invitation with just them.
    vettok.pages.set(THIRD, thirdPage());
    const thirdTab = await vettok.open(THIRD);
    const third = overlayOf(thirdTab);
    await expect.poll(() => third.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await third.getByTestId('overlay-invite').click();
    await expect.poll(() => third.getByTestId('overlay-invite-status').getAttribute('data-state')).toBe('invited');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().getAttribute('data-handles')).toBe('third.creator');
    await Promise.all([panel.close(), alcaldiaTab.close(), thirdTab.close()]);
  });

  it('stays off Affiliate Center pages that are not the invitation form', async () => {
    vettok.pages.set('https://affiliate.tiktok.com/connection/creator/detail', '<!doctype html><title>Creator</title><body><h1>Creator</h1></body>');
    const page = await vettok.open('https://affiliate.tiktok.com/connection/creator/detail?cid=1');
    await page.waitForTimeout(800);
    expect(await page.locator('vettok-form-helper').count()).toBe(0);
    expect(await formHelperOf(page).getByTestId('form-helper').count()).toBe(0);
  });
});
