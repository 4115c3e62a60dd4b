// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../../../components/i18n';
import { ViewBoundary } from '../../../components/view-boundary';

function Broken(): never {
  // As the Collaborations tab did on a stored date of 9e15.
  throw new RangeError('Invalid time value');
}

describe('ViewBoundary (components/view-boundary.tsx)', () => {
  it('a view that fails to render says so, and what is beside it stays on screen', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () =>
      root.render(
        <LocaleProvider locale="zh-CN">
          <p data-testid="backup">import / export</p>
          <ViewBoundary view="sidepanel.tab.collaborations">
            <Broken />
          </ViewBoundary>
        </LocaleProvider>,
      ),
    );
    expect(host.querySelector('[data-testid=backup]')?.textContent).toBe('import / export');
    const failed = host.querySelector('[data-testid=view-failed]');
    expect(failed?.getAttribute('data-view')).toBe('sidepanel.tab.collaborations');
    expect(failed?.textContent).toContain('Invalid time value');
    expect(failed?.textContent).not.toContain('sidepanel.tab');
    await act(async () => root.unmount());
    quiet.mockRestore();
  });
});
