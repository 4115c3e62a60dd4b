// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createShadowHost } from '../../../components/dom/shadow-host';

describe('createShadowHost', () => {
  it('gives a closed root: the page sees no shadowRoot, and the host holds nothing in the light DOM', () => {
    const { host, container } = createShadowHost(document, 'vettok-overlay', '.vt-card{color:red}');
    document.body.append(host);
    expect(host.localName).toBe('vettok-overlay');
    expect(host.shadowRoot).toBeNull();
    expect(host.childNodes).toHaveLength(0);
    expect(host.attributes).toHaveLength(0);
    const root = container.getRootNode() as ShadowRoot;
    expect(root.host).toBe(host);
    const style = root.querySelector('style')!;
    expect(style.textContent).toBe(':host{all:initial !important;}\n.vt-card{color:red}');
    expect(root.lastChild).toBe(container);
    host.remove();
  });

  it('stops key events at the root, so the page’s shortcuts never see typing in the card; other events pass', () => {
    const { host, container } = createShadowHost(document, 'vettok-overlay', '');
    document.body.append(host);
    const seen: string[] = [];
    const listen = (type: string) => document.addEventListener(type, () => seen.push(type));
    for (const type of ['keydown', 'keyup', 'keypress', 'click']) listen(type);
    const input = document.createElement('input');
    container.append(input);
    for (const type of ['keydown', 'keyup', 'keypress']) input.dispatchEvent(new KeyboardEvent(type, { bubbles: true, composed: true, key: 'j' }));
    input.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen).toEqual(['click']);
    host.remove();
  });
});
