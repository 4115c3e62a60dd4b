/**
 * The chip's and the scout bar's styles, inside their closed shadow roots. The chip's host is
 * absolutely placed and has no size, so TikTok's list never moves (no layout shift). The chip is
 * moved beside its creator's link by a transform (scout-session.ts, alignChips): aligning it
 * then needs no second layout of the page. In a list that scrolls inside a box its host's
 * containing block lies outside of, the chip follows the box's scrolling: clipped to what the box
 * shows (`--vt-clip`, on the frame around the chip) only while it crosses the box's edge, and not
 * painted while the box does not show it (one clip per chip would have the browser paint and layer
 * every chip of a long list apart: docs/performance.md).
 */
export const CHIP_CSS = `
:host{position:absolute !important;display:block !important;width:0 !important;height:0 !important;overflow:visible !important;z-index:2147483000 !important;}
:host([data-open]){z-index:2147483002 !important;}
.frame.part{clip-path:var(--vt-clip,none);}
.frame.none{visibility:hidden;}
.chip{position:absolute;top:0;left:0;transform:translate(var(--vt-x,4px),var(--vt-y,0px));display:inline-flex;align-items:center;gap:3px;white-space:nowrap;font:600 11px/16px system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#111;background:#fff;border:1px solid #c9c9d1;border-radius:9px;padding:0 5px 0 3px;box-shadow:0 1px 2px rgba(0,0,0,.15);}
.chip[data-band=good]{border-color:#1a9d5c;}
.chip[data-band=mid]{border-color:#c98a00;}
.chip[data-band=low],.chip[data-severity=risk]{border-color:#d93d3d;}
.chip input{margin:0;width:12px;height:12px;}
.chip button{all:unset;cursor:pointer;color:inherit;}
.chip button:focus-visible{outline:2px solid #3a6df0;outline-offset:1px;border-radius:3px;}
.evidence{position:absolute;top:18px;left:0;z-index:1;min-width:220px;max-width:320px;white-space:normal;font:400 12px/1.4 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#111;background:#fff;border:1px solid #c9c9d1;border-radius:6px;padding:6px 8px;box-shadow:0 4px 12px rgba(0,0,0,.2);}
.evidence[hidden]{display:none;}
.evidence div+div{margin-top:2px;}
`;

export const BAR_CSS = `
:host{position:fixed !important;right:16px !important;bottom:16px !important;z-index:2147483001 !important;}
.bar{display:flex;flex-wrap:wrap;align-items:center;gap:6px;max-width:420px;font:13px/1.4 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#111;background:#fff;border:1px solid #c9c9d1;border-radius:8px;padding:8px 10px;box-shadow:0 4px 16px rgba(0,0,0,.2);}
.bar strong{font-weight:600;}
.bar button{font:inherit;padding:3px 8px;border-radius:5px;border:1px solid #9a9aa5;background:#f4f4f7;cursor:pointer;}
.bar button:disabled{opacity:.5;cursor:default;}
.bar select{font:inherit;max-width:140px;}
.status{flex-basis:100%;}
`;
