/** The development build's name for the same runtime (tests transform JSX in development mode). */
export { Fragment, jsxDEV, type JSX } from './jsx-runtime';
