/** Set on the content scripts' global object once scout mode's list watcher runs in a page. */
export const SCOUT_WATCH_FLAG = '__vettokScoutWatch';
/** Set once scout mode's list script (the chips) runs in a page. */
export const SCOUT_LOADED_FLAG = '__vettokScoutLoaded';
