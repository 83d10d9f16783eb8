// What other scripts on a real page leave behind before yesladder loads: a global of the
// same name, a UMD loader's sniffed globals, and enumerable prototype additions.
window.YesLadder = 'taken';
window.define = function define(factory) {
  window.defineCalls = (window.defineCalls || 0) + 1;
  return factory;
};
window.define.amd = {};
window.module = { exports: {} };
window.exports = window.module.exports;
Array.prototype.foo = function foo() {
  return 'foo';
};
Object.prototype.bar = 'bar';
// A polluted page: every object now seems to say `required: true`.
Object.prototype.required = true;
Object.prototype.baz = function baz() {
  return 'baz';
};
