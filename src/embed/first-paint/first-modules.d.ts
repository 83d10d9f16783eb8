/** Every module of the first script, as its namespace, in the order the build numbered them. */
declare module 'yesladder:first-modules' {
  export const modules: readonly unknown[];
}
