// The build environment the in-page project (tsconfig.page.json) needs from .wxt/wxt.d.ts, without
// its auto-import declarations, which name every component (React ones too).
/// <reference types="wxt/vite-builder-env" />
/// <reference types="@wxt-dev/webextension-polyfill" />
