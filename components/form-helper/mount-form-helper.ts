import { CATALOGUES, uiLocale } from '@/lib/i18n';
import { translator } from '@/lib/i18n/format';
import { composeMessage } from '@/lib/invitations/compose';
import { copyText } from '@/lib/invitations/copy-formats';
import { ask } from '@/lib/messaging/ask';
import { fillForm, type FormField } from '@/lib/page/target-form';
import { settingsFrom, settingsItem } from '@/lib/platform/settings-item';
import { createShadowHost } from '../dom/shadow-host';
import { replaceView } from '../dom/replace-view';
import { copyLabels } from '../invitations/copy-labels';
import { createFormHelperStore, type FormHelperStore } from './form-helper-store';
import { FormHelperView, type FormHelperActions } from './form-helper-view';

/** How often the helper looks again for the form's fields (a single-page app renders them late). */
const RECOUNT_MS = 1_500;

/**
 * Mounts the Target-collaboration helper at the end of the page's body, in a closed shadow root
 * like the card's (the page cannot read the merchant's drafts), and rebuilds it from its store.
 * `findFields` finds the form's fields outside the helper. Returns a function that removes it.
 */
export function mountFormHelper(findFields: (host: Element) => Map<FormField, Element[]>, css: string): () => void {
  const { host, container } = createShadowHost(document, 'vettok-form-helper', css);
  document.body.append(host);
  const fields = () => findFields(host);
  const store = createFormHelperStore({ locale: uiLocale('auto', navigator), drafts: null, error: null, draftId: '', result: null, recognised: fields().size, copied: null });
  const actions = formHelperActions(store, fields);
  let queued = false;
  const render = () => {
    queued = false;
    const state = store.get();
    replaceView(container, FormHelperView({ state, actions, i18n: translator(state.locale, CATALOGUES[state.locale]) }));
  };
  const unsubscribe = store.subscribe(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      if (queued) render();
    });
  });
  render();

  const applyLocale = (stored: unknown) => store.set({ locale: uiLocale(settingsFrom(stored).uiLanguage, navigator) });
  void settingsItem.getValue().then(applyLocale);
  const unwatch = settingsItem.watch(applyLocale);
  ask('invitation.drafts', {})
    .then(({ drafts }) => store.set({ drafts, draftId: store.get().draftId || drafts[0]?.id || '' }))
    .catch((e: unknown) => store.set({ error: e instanceof Error ? e.message : String(e) }));
  const timer = window.setInterval(() => {
    const recognised = fields().size;
    if (recognised !== store.get().recognised) store.set({ recognised });
  }, RECOUNT_MS);

  return () => {
    window.clearInterval(timer);
    unwatch();
    unsubscribe();
    queued = false;
    host.remove();
  };
}

function formHelperActions(store: FormHelperStore, fields: () => Map<FormField, Element[]>): FormHelperActions {
  const draft = () => {
    const { drafts, draftId } = store.get();
    return drafts?.find((d) => d.id === draftId) ?? null;
  };
  return {
    choose: (draftId) => store.set({ draftId, result: null, copied: null }),
    fill() {
      const terms = draft()?.terms;
      if (!terms) return;
      const products = terms.products.filter((p) => p.id.trim());
      const result = fillForm(fields(), {
        name: terms.collaborationName,
        endDate: terms.endDate ?? '',
        message: composeMessage(terms),
        email: terms.sellerEmail,
        productIds: products.map((p) => p.id.trim()),
        commissions: products.map((p) => (p.commissionRate === null ? '' : String(p.commissionRate))),
        freeSample: terms.freeSample,
        autoApprove: terms.autoApproveSamples,
      });
      store.set({ result, recognised: fields().size });
    },
    copy(field) {
      const terms = draft()?.terms;
      if (!terms) return;
      const { locale } = store.get();
      const text = copyText(field, terms, copyLabels(translator(locale, CATALOGUES[locale]).t));
      navigator.clipboard.writeText(text).then(
        () => store.set({ copied: { field, ok: true } }),
        () => store.set({ copied: { field, ok: false } }),
      );
    },
  };
}
