import { ask, MessageError } from '@/lib/messaging/ask';
import { fillMessage, type Locale } from '@/lib/i18n/format';
import { scoutEn } from '@/lib/i18n/scout.en';
import { scoutZhCN } from '@/lib/i18n/scout.zh-CN';
import type { IdleQueue } from '@/lib/page/idle-queue';
import { detachedScrollers, type ScrollerMemo } from '@/lib/page/detached-scrollers';
import { findCreatorPlaces, type ReadLinks } from '@/lib/page/scout-anchors';
import { listKindOf } from '@/lib/readers/list-kind';
import { creatorsOfList } from '@/lib/readers/list-response';
import type { ChipView } from '@/lib/scout/chip-view';
import { MAX_SCOUT_ADD, MAX_SCOUT_BATCH } from '@/lib/scout/limits';
import { createScoreChip, type ChipShown, type ScoreChip } from './score-chip';
import { createScoutBar, type BarState } from './scout-bar';

/** Waits this long after the page's last DOM change before placing chips (TikTok renders a page of results in bursts). */
const PLACE_DELAY_MS = 120;
/** The page is taken to have stopped scrolling this long after its last scroll event. */
const SCROLL_SETTLE_MS = 150;
/** Chips made and put in the page per idle task (≈ 0.1 ms each); each task's chips are inserted together. */
const CHIPS_PER_TASK = 12;
/**
 * The chip's box, from where it is put (its top left corner): 18 px high (a 16 px line and its
 * border), and taken as wide as the widest label (a chip is clipped, not left whole, when a box
 * might cut it).
 */
const CHIP_HEIGHT = 18;
const CHIP_MAX_WIDTH = 320;

/**
 * Scout mode on one list page: reads each list response the page receives, has the background
 * assess the creators, and places a chip beside each creator the page shows (found by their own
 * link or handle, never by position). The bar adds all visible or the selected creators to a list.
 *
 * Its work on the page runs in `idle`, the page's idle time (lib/page/idle-queue.ts): the lists are
 * parsed and read there (entrypoints/list-scout.ts), and the creators' places are found and their
 * chips made there, 12 per task. A page that scrolls while its results arrive thus keeps more of its
 * frames; the chips follow a frame or more later (docs/performance.md, "Scrolling 500 results").
 */
export function createScoutSession(doc: Document, idle: IdleQueue) {
  // The merchant's Settings language, as each of the background's replies names it (the one rule,
  // lib/i18n uiLocale, applied there): the chips' own texts come from the background in it, and the
  // bar and the chips' labels are made here only once a reply has come, so never in another language.
  let locale: Locale | null = null;
  const t = (key: string, params: Record<string, string | number> = {}) =>
    locale === null ? '' : fillMessage(locale, locale === 'zh-CN' ? scoutZhCN : scoutEn, key, params);
  const views = new Map<string, ChipView>();
  const hosts = new Map<string, HTMLElement>();
  const visible = new Set<string>();
  const selected = new Set<string>();
  const state: BarState = { total: 0, visible: 0, selected: 0, lists: [], lastListId: null, status: null, busy: false };
  let undoId: string | null = null;
  let bar: ReturnType<typeof createScoutBar> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * The chips whose hosts a list's scrolling leaves where they are: the list scrolls inside a box
   * (TikTok's follower and following lists, in a fixed dialog) that holds no positioned element
   * around the link, so the host's containing block lies outside the box
   * (lib/page/detached-scrollers.ts). Each such chip is moved by its boxes' scrolling since it was
   * aligned, in their scroll events: clipped where a box's edge cuts it, and not painted where the
   * boxes do not show it. Only these chips: a chip whose containing block scrolls with its link
   * costs nothing per frame (docs/performance.md).
   */
  interface Drift {
    link: Element;
    /** Where the chip was aligned, in its host's coordinates, and its boxes' scroll offsets then. */
    x: number;
    y: number;
    scrollers: { box: Element; left: number; top: number }[];
    /** The part of the list its boxes show, in the host's coordinates (neither moves when they scroll). */
    shows: { left: number; top: number; right: number; bottom: number };
    /** How much of the chip its boxes showed when it was last moved. */
    shown: ChipShown;
  }
  const drifting = new Map<HTMLElement, Drift>();
  // Each chip's own move (components/scout/score-chip.ts), by its host.
  const shifts = new WeakMap<HTMLElement, ScoreChip['shift']>();
  const byScroller = new Map<Element, Set<HTMLElement>>();
  // Which creator an observed element (a host, or the link of a drifting chip) stands for.
  const handleOf = new WeakMap<Element, string>();

  function stopDrift(host: HTMLElement) {
    const drift = drifting.get(host);
    if (!drift) return;
    drifting.delete(host);
    for (const { box } of drift.scrollers) {
      const set = byScroller.get(box);
      set?.delete(host);
      if (set?.size === 0) byScroller.delete(box);
    }
  }

  /** How much of a chip put at (x, y) the shown part of its list holds. */
  function shownAt(x: number, y: number, shows: Drift['shows']): ChipShown {
    if (y >= shows.bottom || y + CHIP_HEIGHT <= shows.top || x >= shows.right || x + CHIP_MAX_WIDTH <= shows.left) return 'none';
    return y >= shows.top && y + CHIP_HEIGHT <= shows.bottom && x >= shows.left && x + CHIP_MAX_WIDTH <= shows.right ? 'whole' : 'part';
  }

  /** Moves the chips of this scrolled box by how far their boxes have scrolled since they were aligned. */
  function follow(scrolled: Element) {
    const chips = byScroller.get(scrolled);
    if (!chips) return;
    const offsets = new Map<Element, { left: number; top: number }>();
    const offsetOf = (box: Element) => {
      let offset = offsets.get(box);
      if (!offset) offsets.set(box, (offset = { left: box.scrollLeft, top: box.scrollTop }));
      return offset;
    };
    for (const host of [...chips]) {
      const drift = drifting.get(host);
      if (!drift || !host.isConnected) {
        stopDrift(host);
        continue;
      }
      let dx = 0;
      let dy = 0;
      for (const { box, left, top } of drift.scrollers) {
        const now = offsetOf(box);
        dx += left - now.left;
        dy += top - now.top;
      }
      // Only the chips the box shows, or showed, are written (a few rows of a long list): the
      // others are not painted, and stay so.
      const shown = shownAt(drift.x + dx, drift.y + dy, drift.shows);
      if (shown === 'none' && drift.shown === 'none') continue;
      drift.shown = shown;
      shifts.get(host)?.(dx, dy, shown);
    }
  }

  /**
   * Which chips are in view, found when the page stops scrolling (and after chips are placed) with
   * one IntersectionObserver over them all, disconnected after its first report. Observing every
   * chip while scrolling would have the browser work out each one's visibility in every frame of a
   * long list (measured: docs/performance.md).
   */
  let visibleTimer: ReturnType<typeof setTimeout> | null = null;
  function findVisible(): Promise<void> {
    return new Promise((resolve) => {
      // A chip that its list's scrolling does not carry is seen where its link is (the host stays put).
      const targets = [...hosts.values()].filter((host) => host.isConnected).map((host) => drifting.get(host)?.link ?? host);
      if (targets.length === 0) {
        visible.clear();
        render();
        resolve();
        return;
      }
      const probe = new IntersectionObserver((entries) => {
        probe.disconnect();
        visible.clear();
        for (const entry of entries) {
          const handle = handleOf.get(entry.target);
          if (handle && entry.isIntersecting) visible.add(handle);
        }
        render();
        resolve();
      });
      for (const host of targets) probe.observe(host);
    });
  }
  // The time of the last scroll; one timer, which waits again when the page scrolled since it was
  // set (not one cleared and set again per scroll event, ≈ 60 a second).
  let lastScroll = 0;
  function settle() {
    const wait = lastScroll + SCROLL_SETTLE_MS - performance.now();
    if (wait > 1) {
      visibleTimer = setTimeout(settle, wait);
      return;
    }
    visibleTimer = null;
    void findVisible();
  }
  function visibleSoon() {
    lastScroll = performance.now();
    visibleTimer ??= setTimeout(settle, SCROLL_SETTLE_MS);
  }
  // Capture: TikTok's lists often scroll inside their own containers, whose scroll events do not bubble.
  const onScroll = (event: Event) => {
    if (byScroller.size > 0 && event.target instanceof Element) follow(event.target);
    if (hosts.size > 0) visibleSoon();
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });

  function render() {
    if (!bar) return;
    state.total = hosts.size;
    state.visible = visible.size;
    state.selected = selected.size;
    bar.render(state);
  }

  function ensureBar() {
    if (bar) return;
    bar = createScoutBar(doc, t, {
      addVisible: (listId) => void findVisible().then(() => add([...visible], listId)),
      addSelected: (listId) => void add([...selected], listId),
      undo: () => void takeBack(),
    });
    doc.documentElement.append(bar.host);
  }

  async function add(handles: string[], listId: string | null) {
    if (handles.length === 0 || state.busy) return;
    state.busy = true;
    render();
    try {
      const result = await ask('scout.add', { handles: handles.slice(0, MAX_SCOUT_ADD), listId });
      undoId = result.undoId;
      state.status =
        result.added > 0 ? { text: t('scout.bar.added', { count: result.added, list: result.listName ?? '' }), undo: undoId !== null } : { text: t('scout.bar.nothingAdded'), undo: false };
    } catch (error) {
      state.status = { text: t('scout.bar.failed', { message: error instanceof MessageError ? error.message : String(error) }), undo: false };
    } finally {
      state.busy = false;
      render();
    }
  }

  async function takeBack() {
    if (!undoId) return;
    const id = undoId;
    undoId = null;
    const { restored } = await ask('scout.undo', { undoId: id }).catch(() => ({ restored: false }));
    state.status = restored ? { text: t('scout.bar.undone'), undo: false } : null;
    render();
  }

  async function open(handle: string) {
    const { opened } = await ask('scout.open', { handle }).catch(() => ({ opened: false }));
    if (!opened) {
      ensureBar();
      state.status = { text: t('scout.open.failed', { handle }), undo: false };
      render();
    }
  }

  const actions = {
    open: (handle: string) => void open(handle),
    select(handle: string, on: boolean) {
      if (on) selected.add(handle);
      else selected.delete(handle);
      render();
    },
    selectLabel: (handle: string) => t('scout.bar.select', { handle }),
    chipLabel: (view: ChipView) => t('scout.chip.aria', { handle: view.handle, label: view.label }),
  };

  // The links already read on this page (lib/page/scout-anchors.ts), for the page's current URL.
  let readLinks: ReadLinks = new WeakMap();
  let readLinksUrl = doc.URL;
  // Handles whose chip is queued to be made (in a later idle task).
  const queued = new Set<string>();

  /** Finds the place of every creator with a verdict and no chip yet, and queues their chips. */
  function place() {
    timer = null;
    // Chips the page took out (a dialog closed, a row re-rendered) stop following their boxes.
    for (const host of drifting.keys()) if (!host.isConnected) stopDrift(host);
    if (doc.URL !== readLinksUrl) {
      readLinks = new WeakMap();
      readLinksUrl = doc.URL;
    }
    const wanted = new Set<string>();
    for (const handle of views.keys()) if (!queued.has(handle) && !hosts.get(handle)?.isConnected) wanted.add(handle);
    const places = [...findCreatorPlaces(doc, wanted, (el) => el.closest('vettok-chip, vettok-scout-bar') !== null, readLinks)];
    for (let i = 0; i < places.length; i += CHIPS_PER_TASK) {
      const batch = places.slice(i, i + CHIPS_PER_TASK);
      for (const [handle] of batch) queued.add(handle);
      idle.add(() => putChips(batch));
    }
    if (hosts.size > 0) ensureBar();
    render();
  }

  /** Makes these creators' chips and puts each after its place, in one pass of DOM writes. */
  function putChips(batch: readonly (readonly [string, Element])[]) {
    const placed: [HTMLElement, Element][] = [];
    for (const [handle, element] of batch) {
      queued.delete(handle);
      const view = views.get(handle);
      // The page removed the place since, or a newer verdict came: the next search finds it again.
      if (!view || !element.isConnected || hosts.get(handle)?.isConnected) continue;
      const { host, shift } = createScoreChip(doc, view, actions);
      host.dataset['vettokHandle'] = handle;
      shifts.set(host, shift);
      placed.push([host, element]);
    }
    for (const [host, element] of placed) {
      element.after(host);
      hosts.set(host.dataset['vettokHandle']!, host);
      handleOf.set(host, host.dataset['vettokHandle']!);
    }
    // Each chip just right of its creator's link, wherever the list's layout put the (sizeless) host.
    if (placed.length > 0) alignChips(placed);
    if (hosts.size > 0) ensureBar();
    render();
  }

  /**
   * The boxes come from an IntersectionObserver, which reports them after the browser's own layout
   * of the next frame: reading them with getBoundingClientRect would force a layout of TikTok's list
   * in this task. All are written in one pass, in that callback. The same report says which of
   * these chips are in view (for "add all visible"): no second observer of them is needed.
   */
  function alignChips(placed: readonly (readonly [HTMLElement, Element])[]) {
    const boxes = new Map<Element, IntersectionObserverEntry>();
    const targets = new Set(placed.flat());
    const measure = new IntersectionObserver((entries) => {
      for (const entry of entries) boxes.set(entry.target, entry);
      if (boxes.size < targets.size) return;
      measure.disconnect();
      // Every read first, then every write: a read after a write would have the browser lay the page out again.
      const memo: ScrollerMemo = new Map();
      const seen = new Map<Element, BoxSeen>();
      const aligned = placed.map(([host, element]) => {
        const h = boxes.get(host)!;
        const link = boxes.get(element)!;
        const e = link.boundingClientRect;
        const x = Math.round(e.right + 4 - h.boundingClientRect.left);
        const y = Math.round(e.top + (e.height - 18) / 2 - h.boundingClientRect.top);
        const drift = host.isConnected ? driftOf(host, element, x, y, h.boundingClientRect, memo, seen) : null;
        return { host, x, y, drift, shown: (drift ? link : h).isIntersecting && host.isConnected };
      });
      for (const { host, x, y, drift, shown } of aligned) {
        host.style.setProperty('--vt-x', `${x}px`);
        host.style.setProperty('--vt-y', `${y}px`);
        stopDrift(host);
        if (drift) {
          startDrift(host, drift);
        } else {
          host.style.removeProperty('--vt-clip');
        }
        const handle = host.dataset['vettokHandle']!;
        if (shown) visible.add(handle);
        else visible.delete(handle);
      }
      for (const handle of visible) if (!hosts.get(handle)?.isConnected) visible.delete(handle);
      render();
    });
    for (const target of targets) measure.observe(target);
  }

  /** A scrolling box as an alignment read it: the part of the list it shows (in the viewport) and its scroll offsets. */
  interface BoxSeen {
    left: number;
    top: number;
    right: number;
    bottom: number;
    scrollLeft: number;
    scrollTop: number;
  }

  /**
   * Whether this just-aligned chip sits in boxes whose scrolling does not move its host, and if so
   * how it is to follow them: from where, and clipped to the part of the list they show. Reads only
   * (each box once per alignment); runs in the alignment's report, after the browser's layout.
   */
  function driftOf(host: HTMLElement, link: Element, x: number, y: number, origin: DOMRectReadOnly, memo: ScrollerMemo, seen: Map<Element, BoxSeen>): Drift | null {
    const boxes = detachedScrollers(host, memo);
    if (boxes.length === 0) return null;
    let [left, top, right, bottom] = [-Infinity, -Infinity, Infinity, Infinity];
    const scrollers = boxes.map((box) => {
      let read = seen.get(box);
      if (!read) {
        const r = box.getBoundingClientRect();
        const l = r.left + box.clientLeft;
        const t = r.top + box.clientTop;
        read = { left: l, top: t, right: l + box.clientWidth, bottom: t + box.clientHeight, scrollLeft: box.scrollLeft, scrollTop: box.scrollTop };
        seen.set(box, read);
      }
      left = Math.max(left, read.left);
      top = Math.max(top, read.top);
      right = Math.min(right, read.right);
      bottom = Math.min(bottom, read.bottom);
      return { box, left: read.scrollLeft, top: read.scrollTop };
    });
    // The shown part of the list, in the host's own coordinates (neither moves when the list scrolls).
    const [l, t, r, b] = [left - origin.left, top - origin.top, Math.max(left, right) - origin.left, Math.max(top, bottom) - origin.top].map(Math.round) as [number, number, number, number];
    const shows = { left: l, top: t, right: r, bottom: b };
    return { link, x, y, scrollers, shows, shown: shownAt(x, y, shows) };
  }

  /** From now on this chip follows its boxes' scrolling, clipped to the part of the list they show where their edge cuts it. */
  function startDrift(host: HTMLElement, drift: Drift) {
    drifting.set(host, drift);
    for (const { box } of drift.scrollers) {
      let set = byScroller.get(box);
      if (!set) byScroller.set(box, (set = new Set()));
      set.add(host);
    }
    handleOf.set(drift.link, host.dataset['vettokHandle']!);
    const { left: l, top: t, right: r, bottom: b } = drift.shows;
    host.style.setProperty('--vt-clip', `polygon(${l}px ${t}px, ${r}px ${t}px, ${r}px ${b}px, ${l}px ${b}px)`);
    shifts.get(host)?.(0, 0, drift.shown);
  }

  function schedule() {
    if (timer === null) timer = setTimeout(() => idle.add(place), PLACE_DELAY_MS);
  }

  const isVettok = (node: Node) => node instanceof Element && (node.localName === 'vettok-chip' || node.localName === 'vettok-scout-bar');
  // A change of the page's own: not inside Vettok's elements, nor only Vettok's chips put in (one
  // that takes a chip out may be the page re-rendering its row: the chip is placed again).
  const byPage = (r: MutationRecord) =>
    !(r.target instanceof Element && r.target.closest('vettok-chip, vettok-scout-bar')) && !(r.removedNodes.length === 0 && [...r.addedNodes].every(isVettok));
  const mutations = new MutationObserver((records) => {
    // Only the page's own changes can bring new creators on screen.
    if (views.size > 0 && records.some(byPage)) schedule();
  });

  return {
    /**
     * A response the page received (untrusted): the creators it holds, each read from its own record
     * (the background validates every snapshot again), sent to the background, which answers with
     * their chips. Only these small snapshots cross to the background, never the whole response.
     */
    async receive(url: string, body: unknown) {
      const kind = listKindOf(url);
      if (!kind) return;
      const snapshots = creatorsOfList(kind, body, Date.now());
      for (let i = 0; i < snapshots.length; i += MAX_SCOUT_BATCH) {
        const reply = await ask('scout.seen', { kind, snapshots: snapshots.slice(i, i + MAX_SCOUT_BATCH) });
        locale = reply.locale;
        state.lists = reply.listChoices;
        state.lastListId = reply.lastListId;
        for (const chip of reply.chips) {
          const before = views.get(chip.handle);
          views.set(chip.handle, chip);
          // A newer verdict replaces the chip already shown.
          if (before && JSON.stringify(before) !== JSON.stringify(chip)) {
            const host = hosts.get(chip.handle);
            if (host) {
              host.remove();
              hosts.delete(chip.handle);
              stopDrift(host);
            }
          }
        }
      }
      if (doc.body) mutations.observe(doc.body, { childList: true, subtree: true });
      schedule();
    },
    stop() {
      idle.stop();
      mutations.disconnect();
      doc.removeEventListener('scroll', onScroll, { capture: true });
      if (visibleTimer !== null) clearTimeout(visibleTimer);
      if (timer !== null) clearTimeout(timer);
      for (const host of hosts.values()) host.remove();
      drifting.clear();
      byScroller.clear();
      bar?.host.remove();
    },
  };
}
