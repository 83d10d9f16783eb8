/** The React version, written in by vite.config.ts. */
declare const __REACT_VERSION__: string;
