import { describe, expect, it } from 'vitest';
import { openSidePanel } from '@/lib/platform/side-panel';

describe('openSidePanel', () => {
  it('Firefox: opens the sidebar before anything is awaited, without looking up a window', () => {
    const calls: string[] = [];
    const opened = openSidePanel(
      { sidebarAction: { open: async () => void calls.push('sidebar') } },
      async () => {
        calls.push('window lookup');
        return 7;
      },
    );
    // Synchronously, still inside the click's handler.
    expect(calls).toEqual(['sidebar']);
    return expect(opened).resolves.toBe(true);
  });

  it('Chromium: opens the side panel for the window of the described tab', async () => {
    const opened: number[] = [];
    expect(await openSidePanel({ sidePanel: { open: async ({ windowId }) => void opened.push(windowId) } }, async () => 42)).toBe(true);
    expect(opened).toEqual([42]);
  });

  it('Chromium: opens nothing when the tab (and its window) is gone', async () => {
    const opened: number[] = [];
    expect(await openSidePanel({ sidePanel: { open: async ({ windowId }) => void opened.push(windowId) } }, async () => undefined)).toBe(false);
    expect(opened).toEqual([]);
  });

  it('neither API: opens nothing', async () => {
    expect(await openSidePanel({}, async () => 1)).toBe(false);
  });
});
