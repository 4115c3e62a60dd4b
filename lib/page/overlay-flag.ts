/** Set on the content scripts' global object once the overlay script runs in a page. */
export const OVERLAY_LOADED_FLAG = '__vettokOverlayLoaded';
