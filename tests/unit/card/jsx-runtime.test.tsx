/** @jsxImportSource @/components/dom */
import { describe, expect, it, vi } from 'vitest';

/** The tree as tags, attributes and text nodes, read from the DOM (never serialised as HTML). */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  const el = node as Element;
  const attributes = [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
  return `${el.localName}${attributes ? `(${attributes})` : ''}[${[...el.childNodes].map(shape).join(',')}]`;
}

describe('the card’s DOM JSX runtime (components/dom/jsx-runtime.ts)', () => {
  it('writes page text as text: markup in it never becomes elements', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const el = (<p title={hostile}>{hostile}</p>) as HTMLElement;
    expect(el.childElementCount).toBe(0);
    expect(el.textContent).toBe(hostile);
    expect(el.getAttribute('title')).toBe(hostile);
    expect(el.querySelector('img, script')).toBeNull();
  });

  it('refuses dangerouslySetInnerHTML, and any other object-valued prop it does not support (the type checker already does)', () => {
    expect(() => (
      // @ts-expect-error: an object prop has no type here (tests/page-types/dom-jsx.guard.tsx)
      <div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />
    )).toThrow(/never HTML/);
    expect(() => (
      // @ts-expect-error: an object prop has no type here
      <div style={{ color: 'red' }} />
    )).toThrow(/does not support an object for "style"/);
  });

  it('renders children as React does: strings and numbers shown, null, undefined and booleans left out, arrays flattened', () => {
    const items = ['a', 'b'];
    const el = (
      <ul>
        {0}
        {null}
        {undefined}
        {false}
        {true}
        {items.map((item) => (
          <li>{item}</li>
        ))}
        {[[<li>c</li>], 'd']}
      </ul>
    );
    expect(shape(el)).toBe('ul["0",li["a"],li["b"],li["c"],"d"]');
  });

  it('writes data-* and aria-* booleans as "true"/"false", and leaves other false or missing attributes out', () => {
    const el = (
      <button type="button" className="vt-button" data-exact={false} data-shown={true} aria-expanded={false} data-none={undefined} title={undefined} hidden={false} />
    ) as HTMLButtonElement;
    expect(el.getAttribute('data-exact')).toBe('false');
    expect(el.getAttribute('data-shown')).toBe('true');
    expect(el.getAttribute('aria-expanded')).toBe('false');
    expect(el.hasAttribute('data-none')).toBe(false);
    expect(el.hasAttribute('title')).toBe(false);
    expect(el.hidden).toBe(false);
    expect(el.className).toBe('vt-button');
    expect(el.getAttribute('type')).toBe('button');
  });

  it('sets disabled and open as properties', () => {
    const button = (<button disabled={true} />) as HTMLButtonElement;
    const enabled = (<button disabled={false} />) as HTMLButtonElement;
    const details = (<details open={true} />) as HTMLDetailsElement;
    expect(button.disabled).toBe(true);
    expect(enabled.disabled).toBe(false);
    expect(enabled.hasAttribute('disabled')).toBe(false);
    expect(details.open).toBe(true);
  });

  it('selects a <select>’s value once its options are in', () => {
    const select = (
      <select value="b">
        <option value="a">A</option>
        <option value="b">B</option>
      </select>
    ) as HTMLSelectElement;
    expect(select.value).toBe('b');
    expect(select.selectedIndex).toBe(1);
  });

  it('turns on<Event> functions into listeners (onChange is a <select>’s change event)', () => {
    const onClick = vi.fn();
    const onChange = vi.fn();
    const button = (<button onClick={onClick} />) as HTMLButtonElement;
    const select = (
      <select onChange={onChange}>
        <option value="a">A</option>
      </select>
    ) as HTMLSelectElement;
    button.click();
    select.dispatchEvent(new Event('change'));
    expect(onClick).toHaveBeenCalledOnce();
    expect(onChange).toHaveBeenCalledOnce();
    expect(button.hasAttribute('onclick')).toBe(false);
  });

  it('calls components with their props and children; fragments add their children only', () => {
    const Label = ({ name, children }: { name: string; children?: unknown }) => (
      <span data-name={name}>{children as string}</span>
    );
    const el = (
      <div>
        <>
          <Label name="x">one</Label>
          <Label name="y">two</Label>
        </>
      </div>
    );
    expect(shape(el)).toBe('div[span(data-name=x)["one"],span(data-name=y)["two"]]');
  });
});
