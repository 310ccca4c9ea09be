// Messages of errors thrown by the JavaScript engine itself. Node (V8)
// words them differently from SpiderMonkey; programs and tests that print
// or match err.message see the difference.
'use strict';
const cases = [
  () => null.prop,
  () => undefined.prop,
  () => { const o = {}; o.f(); },
  () => { const o = { a: {} }; o.a.b.c(); },
  () => notDefinedAnywhere,
  () => { const c = 1; c = 2; },
  () => JSON.parse('{bad'),
  () => JSON.parse(''),
  () => new Array(-1),
  () => (1).toFixed(200),
  () => 'x'.repeat(-1),
  () => { class A {} A(); },
  () => Symbol() + '',
  () => BigInt(1.5),
  () => 1n + 1,
  () => Object.defineProperty(Object.freeze({}), 'x', { value: 1 }),
  () => { function f() { f(); } f(); },
];
for (const fn of cases) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name}: ${err.message}`);
  }
}
