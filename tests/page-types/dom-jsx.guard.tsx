/**
 * The type checker, not a convention, stops code the in-page DOM runtime cannot render
 * (tsconfig.page.json, run by `npm run typecheck`). Each `@ts-expect-error` below must meet an
 * error: if the guard stopped refusing one of these, the directive itself would fail the check.
 */
// @ts-expect-error: no hooks in code that renders inside TikTok's pages ('react' has no exports there)
import { useState } from 'react';

export function Guarded({ text }: { text: string }) {
  void useState;
  return (
    <div>
      {/* @ts-expect-error: an object for `style` is not a prop the DOM runtime renders */}
      <p style={{ color: 'red' }}>{text}</p>
      {/* @ts-expect-error: HTML is never rendered, and an object prop has no type */}
      <p dangerouslySetInnerHTML={{ __html: text }} />
      {/* @ts-expect-error: an event prop takes a function */}
      <button onClick="alert(1)">x</button>
      <p className="ok" data-state="shown" aria-label={text} title={text}>
        {text}
      </p>
    </div>
  );
}
