/** The creator assessment: pure functions of (snapshots, settings, now). */
export { assess, gradeOf, type AssessContext } from './assess';
export { tierOf, merchantTierOf } from './tier';
export { SUB_SCORE_WEIGHTS, SEVERITY_PENALTY } from './constants';
export { MARKET_LANGUAGES } from './market-fit';
export { RESTRICTED_CATEGORIES, restrictedCategoriesFor } from './restricted-categories';
