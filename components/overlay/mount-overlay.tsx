import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CreatorOverlay } from './creator-overlay';
import type { OverlayStore } from './overlay-store';

/**
/**
 * Mounts the overlay card in its own shadow root at the end of the page's body. The root is closed
 * (`host.shadowRoot` is null for the page's scripts), so the page can neither read the card (the
 * merchant's list names) nor change what it shows (docs/security.md §1). Key presses in the card
 * stop at the root: they do not reach TikTok's own (bubbling) shortcut handlers. `css`: the
 * stylesheet as text, for scripts that bundle it (`cssInjectionMode: 'manual'`) rather than have
 * it fetched before the card can mount.
 */
export async function mountOverlay(ctx: ContentScriptContext, store: OverlayStore, onAdd: (listId: string | null) => void, css?: string): Promise<void> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'vettok-overlay',
    mode: 'closed',
    isolateEvents: true,
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = createRoot(container);
      root.render(<CreatorOverlay store={store} onAdd={onAdd} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
