import Module from 'node:module';

// react-dom is CommonJS: its own require('react') goes through Node, not Vite's alias. Point
// Node's resolution at the React 18 copies too, for this project's worker only.
type Resolve = (request: string, ...rest: unknown[]) => string;
const node = Module as unknown as { _resolveFilename: Resolve };
const original = node._resolveFilename;
node._resolveFilename = function (this: unknown, request, ...rest) {
  const redirected = request
    .replace(/^react-dom(?=$|\/)/, 'react-dom-18')
    .replace(/^react(?=$|\/)/, 'react-18');
  return original.call(this, redirected, ...rest);
};
