import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../fixture-files';
import { launchVettok, pageWithUserDetail, tabIdOf, type Vettok } from './browser';
import { contentWorld, overlayOf, type ContentWorld } from './overlay-probe';
import { newDraft } from '../../lib/invitations/draft';
import { completeTerms } from '../unit/invitations/fixtures';

/**
 * Issue 9 §1–3 and §6 in real Chromium: hostile creator text, spoofed messages from a page, the
 * service worker killed between the steps of the main flow, and no network request of Vettok's own.
 */
const JELLY = 'https://www.tiktok.com/@jelly.here10';
const HOSTILE = 'https://www.tiktok.com/@hostile.bio';
const ALCALDIA = 'https://www.tiktok.com/@alcaldiasa';
const CLOSED = 'https://www.tiktok.com/@closed.root';
/** A list name only the merchant should know. */
const SECRET_LIST = 'Q4 secret list 机密';
/** A restarted worker can take a few seconds to answer its first message. */
const SLOW = { timeout: 15_000 };
const ALLOWED_LINK_HOSTS = ['www.tiktok.com', 'affiliate.tiktok.com', 'affiliate.tiktokshopglobalselling.com'];

/** Rows stored for one creator, read from the extension's own IndexedDB by an extension page. */
async function countRows(handle: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('vettok');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const count = (store: string, index: string | null, key: IDBValidKey | IDBKeyRange | null) =>
    new Promise<number>((resolve, reject) => {
      const source = db.transaction(store).objectStore(store);
      const request = index ? source.index(index).count(key!) : key === null ? source.count() : source.count(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  // Creators are stored in buckets (one record per bucket, `handles` listing its creators).
  const buckets = await new Promise<{ handles: string[] }[]>((resolve, reject) => {
    const request = db.transaction('creatorBuckets').objectStore('creatorBuckets').getAll();
    request.onsuccess = () => resolve(request.result as { handles: string[] }[]);
    request.onerror = () => reject(request.error);
  });
  const result = {
    creators: buckets.reduce((n, b) => n + b.handles.filter((h) => h === handle).length, 0),
    snapshots: await count('snapshots', '[handle+capturedAt]', IDBKeyRange.bound([handle, -Infinity], [handle, Infinity])),
    // Entries are stored in chunks per list (one record per chunk, `handles` listing its creators).
    entries: await new Promise<number>((resolve, reject) => {
      const request = db.transaction('entryChunks').objectStore('entryChunks').getAll();
      request.onsuccess = () => resolve((request.result as { handles: string[] }[]).reduce((n, c) => n + c.handles.filter((h) => h === handle).length, 0));
      request.onerror = () => reject(request.error);
    }),
    drafts: await count('invitationDrafts', null, 'kill-flow-draft'),
    invitations: await count('invitations', 'handles', handle),
    collaborations: await new Promise<number>((resolve, reject) => {
      const request = db.transaction('collaborations').objectStore('collaborations').getAll();
      request.onsuccess = () => resolve((request.result as { creatorHandle: string }[]).filter((c) => c.creatorHandle === handle).length);
      request.onerror = () => reject(request.error);
    }),
  };
  db.close();
  return result;
}

describe('security in the browser', () => {
  let vettok: Vettok;
  /** Requests made by Vettok's own contexts (service worker, popup, side panel), and by TikTok pages. */
  const requests: { url: string; fromExtension: boolean }[] = [];
  const opened = new Set<string>();
  let workersKilled = 0;

  beforeAll(async () => {
    vettok = await launchVettok();
    vettok.context.on('request', (request) => {
      let origin: string;
      try {
        origin = request.serviceWorker()?.url() ?? request.frame().url();
      } catch {
        origin = request.serviceWorker()?.url() ?? '';
      }
      requests.push({ url: request.url(), fromExtension: origin.startsWith('chrome-extension://') });
    });
  });
  afterAll(async () => {
    await vettok?.close();
  });

  async function open(url: string) {
    opened.add(url);
    return vettok.open(url);
  }
  async function kill() {
    await vettok.stopServiceWorker();
    workersKilled++;
  }

  it('renders hostile creator text as text: no script runs, links are https to TikTok only', async () => {
    const detail = JSON.parse(fixtureText('api-user-detail-zg.520-2025-10.json')).data;
    const user = detail.userInfo.user;
    user.uniqueId = 'hostile.bio';
    user.nickname = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe\u200B\u200D<script>window.__pwned=2</script>';
    user.signature = `<a href="javascript:window.__pwned=3">click</a> data:text/html,<script>window.__pwned=4</script> ${'𝓑𝓲𝓸 ✨ '.repeat(12_500)}`;
    user.bioLink = { link: 'javascript:window.__pwned=5', risk: 0 };
    vettok.pages.set(HOSTILE, pageWithUserDetail(detail, '<script>window.__pwned=6</script>'));
    const page = await open(HOSTILE);
    const card = overlayOf(page);
    const overlay = card.getByTestId('vettok-overlay');
    await expect.poll(() => overlay.getAttribute('data-state')).toMatch(/ready|unreadable/);
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await card.locator('script').count()).toBe(0);
    expect(await card.locator('img[src="x"]').count()).toBe(0);
    for (const link of await card.locator('a[href]').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      const url = new URL(href, 'https://invalid.invalid/');
      expect(url.protocol, href).toBe('https:');
      expect(ALLOWED_LINK_HOSTS, href).toContain(url.host);
    }
    const text = (await overlay.textContent()) ?? '';
    if (text.includes('hostile')) expect(text).not.toContain('undefined');
  });

  it('a page cannot message the background, a content script only its own handlers, and fake feed data or envelopes change nothing stored', async () => {
    const jelly = await open(JELLY);
    const jellyCard = overlayOf(jelly);
    await expect.poll(() => jellyCard.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await jellyCard.getByTestId('overlay-add').click();
    await expect.poll(() => jellyCard.getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');

    const spoofs = await jelly.evaluate(async (extensionId) => {
      const results: string[] = [];
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome;
      results.push(typeof c?.runtime?.sendMessage);
      if (c?.runtime?.sendMessage) {
        for (const name of ['data.erase', 'backup.import.begin', 'list.delete', 'snapshot.submit']) {
          try {
            await c.runtime.sendMessage(extensionId, { vettok: 1, name, payload: { confirm: 'erase' } });
            results.push(`${name}: sent`);
          } catch {
            results.push(`${name}: refused`);
          }
        }
      }
      // Fake envelopes and fake item_list data for another creator on the window channel.
      for (const name of ['data.erase', 'list.delete', 'shortlist.add']) window.postMessage({ vettok: 1, name, payload: { confirm: 'erase', listId: 'x', handle: 'alcaldiasa' } }, '*');
      window.postMessage({ channel: 'feed:response', url: 'https://www.tiktok.com/api/post/item_list/', body: { itemList: [{ id: '1', author: { uniqueId: 'alcaldiasa' }, stats: { playCount: 1e9 } }] } }, location.origin);
      window.postMessage({ channel: 'feed:response', url: 'https://www.tiktok.com/api/post/item_list/', body: { __proto__: { polluted: 1 }, itemList: 'x'.repeat(3_000_000) } }, location.origin);
      return results;
    }, vettok.extensionId);
    expect(spoofs.filter((r) => r.endsWith(': sent'))).toEqual([]);
    await jelly.waitForTimeout(500);

    // Even Vettok's own content-script world (as if the page had compromised it) reaches only the
    // handlers meant for its site: everything else is refused before any payload is looked at.
    const codesFrom = (world: ContentWorld, names: string[]) =>
      world.evaluate(async (list) => {
        const codes: Record<string, string> = {};
        for (const name of list) {
          const reply = await chrome.runtime.sendMessage({ vettok: 1, name, payload: {} });
          codes[name] = reply.ok ? 'ok' : reply.error.code;
        }
        return codes;
      }, names);
    const PRIVILEGED = ['data.erase', 'backup.import.begin', 'list.delete', 'list.create', 'entries.bulk', 'settings.get', 'settings.save', 'tab.creator', 'invitation.draft.save', 'invitation.apply', 'collab.start'];
    const fromTikTok = await codesFrom(await contentWorld(jelly), [...PRIVILEGED, 'invitation.drafts', 'shortlist.add']);
    expect(fromTikTok).toEqual({ ...Object.fromEntries([...PRIVILEGED, 'invitation.drafts'].map((n) => [n, 'forbidden'])), 'shortlist.add': 'invalid-payload' });
    const affiliate = await open('https://affiliate.tiktok.com/connection/creator/detail?cid=1');
    const fromAffiliate = await codesFrom(await contentWorld(affiliate), [...PRIVILEGED, 'page.unreadable', 'invitation.drafts']);
    expect(fromAffiliate).toEqual({ ...Object.fromEntries([...PRIVILEGED, 'page.unreadable'].map((n) => [n, 'forbidden'])), 'invitation.drafts': 'ok' });
    await affiliate.close();
    console.log(`[security] from Vettok's own content scripts: ${Object.keys(fromTikTok).length} messages tried on www.tiktok.com, ${Object.keys(fromAffiliate).length} on the Affiliate Center; privileged ones all forbidden`);

    const panel = await vettok.openExtensionPage('sidepanel.html');
    await expect.poll(() => panel.locator('[data-testid=shortlist-row][data-handle="jelly.here10"]').count()).toBe(1);
    expect(await panel.locator('[data-testid=shortlist-row][data-handle="alcaldiasa"]').count()).toBe(0);
    expect(await jellyCard.getByTestId('vettok-overlay').getAttribute('data-handle')).toBe('jelly.here10');
    await panel.close();
  });

  it('completes the main flows with the service worker killed before every step: no duplicate, no lost write, alarms re-created', async () => {
    const panel = await vettok.openExtensionPage('sidepanel.html');
    const ask = <T>(name: string, payload: unknown) =>
      panel.evaluate(async ([n, p]) => {
        const reply = await chrome.runtime.sendMessage({ vettok: 1, name: n, payload: p });
        if (!reply?.ok) throw new Error(`${n}: ${JSON.stringify(reply)}`);
        return reply.data;
      }, [name, payload] as const) as Promise<T>;
    const stored = () => panel.evaluate(countRows, 'alcaldiasa');
    const steps: string[] = [];
    const step = async (name: string, run: () => Promise<void>) => {
      await kill();
      await run();
      steps.push(name);
    };

    let tab: Page | null = null;
    const live = () => overlayOf(tab!);
    // 1. Read the profile.
    await step('read profile', async () => {
      tab = await open(ALCALDIA);
      await expect.poll(() => live().getByTestId('vettok-overlay').getAttribute('data-state'), SLOW).toBe('ready');
      await expect.poll(() => live().getByTestId('vettok-overlay').getAttribute('data-score'), SLOW).toBe('shown');
    });
    expect((await stored()).snapshots).toBe(1);
    // 2. Add to the shortlist from the overlay.
    await step('add to shortlist', async () => {
      await live().getByTestId('overlay-add').click();
      await expect.poll(() => live().getByTestId('overlay-add-status').getAttribute('data-state'), SLOW).toBe('saved');
    });
    expect((await stored()).entries).toBe(1);
    // 3. Read it again (a reload): merged with the same visit.
    await step('read profile again', async () => {
      await tab!.reload();
      await expect.poll(() => live().getByTestId('vettok-overlay').getAttribute('data-state'), SLOW).toBe('ready');
      await expect.poll(() => live().getByTestId('vettok-overlay').getAttribute('data-score'), SLOW).toBe('shown');
    });
    // 4. Add again: still one entry.
    await step('add again', async () => {
      await live().getByTestId('overlay-add').click();
      await expect.poll(() => live().getByTestId('overlay-add-status').getAttribute('data-state'), SLOW).toBe('saved');
    });
    expect(await stored()).toMatchObject({ snapshots: 1, entries: 1 });
    // 5. The popup shows the tab's creator.
    await step('popup', async () => {
      const popup = await vettok.openExtensionPage(`popup.html?tab=${await tabIdOf(vettok, ALCALDIA)}`);
      await expect.poll(() => popup.getByTestId('popup').getAttribute('data-handle'), SLOW).toBe('alcaldiasa');
      await popup.close();
    });
    // 6. The side panel lists the creator once.
    await step('side panel', async () => {
      await panel.reload();
      await expect.poll(() => panel.locator('[data-testid=shortlist-row][data-handle="alcaldiasa"]').count(), SLOW).toBe(1);
    });
    // 7. Draft an invitation (the message the Invitations tab sends on save).
    const draft = newDraft('kill-flow-draft', 'Kill flow', Date.now(), 'en', completeTerms('en', { endDate: '2027-06-30' }));
    await step('save draft', async () => {
      await ask('invitation.draft.save', { draft });
    });
    // 8. Apply it to the creator (as "Apply" in the Invitations tab).
    let invitationId = '';
    await step('apply draft', async () => {
      const { invitations } = await ask<{ invitations: { id: string }[] }>('invitation.apply', { draftId: draft.id, handles: ['alcaldiasa'] });
      invitationId = invitations[0]!.id;
    });
    expect(await stored()).toMatchObject({ drafts: 1, invitations: 1 });
    // 9. "Invite" on the overlay with the same draft: recognised, nothing new.
    await step('invite from overlay', async () => {
      await live().getByTestId('overlay-invite').click();
      await expect.poll(() => live().getByTestId('overlay-invite-status').getAttribute('data-state'), SLOW).toBe('invited');
    });
    expect((await stored()).invitations).toBe(1);
    // 10. Start the collaboration from the invitation, 11. and again (a retried click).
    await step('start collaboration', async () => {
      const { created } = await ask<{ created: boolean }>('collab.start', { handle: 'alcaldiasa', invitationId });
      expect(created).toBe(true);
    });
    await step('start collaboration again', async () => {
      const { created } = await ask<{ created: boolean }>('collab.start', { handle: 'alcaldiasa', invitationId });
      expect(created).toBe(false);
    });
    // 12. The sample arrived yesterday: its posting deadline gets reminder alarms.
    const { collaboration } = await ask<{ collaboration: { id: string } }>('collab.start', { handle: 'alcaldiasa', invitationId });
    await step('record sample received', async () => {
      await ask('collab.update', { id: collaboration.id, patch: { status: 'sample-received', dates: { sampleReceivedAt: Date.now() - 86_400_000 } } });
    });
    const alarms = () =>
      panel.evaluate(async () => (await chrome.alarms.getAll()).filter((a) => a.name.startsWith('collab-reminder:')).map((a) => `${a.name}@${a.scheduledTime}`).sort());
    await expect.poll(async () => (await alarms()).length, SLOW).toBeGreaterThan(0);
    const planned = await alarms();
    // 13. The alarms are lost (cleared behind the worker's back); the next start plans them again.
    await panel.evaluate(() => chrome.alarms.clearAll());
    expect(await alarms()).toEqual([]);
    await step('wake after alarms were lost', async () => {
      await ask('settings.get', {});
    });
    await expect.poll(alarms, SLOW).toEqual(planned);

    expect(await stored()).toEqual({ creators: 1, snapshots: 1, entries: 1, drafts: 1, invitations: 1, collaborations: 1 });
    await tab!.close();
    await panel.close();
    console.log(`[security] killed-worker flow: ${steps.length} steps, each after a stop (${steps.join(' → ')}); ${planned.length} reminder alarm(s) re-created`);
    console.log(`[security] service workers killed: ${workersKilled}`);
    expect(steps).toHaveLength(13);
  });

  it('the page cannot read or alter the overlay: closed shadow root, nothing on the host, no globals, no messages', async () => {
    // A creator page whose own script runs first and tries everything a page can: hook
    // attachShadow, listen to every window message, read the DOM, find and select text.
    const detail = JSON.parse(fixtureText('api-user-detail-zg.520-2025-10.json')).data;
    detail.userInfo.user.uniqueId = 'closed.root';
    const hooks = `<script>
      window.__seen = { roots: 0, messages: [] };
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { window.__seen.roots++; window.__stolen = attach.call(this, init); return window.__stolen; };
      addEventListener('message', (e) => { try { window.__seen.messages.push(JSON.stringify(e.data)); } catch { window.__seen.messages.push('(not JSON)'); } }, true);
    </script>`;
    vettok.pages.set(CLOSED, pageWithUserDetail(detail).replace('<head>', `<head>${hooks}`));

    // The merchant keeps the creator in a list whose name the page must not learn.
    const panel = await vettok.openExtensionPage('sidepanel.html');
    const created = await panel.evaluate((name) => chrome.runtime.sendMessage({ vettok: 1, name: 'list.create', payload: { name } }), SECRET_LIST);
    expect(created).toMatchObject({ ok: true });
    await panel.close();
    const page = await open(CLOSED);
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => card.getByTestId('overlay-list').locator('option').count()).toBeGreaterThan(1);
    await card.getByTestId('overlay-list').selectOption({ label: SECRET_LIST });
    await card.getByTestId('overlay-add').click();
    await expect.poll(() => card.getByTestId('overlay-lists').textContent()).toContain(SECRET_LIST);
    const shown = (await card.getByTestId('vettok-overlay').textContent()) ?? '';
    expect(shown).toContain('@closed.root');

    const seen = await page.evaluate((secret) => {
      const host = document.querySelector('vettok-overlay') as HTMLElement;
      const w = window as unknown as { __seen: { roots: number; messages: string[] }; __stolen?: ShadowRoot; find(text: string): boolean };
      const hookedRoots = w.__seen.roots;
      let reattached = 'allowed';
      try {
        host.attachShadow({ mode: 'open' });
      } catch (error) {
        reattached = (error as Error).name;
      }
      const pageText = [document.documentElement.outerHTML, document.documentElement.textContent ?? '', document.body.innerText].join('\n');
      // Find-in-page does match the card's text, but the match cannot be selected, extended or copied out.
      const found = w.find(secret);
      getSelection()?.modify('extend', 'forward', 'documentboundary');
      const selected = String(getSelection());
      getSelection()?.removeAllRanges();
      document.execCommand('selectAll');
      const selectedAll = String(getSelection());
      getSelection()?.removeAllRanges();
      return {
        host: !!host,
        shadowRoot: host.shadowRoot,
        hookedRoots,
        stolen: w.__stolen === undefined ? 'none' : 'a root',
        reattached,
        hostAttributes: host.getAttributeNames(),
        hostChildren: host.childNodes.length,
        secretInPageText: pageText.includes(secret) || pageText.includes('@closed.root'),
        found,
        secretSelected: selected.includes(secret) || selected.includes('Vettok') || selectedAll.includes(secret),
        globals: Object.getOwnPropertyNames(window).filter((k) => /vettok|wxt/i.test(k)),
        channels: [...new Set(w.__seen.messages.map((m) => (JSON.parse(m) as { channel?: string } | null)?.channel ?? m))].sort(),
        secretInMessages: w.__seen.messages.some((m) => m.includes(secret) || m.includes('Vettok')),
      };
    }, SECRET_LIST);
    console.log(`[security] what the page sees of the overlay: ${JSON.stringify(seen)}`);
    const { channels, ...rest } = seen;
    // Window messages: only the feed bridge's channels (the page's own data going in, a replay
    // request): the creator pages' and scout mode's lists' (its script also runs on profiles).
    expect(channels.every((c) => ['feed:response', 'feed:replay', 'list:response', 'list:replay'].includes(c)), channels.join()).toBe(true);
    expect(rest).toEqual({
      host: true,
      shadowRoot: null,
      hookedRoots: 0,
      stolen: 'none',
      reattached: 'NotSupportedError',
      hostAttributes: [],
      hostChildren: 0,
      secretInPageText: false,
      found: expect.any(Boolean),
      secretSelected: false,
      globals: [],
      secretInMessages: false,
    });

    // Writing into the host does not reach the card: light-DOM children of a host without slots are never rendered.
    const fake = await page.evaluate(() => {
      const host = document.querySelector('vettok-overlay') as HTMLElement;
      const forged = document.createElement('section');
      forged.setAttribute('data-testid', 'vettok-overlay');
      forged.setAttribute('data-state', 'ready');
      forged.textContent = 'FORGED score 100, safe to invite';
      host.append(forged);
      host.setAttribute('data-state', 'forged');
      return { rendered: forged.getClientRects().length, visible: forged.checkVisibility() };
    });
    expect(fake).toEqual({ rendered: 0, visible: false });
    await page.waitForTimeout(200);
    expect(await card.getByTestId('vettok-overlay').textContent()).toBe(shown);
    expect(await card.getByTestId('vettok-overlay').getAttribute('data-handle')).toBe('closed.root');
    expect(await card.locator('section').count()).toBe(1);
    await page.close();
  });

  it('makes no network request of its own while every surface is used', async () => {
    // Vettok's own contexts may load only their own files.
    const own = requests.filter((r) => r.fromExtension && !r.url.startsWith('chrome-extension://')).map((r) => r.url);
    // On TikTok pages (where content scripts run), every request goes to TikTok's own hosts: the
    // page's subresources. Vettok's content scripts fetch only chrome-extension:// files (the bundle
    // scan proves no other URL is in the code).
    const foreign = requests
      .filter((r) => !r.fromExtension && /^https?:/.test(r.url))
      .map((r) => new URL(r.url).host)
      .filter((host) => !/(^|\.)(tiktok\.com|tiktokcdn\.com|tiktokcdn-us\.com|ttwstatic\.com|tiktokv\.com|ibytedtos\.com|byteoversea\.com|tiktokw\.us|ttdns2\.com)$/.test(host));
    console.log(`[security] requests observed: ${requests.length}; from Vettok's own contexts to the network: ${own.length}`);
    expect([...new Set(foreign)]).toEqual([]);
    expect(own).toEqual([]);
  });
});
