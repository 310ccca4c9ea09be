// An uncaught error created as the operand of `throw` is shown with the
// caret under the `throw`, as node prints it.
// golden-stderr: ^errors-throw-caret\.js:[0-9]+$
// golden-stderr: ^  if \(check\(\)\) throw new RangeError\('out of range'\);$
// golden-stderr: ^ +\^$
// golden-stderr: ^RangeError: out of range$
'use strict';
function check() { return true; }
function run() {
  if (check()) throw new RangeError('out of range');
}
run();
