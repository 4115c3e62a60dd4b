import '@/components/vettok.css';
import '@/components/invitations/invitations.css';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { LocaleProvider } from '@/components/i18n';
import { FormHelper } from '@/components/invitations/form-helper';
import { useLocale } from '@/components/use-locale';
import { findFormFields, looksLikeTargetForm } from '@/lib/page/target-form';
import { watchLocation } from '@/lib/page/watch-location';
import { AFFILIATE_MATCHES } from '@/lib/platform/hosts';

function Helper({ findFields }: { findFields: () => ReturnType<typeof findFormFields> }) {
  return (
    <LocaleProvider locale={useLocale()}>
      <FormHelper findFields={findFields} />
    </LocaleProvider>
  );
}

/** Affiliate Center: beside the Target collaboration form, fill from a draft or copy. Never submits. */
export default defineContentScript({
  matches: AFFILIATE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // No window.postMessage announcing the script (and the extension's id) to the page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let ui: ShadowRootContentScriptUi<Root> | null = null;
    const findFields = () => findFormFields(document, ui?.shadowHost);

    const update = async () => {
      const wanted = looksLikeTargetForm(location.href, findFields);
      if (wanted && !ui) {
        ui = await createShadowRootUi<Root>(ctx, {
          name: 'vettok-form-helper',
          // Closed, like the overlay: the page cannot read the merchant's drafts from the helper.
          mode: 'closed',
          isolateEvents: true,
          position: 'inline',
          anchor: 'body',
          append: 'last',
          onMount(container) {
            const root = createRoot(container);
            root.render(<Helper findFields={findFields} />);
            return root;
          },
          onRemove(root) {
            root?.unmount();
          },
        });
        ui.mount();
      } else if (!wanted && ui) {
        ui.remove();
        ui = null;
      }
    };

    const stop = watchLocation(window, () => void update());
    // Single-page app: the form can render after the script runs.
    const timer = ctx.setInterval(() => void update(), 1500);
    ctx.onInvalidated(() => {
      stop();
      clearInterval(timer);
    });
    await update();
  },
});
