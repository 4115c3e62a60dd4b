/**
 * What `react` is to the type checker for code that renders inside TikTok's pages
 * (tsconfig.page.json): nothing. A hook, a context or any other React import there has no type,
 * because the DOM runtime those pages build with (jsx-runtime.ts) has none of them.
 */
export {};
