import { render, type ComponentChild } from 'preact';

/** The card's `react-dom/client` (see react.ts): a root is Preact's `render` into the container. */
export function createRoot(container: Element) {
  return {
    render(children: ComponentChild) {
      render(children, container);
    },
    unmount() {
      render(null, container);
    },
  };
}
