import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CreatorSummary, recordFigures } from '@/components/creator-summary';
import { LocaleProvider, useI18n } from '@/components/i18n';
import { useLocale } from '@/components/use-locale';
import { send } from '@/lib/messaging/client';
import { openSidePanel, type SidePanelApis } from '@/lib/platform/side-panel';
import type { ResponseOf } from '@/lib/messaging/protocol';

/** Firefox's `browser` also has `sidebarAction` (WXT types `browser` as Chromium's). */
type SidebarBrowser = typeof browser & Pick<SidePanelApis, 'sidebarAction'>;
type TabCreator = ResponseOf<'tab.creator'>;
type Load = { kind: 'loading' } | { kind: 'loaded'; data: TabCreator } | { kind: 'failed'; message: string };

/** The tab the popup describes: `?tab=ID` when given, else the active tab of this window. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function PopupApp() {
  const locale = useLocale();
  return (
    <LocaleProvider locale={locale}>
      <Popup />
    </LocaleProvider>
  );
}

function Popup() {
  const i18n = useI18n();
  const { t } = i18n;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      try {
        const id = await targetTabId();
        setTabId(id);
        if (id === null) return setLoad({ kind: 'loaded', data: { creator: null, lists: [] } });
        setLoad({ kind: 'loaded', data: await send('tab.creator', { tabId: id }) });
      } catch (error) {
        setLoad({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, []);

  async function showSidePanel() {
    await openSidePanel(
      { sidebarAction: (browser as SidebarBrowser).sidebarAction, sidePanel: globalThis.chrome?.sidePanel },
      async () => (tabId === null ? undefined : (await browser.tabs.get(tabId).catch(() => undefined))?.windowId),
    );
    window.close();
  }

  async function quickAdd(handle: string) {
    const reply = await send('shortlist.add', { handle, listId: null });
    setAdded(reply.list.name);
  }

  const creator = load.kind === 'loaded' ? load.data.creator : null;
  return (
    <main className="vt-popup" data-testid="popup" data-handle={creator?.handle ?? ''}>
      {load.kind === 'failed' && <p className="vt-error">{t('error.unknown', { message: load.message })}</p>}
      {load.kind === 'loaded' && !creator && <p className="vt-muted" data-testid="popup-empty">{t('popup.noCreator')}</p>}
      {creator && (
        <>
          <h1>
            @{creator.handle} {creator.nickname && <small>{creator.nickname}</small>}
          </h1>
          <CreatorSummary
            testIdPrefix="popup"
            assessment={creator.assessment}
            figures={recordFigures(creator)}
            i18n={i18n}
          />
          <div className="vt-actions">
            <button type="button" className="vt-button" data-testid="popup-add" onClick={() => void quickAdd(creator.handle)}>
              {t('popup.quickAdd')}
            </button>
            {added && <span className="vt-status">{t('overlay.added', { list: added })}</span>}
          </div>
        </>
      )}
      <button type="button" className="vt-button vt-primary" data-testid="popup-open-sidepanel" onClick={() => void showSidePanel()}>
        {t('popup.openSidePanel')}
      </button>
    </main>
  );
}
