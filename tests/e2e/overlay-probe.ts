import type { CDPSession, Page } from 'playwright-core';

/**
 * Reaching Vettok's UI inside its closed shadow roots, as only the extension itself can.
 *
 * The overlay (`<vettok-overlay>`) and the Affiliate Center form helper (`<vettok-form-helper>`)
 * render in closed shadow roots: `host.shadowRoot` is null for the page, and Playwright's locators
 * (which run in the page's worlds) stop at the host. These helpers run their queries in Vettok's
 * own content-script world instead — the page's isolated world for the extension, found over CDP
 * (a `Runtime` execution context of type `isolated` with a `chrome-extension://` origin in the tab's
 * main frame) — where `chrome.dom.openOrClosedShadowRoot(host)` opens the root.
 *
 *   const card = overlayOf(page);
 *   await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
 *   await card.getByTestId('overlay-list').selectOption({ label: 'Q4' });
 *   await card.getByTestId('overlay-add').click();            // a real mouse click at the button
 *   const seen = await contentWorld(page).then((w) => w.evaluate((root) => root?.textContent, 'vettok-overlay'));
 *
 * Reads throw while the content script or the element is not there yet, so they belong inside
 * `expect.poll` (which retries) or after a wait; actions (click, fill, select, reading one
 * element's attribute or text) wait up to ACTION_TIMEOUT_MS for their element, like Playwright's.
 */

/** How long an action waits for its element to exist and be actionable. */
export const ACTION_TIMEOUT_MS = 10_000;

interface Protocol {
  'Runtime.executionContextCreated': { context: { id: number; origin: string; auxData?: { type?: string; frameId?: string } } };
  'Runtime.executionContextDestroyed': { executionContextId: number };
}

/** Vettok's content-script world in one tab (follows navigations: a new document, a new world). */
export class ContentWorld {
  private static readonly worlds = new WeakMap<Page, Promise<ContentWorld>>();
  /** Extension isolated worlds by execution context id → frame id, oldest first. */
  private readonly contexts = new Map<number, string>();

  /** The world of Vettok's content scripts in `page` (one CDP session per page, reused). */
  static of(page: Page): Promise<ContentWorld> {
    let world = ContentWorld.worlds.get(page);
    if (!world) {
      world = ContentWorld.attach(page);
      ContentWorld.worlds.set(page, world);
    }
    return world;
  }

  private static async attach(page: Page): Promise<ContentWorld> {
    const cdp = await page.context().newCDPSession(page);
    const world = new ContentWorld(page, cdp);
    cdp.on('Runtime.executionContextCreated', ({ context }: Protocol['Runtime.executionContextCreated']) => {
      if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://') && context.auxData.frameId) {
        world.contexts.set(context.id, context.auxData.frameId);
      }
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: Protocol['Runtime.executionContextDestroyed']) => {
      world.contexts.delete(executionContextId);
    });
    cdp.on('Runtime.executionContextsCleared', () => world.contexts.clear());
    await cdp.send('Runtime.enable');
    return world;
  }

  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}

  /** The current execution context of Vettok's content scripts in the main frame, or null. */
  async contextId(): Promise<number | null> {
    const { frameTree } = await this.cdp.send('Page.getFrameTree');
    const ids = [...this.contexts].filter(([, frame]) => frame === frameTree.frame.id).map(([id]) => id);
    return ids.at(-1) ?? null;
  }

  /**
   * Runs `fn(arg)` in the content scripts' world and returns its (JSON-serialisable) result.
   * `fn` is sent as source: it must not use anything from the test file's scope.
   */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A, timeout = ACTION_TIMEOUT_MS): Promise<R> {
    return this.call<R>(fn.toString(), [arg], timeout);
  }

  /** Like `evaluate`, with the source of a function of any arguments. */
  async call<R>(functionDeclaration: string, args: unknown[], timeout = ACTION_TIMEOUT_MS): Promise<R> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const executionContextId = await this.contextId();
      if (executionContextId !== null) {
        try {
          const reply = await this.cdp.send('Runtime.callFunctionOn', {
            // Sources compiled with esbuild's keepNames (tsx) call a `__name` helper: give them one.
            functionDeclaration: `function (...args) { const __name = (f) => f; return (${functionDeclaration}).apply(this, args); }`,
            executionContextId,
            arguments: args.map((value) => ({ value })),
            returnByValue: true,
            awaitPromise: true,
          });
          if (reply.exceptionDetails) throw new ProbeError(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
          return reply.result.value as R;
        } catch (error) {
          // The document (and its world) went away under the call: try the next one.
          if (error instanceof ProbeError || !/context|target closed/i.test(String(error))) throw error;
          this.contexts.delete(executionContextId);
        }
      }
      if (Date.now() > deadline) throw new Error('no Vettok content script runs in this page');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** An exception thrown by the probed code itself (not a lost context). */
export class ProbeError extends Error {}

/** The world of Vettok's content scripts in `page`. */
export function contentWorld(page: Page): Promise<ContentWorld> {
  return ContentWorld.of(page);
}

/** The overlay card's closed shadow root, as a locator root. */
export function overlayOf(page: Page): ShadowLocator {
  return new ShadowLocator(page, 'vettok-overlay', [], null);
}

/** The Affiliate Center form helper's closed shadow root, as a locator root. */
export function formHelperOf(page: Page): ShadowLocator {
  return new ShadowLocator(page, 'vettok-form-helper', [], null);
}

interface Query {
  host: string;
  selector: string;
  index: number | null;
  op: 'count' | 'attribute' | 'text' | 'value' | 'visible' | 'disabled' | 'point' | 'fill' | 'select';
  arg?: unknown;
}
type Answer = { missing: string } | { value: unknown };

/**
 * Runs in the content scripts' world: opens the host's closed root, finds the elements and performs
 * one operation. Sent as source, so it is self-contained.
 */
function inWorld(q: Query): Answer {
  const host = document.querySelector(q.host);
  const root = host instanceof HTMLElement ? chrome.dom.openOrClosedShadowRoot(host) : null;
  if (!root) return q.op === 'count' ? { value: 0 } : q.op === 'visible' ? { value: false } : { missing: `no <${q.host}> with a shadow root` };
  const all = q.selector ? [...root.querySelectorAll(q.selector)] : [...root.children].filter((e) => e.tagName !== 'STYLE');
  if (q.op === 'count') return { value: q.index === null ? all.length : Number(q.index < all.length) };
  if (q.index === null && all.length > 1) throw new Error(`${all.length} elements match "${q.selector}" in <${q.host}>`);
  const el = all[q.index ?? 0];
  if (!el) return q.op === 'visible' ? { value: false } : { missing: `nothing matches "${q.selector}" in <${q.host}>` };
  const rect = el.getBoundingClientRect();
  const visible = rect.width > 0 && rect.height > 0 && el.checkVisibility();
  switch (q.op) {
    case 'attribute':
      return { value: el.getAttribute(String(q.arg)) };
    case 'text':
      return { value: el.textContent };
    case 'value':
      return { value: (el as HTMLInputElement).value };
    case 'visible':
      return { value: visible };
    case 'disabled':
      return { value: (el as HTMLButtonElement).disabled === true };
    case 'point': {
      // Where a real click lands on the element, once it is visible, enabled and on top.
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hit = root.elementFromPoint(x, y);
      if (!visible) return { missing: `"${q.selector}" is not visible` };
      if ((el as HTMLButtonElement).disabled) return { missing: `"${q.selector}" is disabled` };
      if (!hit || !(hit === el || el.contains(hit))) return { missing: `"${q.selector}" is covered by another element` };
      return { value: { x, y } };
    }
    case 'fill': {
      // The native setter, then the events a typing user causes: React and Preact both see it.
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error(`"${q.selector}" is not an input`);
      el.focus();
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, String(q.arg));
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return { value: el.value };
    }
    case 'select': {
      if (!(el instanceof HTMLSelectElement)) throw new Error(`"${q.selector}" is not a <select>`);
      const want = q.arg as { value?: string; label?: string };
      const option = [...el.options].find((o) => (want.value !== undefined ? o.value === want.value : o.label.trim() === want.label));
      if (!option) return { missing: `no option ${JSON.stringify(want)} in "${q.selector}"` };
      el.focus();
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(el, option.value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return { value: option.value };
    }
  }
  return { missing: `unknown operation ${q.op}` };
}

/**
 * A Playwright-like locator inside one closed shadow root. Selectors chain as CSS descendants
 * (`getByTestId('overlay-flags').locator('[data-flag-id]')`).
 */
export class ShadowLocator {
  constructor(
    private readonly page: Page,
    private readonly host: string,
    private readonly selectors: string[],
    private readonly index: number | null,
  ) {}

  get selector(): string {
    return this.selectors.join(' ');
  }

  locator(selector: string): ShadowLocator {
    return new ShadowLocator(this.page, this.host, [...this.selectors, selector], null);
  }

  getByTestId(testId: string): ShadowLocator {
    return this.locator(`[data-testid="${testId}"]`);
  }

  nth(index: number): ShadowLocator {
    return new ShadowLocator(this.page, this.host, this.selectors, index);
  }

  first(): ShadowLocator {
    return this.nth(0);
  }

  /** Matching elements now (0 when the host or its content script is not there yet). */
  async count(): Promise<number> {
    const world = await contentWorld(this.page);
    if ((await world.contextId()) === null) return 0;
    return this.value<number>('count', undefined, 0);
  }

  async all(): Promise<ShadowLocator[]> {
    return Array.from({ length: await this.count() }, (_, i) => this.nth(i));
  }

  getAttribute(name: string): Promise<string | null> {
    return this.value('attribute', name);
  }

  textContent(): Promise<string | null> {
    return this.value('text');
  }

  inputValue(): Promise<string> {
    return this.value('value');
  }

  /** Visible now (false when missing), no waiting. */
  isVisible(): Promise<boolean> {
    return this.value('visible', undefined, 0);
  }

  isDisabled(): Promise<boolean> {
    return this.value('disabled');
  }

  /**
   * A real (trusted) mouse click at the element's centre, once it is visible, enabled and on top,
   * and stable: the same centre twice 100 ms apart, as Playwright's own click waits (the card can
   * move once when its dock lands, and a click aimed before that would land on the page).
   */
  async click(): Promise<void> {
    const deadline = Date.now() + ACTION_TIMEOUT_MS;
    let { x, y } = await this.value<{ x: number; y: number }>('point');
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      const now = await this.value<{ x: number; y: number }>('point');
      if ((now.x === x && now.y === y) || Date.now() >= deadline) break;
      ({ x, y } = now);
    }
    await this.page.mouse.click(x, y);
  }

  /** Picks an option by value (a string) or by its visible label, as a merchant would. */
  selectOption(option: string | { label: string } | { value: string }): Promise<string> {
    return this.value('select', typeof option === 'string' ? { value: option } : option);
  }

  fill(value: string): Promise<string> {
    return this.value('fill', value);
  }

  /** `fn(elements)` in the content scripts' world; `fn` is sent as source. */
  async evaluateAll<R>(fn: (elements: Element[]) => R): Promise<R> {
    const world = await contentWorld(this.page);
    const source = `(q) => {
      const host = document.querySelector(q.host);
      const root = host instanceof HTMLElement ? chrome.dom.openOrClosedShadowRoot(host) : null;
      const els = root ? [...root.querySelectorAll(q.selector)] : [];
      return (${fn.toString()})(els);
    }`;
    return world.call<R>(source, [{ host: this.host, selector: this.selector }]);
  }

  /** One operation, retried until its element exists (or `timeout` ms passed). */
  private async value<T>(op: Query['op'], arg?: unknown, timeout = ACTION_TIMEOUT_MS): Promise<T> {
    const world = await contentWorld(this.page);
    const query: Query = { host: this.host, selector: this.selector, index: this.index, op, arg };
    const deadline = Date.now() + timeout;
    for (;;) {
      const answer = await world.call<Answer>(inWorld.toString(), [query], Math.max(0, deadline - Date.now()));
      if ('value' in answer) return answer.value as T;
      if (Date.now() >= deadline) throw new Error(`${answer.missing} (after ${timeout} ms)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
