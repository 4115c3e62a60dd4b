import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVettok, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

const JELLY = 'https://www.tiktok.com/@jelly.here10';

describe('invitation defaults: set once in Settings, then every draft and the card invite work', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
    await vettok.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('set defaults once in Settings → a new draft is complete → "Invite this creator" works from the card', async () => {
    const panel = await vettok.openExtensionPage('sidepanel.html#settings');
    const section = panel.getByTestId('settings-defaults');
    await panel.getByTestId('settings-defaults-setup').click();
    await expect.poll(() => section.getAttribute('data-ready')).toBe('false');

    // Each missing term stands under its own field, which is described by it.
    const email = section.getByTestId('draft-email');
    const describedBy = await email.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.locator(`[id="${describedBy}"] [data-problem-id]`).getAttribute('data-problem-id')).toBe('missing-term:sellerEmail');

    await section.getByTestId('draft-collaboration-name').fill('Glow serum launch');
    await email.fill('shop@example.com');
    await section.getByTestId('draft-add-product').click();
    await section.getByTestId('product-id').fill('1729384756');
    await section.getByTestId('product-name').fill('Glow Serum 30ml');
    await section.getByTestId('product-commission').fill('15');
    await section.getByTestId('draft-usage').selectOption('organic');
    await section.getByTestId('draft-usage-days').fill('60');
    await section.getByTestId('draft-breach').selectOption('return-sample');
    await section.getByTestId('draft-stop-loss-roi').fill('1.5');
    await section.getByTestId('brief-selling-points').fill('Brightens in 7 days\nFragrance free');
    await section.getByTestId('brief-hashtags').fill('glowserum, #skincare');
    await section.getByTestId('brief-product-link').fill('https://shop.tiktok.com/view/product/1729384756');
    await section.getByTestId('brief-video-seconds').fill('45');
    await section.getByTestId('settings-defaults-post-days').fill('14');
    await section.getByTestId('sample-quantity').fill('2');
    await section.getByTestId('sample-shipping').selectOption('seller-ships');
    await expect.poll(() => section.getAttribute('data-ready')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toBeNull();
    await expect.poll(() => panel.getByTestId('settings-status').getAttribute('data-state')).toBe('saved');

    // A new draft opens complete, its dates counted from today.
    await panel.getByTestId('tab-invitations').click();
    await expect.poll(() => panel.getByTestId('draft-defaults-note').getAttribute('data-defaults')).toBe('set');
    await panel.getByTestId('draft-new').click();
    const workspace = panel.getByTestId('draft-workspace');
    await expect.poll(() => workspace.count()).toBe(1);
    await expect.poll(() => panel.getByTestId('draft-lint').getAttribute('data-ready')).toBe('true');
    expect(await panel.locator('[data-testid=draft-lint] [data-severity=error]').count()).toBe(0);
    const [inThirty, inFourteen] = await panel.evaluate(() => {
      const day = (offset: number) => {
        const d = new Date();
        d.setDate(d.getDate() + offset);
        return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
      };
      return [day(30), day(14)];
    });
    expect(await panel.getByTestId('draft-end-date').inputValue()).toBe(inThirty);
    expect(await panel.getByTestId('brief-post-by').inputValue()).toBe(inFourteen);
    const preview = (await panel.getByTestId('draft-message-preview').textContent()) ?? '';
    expect(preview).toContain('- Hashtags: #glowserum #skincare');
    expect(preview).toContain('- 2 unit(s) per creator');
    expect(preview).toContain(`- Please post by ${inFourteen}`);

    const brief = panel.locator('[data-testid=copy-field][data-field=brief]');
    await brief.click();
    await expect.poll(() => brief.getAttribute('data-state')).toBe('copied');
    const copied = await panel.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('- Product link: https://shop.tiktok.com/view/product/1729384756');
    expect(copied).toContain('- Shipping: we ship the sample to you directly');
    await expect.poll(() => panel.getByTestId('draft-save-state').getAttribute('data-state')).toBe('saved');
    const draftId = await workspace.getAttribute('data-draft-id');

    // The card's "Invite this creator" uses it.
    const page = await vettok.open(JELLY);
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await card.getByTestId('overlay-invite').click();
    await expect.poll(() => card.getByTestId('overlay-invite-status').getAttribute('data-state')).toBe('invited');
    const rows = panel.getByTestId('invitation-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-draft-id')).toBe(draftId);
    expect(await rows.first().getAttribute('data-handles')).toBe('jelly.here10');
    await Promise.all([page.close(), panel.close()]);
  });
});
