// @vitest-environment happy-dom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useSyncExternalStore } from '../../../components/preact/react';
import { createRoot } from '../../../components/preact/react-dom-client';

/** A store like the overlay's (components/overlay/overlay-store.ts): get, set, subscribe. */
function store(initial: number) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: number) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listeners,
  };
}

function Shown({ s }: { s: ReturnType<typeof store> }) {
  return h('p', null, String(useSyncExternalStore(s.subscribe, s.get)));
}

describe('the card’s useSyncExternalStore (Preact without compat)', () => {
  it('renders the snapshot, follows every change, and unsubscribes on unmount', () => {
    const s = store(1);
    const container = document.createElement('div');
    const root = createRoot(container);
    act(() => root.render(h(Shown, { s })));
    expect(container.textContent).toBe('1');
    act(() => s.set(2));
    expect(container.textContent).toBe('2');
    act(() => {
      s.set(3);
      s.set(4);
    });
    expect(container.textContent).toBe('4');
    act(() => root.unmount());
    expect(container.textContent).toBe('');
    expect(s.listeners.size).toBe(0);
  });

  it('catches a change made between the render and the subscription', () => {
    const s = store(1);
    const container = document.createElement('div');
    // The store changes while the component renders, before its layout effect subscribes.
    const Racing = () => {
      const value = useSyncExternalStore(s.subscribe, s.get);
      if (value === 1) s.set(5);
      return h('p', null, String(value));
    };
    act(() => createRoot(container).render(h(Racing, null)));
    expect(container.textContent).toBe('5');
  });
});
