// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detachedScrollers } from '../../../lib/page/detached-scrollers';

/** A chip's host (`vettok-chip`) after a link, in the given markup (longhands: the test DOM computes no shorthands). */
function hostIn(html: string): Element {
  // The test's own markup, parsed apart from the document and moved in (never assigned as HTML).
  document.body.replaceChildren(...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes);
  const link = document.querySelector('a')!;
  const host = document.createElement('vettok-chip');
  link.after(host);
  return host;
}

describe('detachedScrollers (lib/page/detached-scrollers.ts)', () => {
  it('a list scrolling in an unpositioned box of a fixed dialog: that box', () => {
    const host = hostIn('<section style="position: fixed"><div id="box" style="overflow-x: auto; overflow-y: auto"><div class="row"><a href="/@a">a</a></div></div></section>');
    expect(detachedScrollers(host)).toEqual([document.getElementById('box')]);
  });

  it('nested boxes: each of them, innermost first', () => {
    const host = hostIn('<section style="position: fixed"><div id="outer" style="overflow-x: auto"><div id="inner" style="overflow-y: scroll"><a href="/@a">a</a></div></div></section>');
    expect(detachedScrollers(host)).toEqual([document.getElementById('inner'), document.getElementById('outer')]);
  });

  it('a positioned row or a positioned box: none (the chip scrolls with them)', () => {
    expect(detachedScrollers(hostIn('<section style="position: fixed"><div style="overflow-x: auto; overflow-y: auto"><div style="position: relative"><a href="/@a">a</a></div></div></section>'))).toEqual([]);
    expect(detachedScrollers(hostIn('<div style="overflow-y: auto; position: relative"><a href="/@a">a</a></div>'))).toEqual([]);
    expect(detachedScrollers(hostIn('<div style="overflow-y: auto; transform: translateX(0px)"><a href="/@a">a</a></div>'))).toEqual([]);
  });

  it('a list of the document: none (the viewport scrolls every box)', () => {
    expect(detachedScrollers(hostIn('<main><div class="row"><a href="/@a">a</a></div></main>'))).toEqual([]);
  });
});
