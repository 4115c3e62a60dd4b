import sharedCss from '@/components/vettok.css?inline';
import inPageCss from '@/components/dom/in-page.css?inline';
import helperCss from '@/components/invitations/invitations.css?inline';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountFormHelper } from '@/components/form-helper/mount-form-helper';
import { findFormFields, looksLikeTargetForm } from '@/lib/page/target-form';
import { watchLocation } from '@/lib/page/watch-location';
import { AFFILIATE_MATCHES } from '@/lib/platform/hosts';

/** Affiliate Center: beside the Target collaboration form, fill from a draft or copy. Never submits. */
export default defineContentScript({
  matches: AFFILIATE_MATCHES,
  runAt: 'document_idle',
  // The stylesheets are bundled and handed to the helper's shadow root (nothing fetched).
  cssInjectionMode: 'manual',
  // No window.postMessage announcing the script (and the extension's id) to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let remove: (() => void) | null = null;
    const update = () => {
      const wanted = looksLikeTargetForm(location.href, () => findFormFields(document));
      if (wanted && !remove) remove = mountFormHelper((host) => findFormFields(document, host), sharedCss + inPageCss + helperCss);
      else if (!wanted && remove) {
        remove();
        remove = null;
      }
    };
    const stop = watchLocation(window, update);
    // Single-page app: the form can render after the script runs.
    const timer = ctx.setInterval(update, 1500);
    ctx.onInvalidated(() => {
      stop();
      clearInterval(timer);
      remove?.();
    });
    update();
  },
});
